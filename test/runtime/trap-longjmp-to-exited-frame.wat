;; Engine report for a trap: jmp.long to a jmp.set whose frame has returned.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: longjmp-to-exited-frame: jmp.long through buffer at
;; JSON: {"outcome":"trap","kind":"longjmp-to-exited-frame"{{.*}}"exit_code":134
(module
  (global $buf (mut handle) handle.null)
  (func $setter (result i32) global.get $buf jmp.set)
  (func $main (export "_start")
    i32.const 16
    i32.const 16
    segalloc
    global.set $buf
    call $setter
    drop
    global.get $buf
    i32.const 1
    jmp.long))
