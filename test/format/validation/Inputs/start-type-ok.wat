;; start-type.wat fixed: start functions of type [] -> [] (here an import; a defined one is in
;; valid.wat).
(module
  (import "env" "init" (func))
  (func (param i32))
  (start 0))
