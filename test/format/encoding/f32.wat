;; Encoding of the f32 operators: comparisons (0x5b-0x60), unary (0x8b-0x91) and binary
;; (0x92-0x98) arithmetic. No immediates.
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
  ;; CHECK-LABEL: func 0 $compare:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 5b f32.eq
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 5c f32.ne
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 5d f32.lt
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 5e f32.gt
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 5f f32.le
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 60 f32.ge
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $compare (param f32 f32)
    local.get 0
    local.get 1
    f32.eq
    drop
    local.get 0
    local.get 1
    f32.ne
    drop
    local.get 0
    local.get 1
    f32.lt
    drop
    local.get 0
    local.get 1
    f32.gt
    drop
    local.get 0
    local.get 1
    f32.le
    drop
    local.get 0
    local.get 1
    f32.ge
    drop)

  ;; CHECK-LABEL: func 1 $unary:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 8b f32.abs
  ;; CHECK-NEXT: 8c f32.neg
  ;; CHECK-NEXT: 8d f32.ceil
  ;; CHECK-NEXT: 8e f32.floor
  ;; CHECK-NEXT: 8f f32.trunc
  ;; CHECK-NEXT: 90 f32.nearest
  ;; CHECK-NEXT: 91 f32.sqrt
  ;; CHECK-NEXT: 0b end
  (func $unary (param f32) (result f32)
    local.get 0
    f32.abs
    f32.neg
    f32.ceil
    f32.floor
    f32.trunc
    f32.nearest
    f32.sqrt)

  ;; CHECK-LABEL: func 2 $arith:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 92 f32.add
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 93 f32.sub
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 94 f32.mul
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 95 f32.div
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 96 f32.min
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 97 f32.max
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 98 f32.copysign
  ;; CHECK-NEXT: 0b end
  (func $arith (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.add
    local.get 1
    f32.sub
    local.get 1
    f32.mul
    local.get 1
    f32.div
    local.get 1
    f32.min
    local.get 1
    f32.max
    local.get 1
    f32.copysign))
