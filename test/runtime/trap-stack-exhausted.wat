;; Engine report for a trap: a stack segment over --max-memory.
;; RUN: not mswasm run --max-memory=65536 %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --max-memory=65536 --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: stack-exhausted: stack.alloc of 100000 bytes
;; CHECK: note: stack segments exceed --max-memory
;; JSON: {"outcome":"trap","kind":"stack-exhausted"{{.*}}"exit_code":136
(module
  (func $main (export "_start")
    i32.const 100000
    stack.alloc
    drop))
