;; Engine report for a trap: a store into a read-only global segment.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: write-to-read-only: write of size 1
;; CHECK: 6-byte global segment 'msg' {{.*}} read-only
;; JSON: {"outcome":"trap","kind":"write-to-read-only"{{.*}}"exit_code":134
(module
  (segment $msg (size 6) (align 1) (readonly) (data "hello\00"))
  (func $main (export "_start")
    global.segment $msg
    i32.const 0x4a
    i32.segstore8))
