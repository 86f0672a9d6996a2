;; Engine report for a trap: a read past a named global segment.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: global-buffer-overflow: read of size 4
;; CHECK: through global handle
;; CHECK: 10-byte global segment 'table'
;; JSON: {"outcome":"trap","kind":"global-buffer-overflow"{{.*}}"exit_code":134
(module
  (segment $table (size 10) (align 4) (data "0123456789"))
  (func $main (export "_start")
    global.segment $table
    i32.segload offset=8
    drop))
