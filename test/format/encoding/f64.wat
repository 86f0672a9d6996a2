;; Encoding of the f64 operators: comparisons (0x61-0x66), unary (0x99-0x9f) and binary
;; (0xa0-0xa6) arithmetic. No immediates.
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
  ;; CHECK-NEXT: 61 f64.eq
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 62 f64.ne
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 63 f64.lt
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 64 f64.gt
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 65 f64.le
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 66 f64.ge
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $compare (param f64 f64)
    local.get 0
    local.get 1
    f64.eq
    drop
    local.get 0
    local.get 1
    f64.ne
    drop
    local.get 0
    local.get 1
    f64.lt
    drop
    local.get 0
    local.get 1
    f64.gt
    drop
    local.get 0
    local.get 1
    f64.le
    drop
    local.get 0
    local.get 1
    f64.ge
    drop)

  ;; CHECK-LABEL: func 1 $unary:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 99 f64.abs
  ;; CHECK-NEXT: 9a f64.neg
  ;; CHECK-NEXT: 9b f64.ceil
  ;; CHECK-NEXT: 9c f64.floor
  ;; CHECK-NEXT: 9d f64.trunc
  ;; CHECK-NEXT: 9e f64.nearest
  ;; CHECK-NEXT: 9f f64.sqrt
  ;; CHECK-NEXT: 0b end
  (func $unary (param f64) (result f64)
    local.get 0
    f64.abs
    f64.neg
    f64.ceil
    f64.floor
    f64.trunc
    f64.nearest
    f64.sqrt)

  ;; CHECK-LABEL: func 2 $arith:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a0 f64.add
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a1 f64.sub
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a2 f64.mul
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a3 f64.div
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a4 f64.min
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a5 f64.max
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a6 f64.copysign
  ;; CHECK-NEXT: 0b end
  (func $arith (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.add
    local.get 1
    f64.sub
    local.get 1
    f64.mul
    local.get 1
    f64.div
    local.get 1
    f64.min
    local.get 1
    f64.max
    local.get 1
    f64.copysign))
