;; Encoding of the i32 operators: eqz and the comparisons (0x45-0x4f), clz ctz popcnt and the
;; arithmetic (0x67-0x78), the sign extensions (0xc0, 0xc1). No immediates.
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
  ;; CHECK-LABEL: func 0 $unary:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 45 i32.eqz
  ;; CHECK-NEXT: 67 i32.clz
  ;; CHECK-NEXT: 68 i32.ctz
  ;; CHECK-NEXT: 69 i32.popcnt
  ;; CHECK-NEXT: c0 i32.extend8_s
  ;; CHECK-NEXT: c1 i32.extend16_s
  ;; CHECK-NEXT: 0b end
  (func $unary (param i32) (result i32)
    local.get 0
    i32.eqz
    i32.clz
    i32.ctz
    i32.popcnt
    i32.extend8_s
    i32.extend16_s)

  ;; CHECK-LABEL: func 1 $compare:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 46 i32.eq
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 47 i32.ne
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 48 i32.lt_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 49 i32.lt_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 4a i32.gt_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 4b i32.gt_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 4c i32.le_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 4d i32.le_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 4e i32.ge_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 4f i32.ge_u
  ;; CHECK-NEXT: 0b end
  (func $compare (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.eq
    local.get 1
    i32.ne
    local.get 1
    i32.lt_s
    local.get 1
    i32.lt_u
    local.get 1
    i32.gt_s
    local.get 1
    i32.gt_u
    local.get 1
    i32.le_s
    local.get 1
    i32.le_u
    local.get 1
    i32.ge_s
    local.get 1
    i32.ge_u)

  ;; CHECK-LABEL: func 2 $arith:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 6a i32.add
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 6b i32.sub
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 6c i32.mul
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 6d i32.div_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 6e i32.div_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 6f i32.rem_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 70 i32.rem_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 71 i32.and
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 72 i32.or
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 73 i32.xor
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 74 i32.shl
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 75 i32.shr_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 76 i32.shr_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 77 i32.rotl
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 78 i32.rotr
  ;; CHECK-NEXT: 0b end
  (func $arith (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add
    local.get 1
    i32.sub
    local.get 1
    i32.mul
    local.get 1
    i32.div_s
    local.get 1
    i32.div_u
    local.get 1
    i32.rem_s
    local.get 1
    i32.rem_u
    local.get 1
    i32.and
    local.get 1
    i32.or
    local.get 1
    i32.xor
    local.get 1
    i32.shl
    local.get 1
    i32.shr_s
    local.get 1
    i32.shr_u
    local.get 1
    i32.rotl
    local.get 1
    i32.rotr))
