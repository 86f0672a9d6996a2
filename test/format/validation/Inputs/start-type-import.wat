;; For start-type.wat: an imported start function of the wrong type.
(module
  (import "env" "f" (func (param i32 i64) (result f64)))
  (start 0))
