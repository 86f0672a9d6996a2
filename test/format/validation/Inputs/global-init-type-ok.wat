;; global-init-type.wat with each initialiser of its global's type.
(module
  (global i64 i64.const 3)
  (global handle handle.null)
  (global (mut handle) global.segment 0)
  (global handle func.handle 0)
  (global f32 f32.const 1.5)
  (segment (size 16) (align 16))
  (func))
