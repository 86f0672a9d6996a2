;; duplicate-export.wat with distinct names; one function may have several exports.
(module
  (func (export "a"))
  (func (export "b") (export "main"))
  (export "main2" (func 0))
  (export "c" (func 1))
  (export "A" (func 0))
  (export "a " (func 0)))
