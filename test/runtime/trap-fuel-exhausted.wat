;; Engine report for a trap: an endless loop stopped by --fuel.
;; RUN: not mswasm run --fuel=1000 %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --fuel=1000 --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: fuel-exhausted: fuel exhausted
;; JSON: {"outcome":"trap","kind":"fuel-exhausted"{{.*}}"exit_code":136
(module
  (func $main (export "_start")
    loop br 0 end))
