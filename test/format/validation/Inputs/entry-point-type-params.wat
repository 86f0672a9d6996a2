;; For entry-point-type.wat: a C-style main(argc, argv) exported as _start. Other exports ("main",
;; "start") may have any type.
(module
  (func (export "main") (param i32 handle) (result i32) i32.const 0)
  (func (export "_start") (param i32 handle) (result i32) i32.const 0)
  (export "start" (func 0)))
