;; A module other than ahead-of-time.wat (same export, different body).
(module
  (func (export "twice") (param i32) (result i32)
    local.get 0
    i32.const 3
    i32.mul))
