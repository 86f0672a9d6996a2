;; Execution results of jmp.set and jmp.long: jmp.set pushes 0 and stores a tagged jump handle
;; (data reads see the buffer's own address; the handle has offset 0); jmp.long resumes after the
;; jmp.set with its value (0 delivered as 1), restoring the operand stack below the buffer and
;; the block structure, keeping locals' current values, unwinding intermediate frames (their
;; stack segments die) while the target frame's stay live; a co-aligned copy of the buffer works.
;; Traps: bad-longjmp (untagged, data-overwritten or non-jump buffer), longjmp-to-exited-frame,
;; misaligned-handle-access, write-to-read-only, null-dereference, code-handle-access.
;; RUN: mswasm run --invoke=basic %s -- 5 | FileCheck %s --match-full-lines --check-prefix=BASIC5
;; BASIC5: i32 1005
;; BASIC5-NEXT: i32 3
;; BASIC5-NOT: {{.}}
;; RUN: mswasm run --invoke=basic %s -- 0 | FileCheck %s --match-full-lines --check-prefix=BASIC0
;; BASIC0: i32 1001
;; BASIC0-NEXT: i32 3
;; BASIC0-NOT: {{.}}
;; RUN: mswasm run --invoke=basic %s -- -1 | FileCheck %s --match-full-lines --check-prefix=BASICM1
;; BASICM1: i32 999
;; BASICM1-NEXT: i32 3
;; BASICM1-NOT: {{.}}
;; RUN: mswasm run --invoke=repeat %s | FileCheck %s --match-full-lines --check-prefix=REPEAT
;; REPEAT: i32 3
;; RUN: mswasm run --invoke=buffer_contents %s | FileCheck %s --match-full-lines --check-prefix=BUF
;; BUF: i32 1
;; BUF-NEXT: i32 0
;; BUF-NEXT: i32 1
;; BUF-NEXT: i32 0
;; BUF-NEXT: i32 0
;; BUF-NOT: {{.}}
;; RUN: mswasm run --invoke=target_stack_lives %s | FileCheck %s --match-full-lines --check-prefix=LIVES
;; LIVES: i32 77
;; RUN: not mswasm run --invoke=skipped_stack_dies %s 2>&1 | FileCheck %s --check-prefix=SKIPPED
;; SKIPPED: ERROR: use-after-return
;; RUN: mswasm run --invoke=copied_buffer %s | FileCheck %s --match-full-lines --check-prefix=COPIED
;; COPIED: i32 9
;; RUN: not mswasm run --invoke=untagged %s 2>&1 | FileCheck %s --check-prefix=UNTAGGED
;; UNTAGGED: ERROR: bad-longjmp
;; RUN: not mswasm run --invoke=overwritten %s 2>&1 | FileCheck %s --check-prefix=OVERWRITTEN
;; OVERWRITTEN: ERROR: bad-longjmp
;; RUN: not mswasm run --invoke=not_a_jump_handle %s 2>&1 | FileCheck %s --check-prefix=NOTJUMP
;; NOTJUMP: ERROR: bad-longjmp
;; RUN: not mswasm run --invoke=exited %s 2>&1 | FileCheck %s --check-prefix=EXITED
;; EXITED: ERROR: longjmp-to-exited-frame
;; RUN: not mswasm run --invoke=misaligned_set %s 2>&1 | FileCheck %s --check-prefix=MISSET
;; MISSET: ERROR: misaligned-handle-access
;; RUN: not mswasm run --invoke=misaligned_long %s 2>&1 | FileCheck %s --check-prefix=MISLONG
;; MISLONG: ERROR: misaligned-handle-access
;; RUN: not mswasm run --invoke=read_only_set %s 2>&1 | FileCheck %s --check-prefix=ROSET
;; ROSET: ERROR: write-to-read-only
;; RUN: not mswasm run --invoke=null_set %s 2>&1 | FileCheck %s --check-prefix=NULLSET
;; NULLSET: ERROR: null-dereference
;; RUN: not mswasm run --invoke=jump_handle_access %s 2>&1 | FileCheck %s --check-prefix=JACCESS
;; JACCESS: ERROR: code-handle-access
(module
  (segment $ro (size 16) (align 16) (readonly))
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
  ;; 1000 is below the buffer on the operand stack at jmp.set and is restored; $n is set to 3
  ;; after the jmp.set and keeps that value after the jump. The jmp.set is inside a block.
  (func (export "basic") (param $v i32) (result i32 i32) (local $buf handle) (local $r i32) (local $n i32)
    i32.const 16
    stack.alloc align=16
    local.set $buf
    block (result i32)
      i32.const 1000
      local.get $buf
      jmp.set
      local.tee $r
      i32.add
      local.get $r
      br_if 0
      drop
      i32.const 3
      local.set $n
      local.get $buf
      local.get $v
      call $middle
      unreachable
    end
    local.get $n)
  ;; jump back three times: the counter local counts the returns.
  (func (export "repeat") (result i32) (local $buf handle) (local $count i32)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    drop
    local.get $count
    i32.const 3
    i32.lt_s
    if
      local.get $count
      i32.const 1
      i32.add
      local.set $count
      local.get $buf
      i32.const 0
      jmp.long
    end
    local.get $count)
  ;; results: bytes 0-3 of the buffer are its address; bytes 4-15 zero; the stored jump handle's
  ;; address is the buffer's and its offset 0; it is not null.
  (func (export "buffer_contents") (result i32 i32 i32 i32 i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    drop
    local.get $buf
    i32.segload
    local.get $buf
    handle.get_addr
    i32.eq
    local.get $buf
    i64.segload offset=8
    local.get $buf
    i32.segload offset=4
    i64.extend_i32_u
    i64.or
    i32.wrap_i64
    local.get $buf
    handle.segload
    local.get $buf
    handle.eq
    local.get $buf
    handle.segload
    handle.get_offset
    local.get $buf
    handle.segload
    handle.is_null)
  ;; a stack segment the target frame allocated after jmp.set is still usable after the jump.
  (func (export "target_stack_lives") (result i32) (local $buf handle) (local $s handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    if
      local.get $s
      i32.segload
      return
    end
    i32.const 4
    stack.alloc
    local.tee $s
    i32.const 77
    i32.segstore
    local.get $buf
    i32.const 1
    call $middle
    unreachable)
  (func (export "skipped_stack_dies") (result i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    if
      global.get $kept
      i32.segload
      return
    end
    local.get $buf
    i32.const 1
    call $middle
    unreachable)
  (func (export "copied_buffer") (result i32) (local $buf handle) (local $copy handle) (local i32)
    i32.const 16
    stack.alloc align=16
    local.set $buf
    i32.const 16
    i32.const 16
    segalloc
    local.set $copy
    local.get $buf
    jmp.set
    local.tee 2
    if
      local.get 2
      return
    end
    local.get $copy
    local.get $buf
    i32.const 16
    segment.copy
    local.get $copy
    i32.const 9
    jmp.long)
  (func (export "untagged")
    i32.const 16
    i32.const 16
    segalloc
    i32.const 1
    jmp.long)
  (func (export "overwritten") (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    drop
    local.get $buf
    i32.const 0
    i32.segstore8 offset=12
    local.get $buf
    i32.const 1
    jmp.long)
  (func (export "not_a_jump_handle") (local $buf handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $buf
    local.get $buf
    handle.segstore
    local.get $buf
    i32.const 1
    jmp.long)
  (func $make_buf (result handle) (local $buf handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $buf
    jmp.set
    drop
    local.get $buf)
  (func (export "exited")
    call $make_buf
    i32.const 1
    jmp.long)
  (func (export "misaligned_set") (result i32)
    i32.const 32
    i32.const 16
    segalloc
    i32.const 4
    handle.add
    jmp.set)
  (func (export "misaligned_long")
    i32.const 32
    i32.const 16
    segalloc
    i32.const 4
    handle.add
    i32.const 1
    jmp.long)
  (func (export "read_only_set") (result i32)
    global.segment $ro
    jmp.set)
  (func (export "null_set") (result i32)
    handle.null
    jmp.set)
  (func (export "jump_handle_access") (result i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    drop
    local.get $buf
    handle.segload
    i32.segload))
