;; Engine report for a trap: segfree of a pointer into the middle of a heap segment.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: invalid-free: free of heap handle at address
;; CHECK: offset 4
;; CHECK: note: segfree of a pointer into the middle of a heap segment
;; JSON: {"outcome":"trap","kind":"invalid-free"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    i32.const 16
    i32.const 16
    segalloc
    i32.const 4
    handle.add
    segfree))
