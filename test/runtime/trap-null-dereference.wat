;; Engine report for a trap: a load through the null handle.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: null-dereference: read of size 4
;; CHECK-NEXT: read of 4 bytes at address 0x8
;; CHECK-NEXT: through null handle address 0x0
;; JSON: {"outcome":"trap","kind":"null-dereference"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    handle.null
    i32.segload offset=8
    drop))
