;; stack.release ends a stack segment for good (docs/spec.md, `stack.release`): its range goes
;; back at once, so a loop allocating and releasing a segment runs within a limit that keeping
;; every range until the frame exits would exceed; an access through a kept handle traps
;; use-after-scope; freeing, reopening or releasing it again traps invalid-free. Both tiers.
;; RUN: mswasm run --max-memory=1000000 --invoke=loop %s | FileCheck %s --check-prefix=LOOP
;; RUN: not mswasm run --max-memory=1000000 --invoke=loop_free %s 2>&1 | FileCheck %s --check-prefix=FREE
;; RUN: not mswasm run --invoke=stale %s 2>&1 | FileCheck %s --check-prefix=STALE
;; RUN: not mswasm run --invoke=twice %s 2>&1 | FileCheck %s --check-prefix=TWICE
;; RUN: not mswasm run --invoke=reopen %s 2>&1 | FileCheck %s --check-prefix=REOPEN
;; RUN: mswasm run --invoke=closed_then_released %s | FileCheck %s --check-prefix=CLOSED
;; RUN: not mswasm run --invoke=other_frame %s 2>&1 | FileCheck %s --check-prefix=OTHER
;; LOOP: i32 10000
;; FREE: ERROR: stack-exhausted
;; STALE: ERROR: use-after-scope: read of size 4
;; STALE: 0 bytes inside the 8-byte stack segment {{.*}} dead (stack.release)
;; STALE: scope ended by:
;; STALE: note: access to a stack segment after stack.release
;; TWICE: ERROR: invalid-free
;; TWICE: stack.release of a stack segment that stack.release ended
;; REOPEN: ERROR: invalid-free
;; REOPEN: stack.reopen of a stack segment that stack.release ended
;; CLOSED: i32 1
;; OTHER: ERROR: invalid-free
;; OTHER: stack.release of another frame's stack segment
(module
  (global $saved (mut handle) handle.null)
  ;; 10 000 segments of 1000 bytes: 10 MB if kept, under 1 MB at any time when released.
  (func $loop (export "loop") (result i32) (local $i i32) (local $h handle)
    block
      loop
        local.get $i
        i32.const 10000
        i32.ge_u
        br_if 1
        i32.const 1000
        stack.alloc align=4
        local.tee $h
        local.get $i
        i32.segstore offset=996
        local.get $h
        stack.release
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br 0
      end
    end
    local.get $i)
  ;; The same loop with stack.free keeps every range until the frame exits.
  (func $loop_free (export "loop_free") (result i32) (local $i i32) (local $h handle)
    block
      loop
        local.get $i
        i32.const 10000
        i32.ge_u
        br_if 1
        i32.const 1000
        stack.alloc align=4
        local.tee $h
        stack.free
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br 0
      end
    end
    local.get $i)
  (func $stale (export "stale") (result i32) (local $h handle)
    i32.const 8
    stack.alloc align=4
    local.tee $h
    stack.release
    ;; the next segment may take the same range: the old handle still reaches nothing
    i32.const 8
    stack.alloc align=4
    drop
    local.get $h
    i32.segload)
  (func $twice (export "twice") (local $h handle)
    i32.const 8
    stack.alloc align=4
    local.tee $h
    stack.release
    local.get $h
    stack.release)
  (func $reopen (export "reopen") (local $h handle)
    i32.const 8
    stack.alloc align=4
    local.tee $h
    stack.release
    local.get $h
    stack.reopen)
  (func $closed_then_released (export "closed_then_released") (result i32) (local $h handle)
    i32.const 8
    stack.alloc align=4
    local.tee $h
    stack.free
    local.get $h
    stack.release
    i32.const 1)
  (func $other_frame (export "other_frame")
    call $inner)
  (func $inner
    i32.const 8
    stack.alloc align=4
    global.set $saved
    call $release_saved)
  (func $release_saved
    global.get $saved
    stack.release)
)
