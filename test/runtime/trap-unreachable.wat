;; Engine report for a trap: unreachable executed.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: unreachable: unreachable executed
;; CHECK-NEXT: #0 inner+instr 0
;; CHECK-NEXT: #1 main+instr 0
;; JSON: {"outcome":"trap","kind":"unreachable"{{.*}}"exit_code":135
(module
  (func $inner unreachable)
  (func $main (export "_start") call $inner))
