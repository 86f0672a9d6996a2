;; stack-alloc-alignment.wat at the limit (2^16) and the default (1).
(module
  (func
    i32.const 16
    stack.alloc align=65536
    drop)
  (func
    nop
    i32.const 16
    stack.alloc
    stack.free))
