;; global-init-not-constant.wat with constant initialisers.
(module
  (global i32 i32.const 3)
  (global i32 i32.const 1)
  (global (mut i32) i32.const 1)
  (global handle handle.null)
  (global f64 f64.const 0))
