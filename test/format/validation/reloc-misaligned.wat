;; reloc-misaligned: a relocation's offset is not a multiple of 16 (handles are 16 bytes,
;; 16-aligned in memory). Each relocation reports its first failure; every bad one is reported.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/reloc-misaligned-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: reloc-misaligned.wat: segment 0 reloc 1: offset 8 is not a multiple of 16 [reloc-misaligned]
;; CHECK-NEXT: reloc-misaligned.wat: segment 1 reloc 0: offset 1 is not a multiple of 16 [reloc-misaligned]
;; CHECK-NEXT: reloc-misaligned.wat: segment 1 reloc 1: offset 40 is not a multiple of 16 [reloc-misaligned]
;; OK: reloc-misaligned-ok.wat: valid
(module
  (segment (size 64) (align 16) (reloc 0 (segment 0)) (reloc 8 (segment 0)))
  ;; Reloc 0 is also beyond the segment and reloc 1's target does not exist: only the first
  ;; failure of each is reported.
  (segment (size 16) (align 16) (readonly) (reloc 1 (func 0)) (reloc 40 (segment 7)))
  (func))
