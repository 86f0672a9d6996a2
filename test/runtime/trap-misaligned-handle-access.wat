;; Engine report for a trap: a handle store at an address that is not a multiple of 8.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: misaligned-handle-access: write of size 16
;; JSON: {"outcome":"trap","kind":"misaligned-handle-access"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    i32.const 64
    i32.const 16
    segalloc
    handle.null
    handle.segstore offset=12))
