;; For entry-point-type.wat: an import re-exported as _start, with two results.
(module
  (import "env" "f" (func (result i32 i32)))
  (export "_start" (func 0)))
