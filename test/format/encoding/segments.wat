;; Encoding of the segment instructions: segalloc segfree stack.alloc stack.free stack.reopen stack.release global.segment
;; segment.copy segment.fill.
;; Expected bytes are derived by hand from opcodes.def and docs/spec.md ("Binary format"), not
;; copied from the tool: `mswasm dis --bytes` prints each instruction as the encoder writes it.
;; RUN: mswasm as %s -o %t.mswasm
;; RUN: mswasm validate %t.mswasm | FileCheck %s --check-prefix=VALID
;; VALID: {{.*}}.mswasm: valid
;; RUN: mswasm dis --bytes %t.mswasm > %t.txt
;; RUN: FileCheck %s --match-full-lines < %t.txt
;; The listing shows the bytes really in the binary's code section, and the text module (before
;; any binary) lists the same.
;; RUN: %python %S/Inputs/check-listing.py %t.mswasm %t.txt
;; RUN: mswasm dis --bytes %s | FileCheck %s --match-full-lines
(module
  (segment $a (size 16) (align 16))
  (segment $b (size 32) (align 8) (readonly) (data "b"))
  (segment $"odd name" (size 1) (align 1))
  (segment (size 4) (align 4))

  ;; segalloc (0xfa 0x20), segfree (0xfa 0x21): no immediates.
  ;; CHECK-LABEL: func 0 $alloc:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 41 10 i32.const 16
  ;; CHECK-NEXT: fa 20 segalloc
  ;; CHECK-NEXT: 21 01 local.set 1
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 21 segfree
  ;; CHECK-NEXT: 0b end
  (func $alloc (param $n i32) (local $h handle)
    local.get $n
    i32.const 16
    segalloc
    local.set $h
    local.get $h
    segfree)

  ;; stack.alloc (0xfa 0x22) takes alignlog2:u32 (text: align in bytes, default 1, not printed);
  ;; stack.free (0xfa 0x23) none. 65536 = 2^16 is the largest valid alignment.
  ;; CHECK-LABEL: func 1 $stack:
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 00 stack.alloc
  ;; CHECK-NEXT: fa 23 stack.free
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 00 stack.alloc
  ;; CHECK-NEXT: fa 23 stack.free
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 01 stack.alloc align=2
  ;; CHECK-NEXT: fa 23 stack.free
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 03 stack.alloc align=8
  ;; CHECK-NEXT: fa 23 stack.free
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 04 stack.alloc align=16
  ;; CHECK-NEXT: fa 23 stack.free
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 08 stack.alloc align=256
  ;; CHECK-NEXT: fa 23 stack.free
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 10 stack.alloc align=65536
  ;; CHECK-NEXT: fa 23 stack.free
  ;; stack.reopen (0xfa 0x25) none: a scope closed by stack.free starts again.
  ;; CHECK-NEXT: 41 20 i32.const 32
  ;; CHECK-NEXT: fa 22 00 stack.alloc
  ;; CHECK-NEXT: 21 00 local.set 0
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 23 stack.free
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 25 stack.reopen
  ;; stack.release (0xfa 0x26) none: the segment dies and its range goes back at once.
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 26 stack.release
  ;; CHECK-NEXT: 0b end
  (func $stack (local handle)
    i32.const 32
    stack.alloc
    stack.free
    i32.const 32
    stack.alloc align=1
    stack.free
    i32.const 32
    stack.alloc align=2
    stack.free
    i32.const 32
    stack.alloc align=8
    stack.free
    i32.const 32
    stack.alloc align=16
    stack.free
    i32.const 32
    stack.alloc align=0x100
    stack.free
    i32.const 32
    stack.alloc align=65536
    stack.free
    i32.const 32
    stack.alloc
    local.set 0
    local.get 0
    stack.free
    local.get 0
    stack.reopen
    local.get 0
    stack.release)

  ;; global.segment (0xfa 0x24) takes segidx:u32 (printed as the segment's id when it has one);
  ;; segment.copy (0xfa 0x40) and segment.fill (0xfa 0x41) none.
  ;; CHECK-LABEL: func 2 $globals:
  ;; CHECK-NEXT: fa 24 00 global.segment $a
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: fa 24 01 global.segment $b
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: fa 24 02 global.segment $"odd name"
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: fa 24 03 global.segment 3
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 24 00 global.segment $a
  ;; CHECK-NEXT: 41 10 i32.const 16
  ;; CHECK-NEXT: fa 40 segment.copy
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 41 10 i32.const 16
  ;; CHECK-NEXT: fa 41 segment.fill
  ;; CHECK-NEXT: 0b end
  (func $globals (param $h handle)
    global.segment $a
    drop
    global.segment 1
    drop
    global.segment $"odd name"
    drop
    global.segment 3
    drop
    local.get $h
    global.segment $a
    i32.const 16
    segment.copy
    local.get $h
    i32.const 0
    i32.const 16
    segment.fill))
