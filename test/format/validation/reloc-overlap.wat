;; reloc-overlap: a relocation overlaps the previous one (offsets sorted but less than 16
;; apart). With both offsets multiples of 16, that is two relocations at the same offset.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/reloc-overlap-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: reloc-overlap.wat: segment 0 reloc 1: offset 16 overlaps the previous reloc at offset 16 [reloc-overlap]
;; CHECK-NEXT: reloc-overlap.wat: segment 1 reloc 2: offset 32 overlaps the previous reloc at offset 32 [reloc-overlap]
;; OK: reloc-overlap-ok.wat: valid
(module
  (segment (size 64) (align 16) (reloc 16 (segment 0)) (reloc 16 (segment 0)))
  (segment (size 48) (align 16) (readonly)
    (reloc 0 (func 0))
    (reloc 32 (func 0))
    (reloc 32 (segment 1)))
  (func))
