;; Engine report for a trap: segalloc with an alignment that is not a power of two.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: invalid-alignment: segalloc with alignment 24
;; JSON: {"outcome":"trap","kind":"invalid-alignment"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    i32.const 16
    i32.const 24
    segalloc
    drop))
