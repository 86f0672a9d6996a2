;; immutable-global.wat with the set globals mutable.
(module
  (global (mut i32) i32.const 0)
  (global (mut handle) handle.null)
  (global $seg (mut handle) global.segment 0)
  (segment (size 16) (align 16))
  (func
    i32.const 1
    global.set 0)
  (func
    global.get 1
    global.set 1
    global.get 1
    global.set $seg))
