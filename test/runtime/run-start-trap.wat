;; A trap in the start function is reported like any trap.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; CHECK: ==mswasm== ERROR: unreachable: unreachable executed
;; CHECK-NEXT: #0 init+instr 0
(module
  (func $init unreachable)
  (start $init)
  (func (export "_start")))
