;; Engine report for a trap: a use of an impossible slice.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: slice-out-of-bounds: read of size 1
;; CHECK: through invalid handle (slice-out-of-bounds)
;; JSON: {"outcome":"trap","kind":"slice-out-of-bounds"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    i32.const 16
    i32.const 16
    segalloc
    i32.const 8
    handle.add
    i32.const 9
    handle.slice
    i32.segload8_u
    drop))
