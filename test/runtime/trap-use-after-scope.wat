;; Engine report for a trap: a stack segment used after stack.free.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: use-after-scope: read of size 4
;; CHECK: out of scope (stack.free)
;; CHECK: scope ended by:
;; CHECK-NEXT: #0 main+instr 3
;; JSON: {"outcome":"trap","kind":"use-after-scope"{{.*}}"exit_code":134
(module
  (func $main (export "_start") (local handle)
    i32.const 16
    stack.alloc
    local.tee 0
    stack.free
    local.get 0
    i32.segload
    drop))
