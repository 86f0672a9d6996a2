;; setjmp/longjmp: jmp.long from a callee two frames down resumes after jmp.set with the value
;; (0 delivered as 1); the skipped frames' stack segments die (use-after-return afterwards).
;; RUN: mswasm run --invoke=run %s 0 | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 1001
;; RUN: mswasm run --invoke=run %s 7 | FileCheck %s --check-prefix=SEVEN
;; SEVEN: i32 1007
;; RUN: not mswasm run --invoke=stale %s 2>&1 | FileCheck %s --check-prefix=STALE
;; STALE: ERROR: use-after-return
(module
  (global $kept (mut handle) handle.null)
  (func $thrower (param handle i32)
    i32.const 16
    stack.alloc
    global.set $kept
    local.get 0
    local.get 1
    jmp.long)
  (func $middle (param handle i32)
    local.get 0
    local.get 1
    call $thrower)
  (func (export "run") (param $v i32) (result i32) (local $buf handle) (local $r i32)
    i32.const 16
    stack.alloc align=16
    local.set $buf
    i32.const 1000
    local.get $buf
    jmp.set
    local.tee $r
    i32.add
    local.get $r
    br_if 0
    drop
    local.get $buf
    local.get $v
    call $middle
    unreachable)
  (func (export "stale") (result i32)
    i32.const 0
    call 2
    drop
    global.get $kept
    i32.segload))
