;; func-index.wat with every function index in range (function 2 is the last).
(module
  (import "mswasm" "exit" (func (param i32)))
  (global handle func.handle 2)
  (segment (size 32) (align 16) (reloc 0 (func 2)) (reloc 16 (func 0)))
  (func (export "f")
    call 2)
  (func
    nop
    func.handle 0
    drop)
  (export "g" (func 2))
  (start 2))
