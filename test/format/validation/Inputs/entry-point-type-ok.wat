;; entry-point-type.wat fixed: _start of type [] -> [].
(module
  (func (export "_start"))
  (func (export "main") (param i32 handle) (result i32) i32.const 0))
