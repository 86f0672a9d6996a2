;; Encoding of the conversions (0xa7-0xbf): wrap, trunc, extend_i32, convert, demote, promote
;; and reinterpret. No immediates.
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
  ;; CHECK-LABEL: func 0 $conversions:
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: a7 i32.wrap_i64
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: a8 i32.trunc_f32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: a9 i32.trunc_f32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: aa i32.trunc_f64_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: ab i32.trunc_f64_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: ac i64.extend_i32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: ad i64.extend_i32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: ae i64.trunc_f32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: af i64.trunc_f32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: b0 i64.trunc_f64_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: b1 i64.trunc_f64_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: b2 f32.convert_i32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: b3 f32.convert_i32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: b4 f32.convert_i64_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: b5 f32.convert_i64_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: b6 f32.demote_f64
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: b7 f64.convert_i32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: b8 f64.convert_i32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: b9 f64.convert_i64_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: ba f64.convert_i64_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: bb f64.promote_f32
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: bc i32.reinterpret_f32
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: bd i64.reinterpret_f64
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: be f32.reinterpret_i32
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: bf f64.reinterpret_i64
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $conversions (param i32 i64 f32 f64)
    local.get 1
    i32.wrap_i64
    drop
    local.get 2
    i32.trunc_f32_s
    drop
    local.get 2
    i32.trunc_f32_u
    drop
    local.get 3
    i32.trunc_f64_s
    drop
    local.get 3
    i32.trunc_f64_u
    drop
    local.get 0
    i64.extend_i32_s
    drop
    local.get 0
    i64.extend_i32_u
    drop
    local.get 2
    i64.trunc_f32_s
    drop
    local.get 2
    i64.trunc_f32_u
    drop
    local.get 3
    i64.trunc_f64_s
    drop
    local.get 3
    i64.trunc_f64_u
    drop
    local.get 0
    f32.convert_i32_s
    drop
    local.get 0
    f32.convert_i32_u
    drop
    local.get 1
    f32.convert_i64_s
    drop
    local.get 1
    f32.convert_i64_u
    drop
    local.get 3
    f32.demote_f64
    drop
    local.get 0
    f64.convert_i32_s
    drop
    local.get 0
    f64.convert_i32_u
    drop
    local.get 1
    f64.convert_i64_s
    drop
    local.get 1
    f64.convert_i64_u
    drop
    local.get 2
    f64.promote_f32
    drop
    local.get 2
    i32.reinterpret_f32
    drop
    local.get 3
    i64.reinterpret_f64
    drop
    local.get 0
    f32.reinterpret_i32
    drop
    local.get 1
    f64.reinterpret_i64
    drop))
