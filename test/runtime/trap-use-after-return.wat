;; Engine report for a trap: a stack segment used after its frame returned.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: use-after-return: write of size 4
;; CHECK: dead (its frame exited)
;; CHECK: allocated by:
;; CHECK-NEXT: #0 leak+instr 1
;; CHECK: released when its frame exited, at:
;; CHECK-NEXT: #0 leak+instr 2
;; JSON: {"outcome":"trap","kind":"use-after-return"{{.*}}"exit_code":134
(module
  (func $leak (result handle) i32.const 16 stack.alloc)
  (func $main (export "_start")
    call $leak
    i32.const 1
    i32.segstore))
