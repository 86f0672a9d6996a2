;; Engine report for a trap: i32.div_u by zero.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: integer-divide-by-zero: integer division by zero
;; JSON: {"outcome":"trap","kind":"integer-divide-by-zero"{{.*}}"exit_code":135
(module
  (func $main (export "_start")
    i32.const 1
    i32.const 0
    i32.div_u
    drop))
