;; Encoding of the handle instructions (0xfa 0x30-0x39): handle.null handle.add handle.slice
;; handle.get_addr handle.get_offset handle.set_addr handle.from_int handle.eq handle.lt_u
;; handle.is_null. No immediates.
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
  ;; CHECK-LABEL: func 0 $handles:
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 31 handle.add
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 32 handle.slice
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 35 handle.set_addr
  ;; CHECK-NEXT: fa 33 handle.get_addr
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 34 handle.get_offset
  ;; CHECK-NEXT: 6a i32.add
  ;; CHECK-NEXT: fa 36 handle.from_int
  ;; CHECK-NEXT: fa 39 handle.is_null
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: fa 37 handle.eq
  ;; CHECK-NEXT: 6a i32.add
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 38 handle.lt_u
  ;; CHECK-NEXT: 6a i32.add
  ;; CHECK-NEXT: 0b end
  (func $handles (param $h handle) (param $i i32) (result i32)
    handle.null
    drop
    local.get $h
    local.get $i
    handle.add
    local.get $i
    handle.slice
    local.get $i
    handle.set_addr
    handle.get_addr
    local.get $h
    handle.get_offset
    i32.add
    handle.from_int
    handle.is_null
    local.get $h
    handle.null
    handle.eq
    i32.add
    local.get $h
    local.get $h
    handle.lt_u
    i32.add))
