;; Engine report for a trap: an endless loop stopped by --timeout.
;; RUN: not mswasm run --timeout=0.2 %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --timeout=0.2 --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: timeout: timeout
;; CHECK: not deterministic
;; JSON: {"outcome":"trap","kind":"timeout"{{.*}}"exit_code":136
(module
  (func $main (export "_start")
    loop br 0 end))
