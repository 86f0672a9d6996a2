;; Engine report for a trap: trunc of NaN.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: invalid-conversion-to-integer: invalid conversion to integer
;; CHECK: note: truncation of NaN to an integer
;; JSON: {"outcome":"trap","kind":"invalid-conversion-to-integer"{{.*}}"exit_code":135
(module
  (func $main (export "_start")
    f64.const nan
    i32.trunc_f64_s
    drop))
