;; Encoding of the i64 operators: eqz and the comparisons (0x50-0x5a), clz ctz popcnt and the
;; arithmetic (0x79-0x8a), the sign extensions (0xc2-0xc4). No immediates.
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
  ;; CHECK-LABEL: func 0 $eqz:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 50 i64.eqz
  ;; CHECK-NEXT: 0b end
  (func $eqz (param i64) (result i32)
    local.get 0
    i64.eqz)

  ;; CHECK-LABEL: func 1 $unary:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 79 i64.clz
  ;; CHECK-NEXT: 7a i64.ctz
  ;; CHECK-NEXT: 7b i64.popcnt
  ;; CHECK-NEXT: c2 i64.extend8_s
  ;; CHECK-NEXT: c3 i64.extend16_s
  ;; CHECK-NEXT: c4 i64.extend32_s
  ;; CHECK-NEXT: 0b end
  (func $unary (param i64) (result i64)
    local.get 0
    i64.clz
    i64.ctz
    i64.popcnt
    i64.extend8_s
    i64.extend16_s
    i64.extend32_s)

  ;; CHECK-LABEL: func 2 $compare:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 51 i64.eq
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 52 i64.ne
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 53 i64.lt_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 54 i64.lt_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 55 i64.gt_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 56 i64.gt_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 57 i64.le_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 58 i64.le_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 59 i64.ge_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 5a i64.ge_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $compare (param i64 i64)
    local.get 0
    local.get 1
    i64.eq
    drop
    local.get 0
    local.get 1
    i64.ne
    drop
    local.get 0
    local.get 1
    i64.lt_s
    drop
    local.get 0
    local.get 1
    i64.lt_u
    drop
    local.get 0
    local.get 1
    i64.gt_s
    drop
    local.get 0
    local.get 1
    i64.gt_u
    drop
    local.get 0
    local.get 1
    i64.le_s
    drop
    local.get 0
    local.get 1
    i64.le_u
    drop
    local.get 0
    local.get 1
    i64.ge_s
    drop
    local.get 0
    local.get 1
    i64.ge_u
    drop)

  ;; CHECK-LABEL: func 3 $arith:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 7c i64.add
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 7d i64.sub
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 7e i64.mul
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 7f i64.div_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 80 i64.div_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 81 i64.rem_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 82 i64.rem_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 83 i64.and
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 84 i64.or
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 85 i64.xor
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 86 i64.shl
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 87 i64.shr_s
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 88 i64.shr_u
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 89 i64.rotl
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 8a i64.rotr
  ;; CHECK-NEXT: 0b end
  (func $arith (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.add
    local.get 1
    i64.sub
    local.get 1
    i64.mul
    local.get 1
    i64.div_s
    local.get 1
    i64.div_u
    local.get 1
    i64.rem_s
    local.get 1
    i64.rem_u
    local.get 1
    i64.and
    local.get 1
    i64.or
    local.get 1
    i64.xor
    local.get 1
    i64.shl
    local.get 1
    i64.shr_s
    local.get 1
    i64.shr_u
    local.get 1
    i64.rotl
    local.get 1
    i64.rotr))
