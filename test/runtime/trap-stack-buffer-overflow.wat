;; Engine report for a trap: a read past an 8-byte stack segment.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: stack-buffer-overflow: read of size 8
;; CHECK: through stack handle
;; CHECK: #0 main+instr 2
;; CHECK: is 4 bytes inside the 8-byte stack segment
;; CHECK: allocated by:
;; CHECK-NEXT: #0 main+instr 1
;; JSON: {"outcome":"trap","kind":"stack-buffer-overflow"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    i32.const 8
    stack.alloc align=16
    i64.segload offset=4
    drop))
