;; Engine report for a trap: INT_MIN / -1.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: integer-overflow: integer overflow
;; JSON: {"outcome":"trap","kind":"integer-overflow"{{.*}}"exit_code":135
(module
  (func $main (export "_start")
    i64.const 0x8000000000000000
    i64.const -1
    i64.div_s
    drop))
