;; Encoding of call, func.handle, call.handle, jmp.set and jmp.long.
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
  (type $binop (func (param i32 i32) (result i32)))
  (type $void (func))
  (type (func (param handle) (result i32)))
  (import "env" "imp" (func $imp (type $binop)))

  ;; CHECK-LABEL: func 1 $add:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 6a i32.add
  ;; CHECK-NEXT: 0b end
  (func $add (type $binop) (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    i32.add)

  ;; CHECK-LABEL: func 2 $nothing:
  ;; CHECK-NEXT: 0b end
  (func $nothing (type $void))

  ;; func.handle (0xfa 0x50) takes funcidx:u32 (imports first); call.handle (0xfa 0x51) takes
  ;; typeidx:u32, written `(type idx)` or `idx` and printed `(type idx)`.
  ;; CHECK-LABEL: func 3 $calls:
  ;; CHECK-NEXT: fa 50 01 func.handle $add
  ;; CHECK-NEXT: 21 01 local.set 1
  ;; CHECK-NEXT: fa 50 00 func.handle $imp
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: fa 50 03 func.handle $calls
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 51 00 call.handle (type $binop)
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 51 00 call.handle (type $binop)
  ;; CHECK-NEXT: 41 02 i32.const 2
  ;; CHECK-NEXT: fa 50 00 func.handle $imp
  ;; CHECK-NEXT: fa 51 00 call.handle (type $binop)
  ;; CHECK-NEXT: fa 50 02 func.handle $nothing
  ;; CHECK-NEXT: fa 51 01 call.handle (type $void)
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: fa 51 02 call.handle (type 2)
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: 10 00 call $imp
  ;; CHECK-NEXT: 41 03 i32.const 3
  ;; CHECK-NEXT: 10 01 call $add
  ;; CHECK-NEXT: 0b end
  (func $calls (param $x i32) (result i32) (local $fh handle)
    func.handle $add
    local.set $fh
    func.handle $imp
    drop
    func.handle 3
    drop
    local.get $x
    local.get $x
    local.get $fh
    call.handle (type $binop)
    local.get $x
    local.get $fh
    call.handle $binop
    i32.const 2
    func.handle $imp
    call.handle 0
    func.handle $nothing
    call.handle (type 1)
    handle.null
    handle.null
    call.handle (type 2)
    drop
    i32.const 1
    call $imp
    i32.const 3
    call $add)

  ;; jmp.set (0xfa 0x60) and jmp.long (0xfa 0x61): no immediates.
  ;; CHECK-LABEL: func 4 $jumps:
  ;; CHECK-NEXT: 41 10 i32.const 16
  ;; CHECK-NEXT: fa 22 04 stack.alloc align=16
  ;; CHECK-NEXT: 22 00 local.tee 0
  ;; CHECK-NEXT: fa 60 jmp.set
  ;; CHECK-NEXT: 04 7f if (result i32)
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: 05 else
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 41 02 i32.const 2
  ;; CHECK-NEXT: fa 61 jmp.long
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 0b end
  (func $jumps (result i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    if (result i32)
      i32.const 1
    else
      local.get $buf
      i32.const 2
      jmp.long
    end))
