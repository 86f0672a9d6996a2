;; global-index.wat with the globals declared.
(module
  (global (mut i32) i32.const 0)
  (global i32 i32.const 1)
  (global i32 i32.const 2)
  (global i32 i32.const 3)
  (global i32 i32.const 4)
  (global handle handle.null)
  (func
    i32.const 0
    global.set 0)
  (func
    global.get 5
    drop))
