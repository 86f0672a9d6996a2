;; Encoding of the saturating truncations: prefix 0xfc, then the sub-opcode 0x00-0x07 as a u32 LEB.
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
  ;; CHECK-LABEL: func 0 $saturating:
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fc 00 i32.trunc_sat_f32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fc 01 i32.trunc_sat_f32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: fc 02 i32.trunc_sat_f64_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: fc 03 i32.trunc_sat_f64_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fc 04 i64.trunc_sat_f32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fc 05 i64.trunc_sat_f32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: fc 06 i64.trunc_sat_f64_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: fc 07 i64.trunc_sat_f64_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $saturating (param i32 i64 f32 f64)
    local.get 2
    i32.trunc_sat_f32_s
    drop
    local.get 2
    i32.trunc_sat_f32_u
    drop
    local.get 3
    i32.trunc_sat_f64_s
    drop
    local.get 3
    i32.trunc_sat_f64_u
    drop
    local.get 2
    i64.trunc_sat_f32_s
    drop
    local.get 2
    i64.trunc_sat_f32_u
    drop
    local.get 3
    i64.trunc_sat_f64_s
    drop
    local.get 3
    i64.trunc_sat_f64_u
    drop))
