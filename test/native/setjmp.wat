;; setjmp/longjmp in native code (docs/native-tier.md, "setjmp and longjmp"), against the
;; interpreter: the operands below jmp.set come back from the jump record's own snapshot (a site run
;; twice, resumed through its older record, sees the older values); locals keep the values they
;; have when jmp.long runs, not those of the setjmp point; a record of a frame that returned
;; cannot be resumed; a setjmp re-armed in a loop and resumed thousands of times works.
;; REQUIRES: native-tier
;; RUN: mswasm-native %s -o %t.so
;; RUN: mswasm run --tier=native --invoke=older_record %s | FileCheck %s --check-prefix=OLDER
;; RUN: mswasm run --tier=interp --invoke=older_record %s | FileCheck %s --check-prefix=OLDER
;; OLDER: i32 5103
;; RUN: mswasm run --tier=native --invoke=current_locals %s | FileCheck %s --check-prefix=LOCALS
;; RUN: mswasm run --tier=interp --invoke=current_locals %s | FileCheck %s --check-prefix=LOCALS
;; LOCALS: i32 4206
;; RUN: not mswasm run --tier=native --invoke=returned %s 2>&1 | FileCheck %s --check-prefix=EXITED
;; RUN: not mswasm run --tier=interp --invoke=returned %s 2>&1 | FileCheck %s --check-prefix=EXITED
;; EXITED: ERROR: longjmp-to-exited-frame
;; EXITED: #1 returned+instr 2
;; RUN: mswasm run --tier=native --invoke=many %s | FileCheck %s --check-prefix=MANY
;; RUN: mswasm run --tier=interp --invoke=many %s | FileCheck %s --check-prefix=MANY
;; MANY: i32 20000
(module
  (global $count (mut i32) i32.const 0)
  (func $jump (param handle i32)
    local.get 0
    local.get 1
    jmp.long)
  ;; One jmp.set site run twice, with 100 and then 5000 below the buffer (two records, in the
  ;; two halves of $buf); jumping back through the first must see 100 again: the resumed code adds
  ;; the snapshot to $acc (5000 by then) and returns it plus the value, 5103 (10003 if it saw 5000).
  (func (export "older_record") (result i32) (local $i i32) (local $acc i32) (local $r i32)
    (local $buf handle)
    i32.const 32
    stack.alloc align=16
    local.set $buf
    loop $again
      i32.const 5000
      i32.const 100
      local.get $i
      select
      local.get $buf
      local.get $i
      i32.const 16
      i32.mul
      handle.add
      jmp.set
      local.set $r
      local.get $acc
      i32.add
      local.set $acc
      local.get $r
      if
        local.get $acc
        local.get $r
        i32.add
        return
      end
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      i32.const 2
      i32.lt_u
      br_if $again
    end
    ;; acc = 100 + 5000; resume the first record with 3: acc += 100 (its snapshot), then + 3
    local.get $acc
    i32.const 100
    i32.sub
    local.set $acc
    local.get $buf
    i32.const 3
    call $jump
    i32.const -1)
  ;; $x changes after setjmp; after the jump its current value (42) is what the code reads.
  (func (export "current_locals") (result i32) (local $x i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    if
      local.get $x
      i32.const 100
      i32.mul
      i32.const 6
      i32.add
      return
    end
    i32.const 42
    local.set $x
    local.get $buf
    i32.const 9
    call $jump
    i32.const -1)
  (func $arm (result handle) (local $buf handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $buf
    jmp.set
    drop
    local.get $buf)
  (func (export "returned") (result i32)
    call $arm
    i32.const 1
    call $jump
    i32.const 0)
  ;; setjmp re-armed 20000 times in a loop, each time resumed once from a callee.
  (func (export "many") (result i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.set $buf
    loop $l
      local.get $buf
      jmp.set
      i32.eqz
      if
        local.get $buf
        i32.const 1
        call $jump
      end
      global.get $count
      i32.const 1
      i32.add
      global.set $count
      global.get $count
      i32.const 20000
      i32.lt_u
      br_if $l
    end
    global.get $count))
