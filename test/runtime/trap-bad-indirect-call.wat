;; Engine report for a trap: call.handle of a data handle.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: bad-indirect-call: call through a heap handle
;; JSON: {"outcome":"trap","kind":"bad-indirect-call"{{.*}}"exit_code":134
(module
  (type $v (func))
  (func $main (export "_start")
    i32.const 16
    i32.const 16
    segalloc
    call.handle (type $v)))
