;; reloc-unsorted: a relocation's offset is below the previous relocation's (relocations are
;; sorted by offset).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/reloc-unsorted-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: reloc-unsorted.wat: segment 0 reloc 1: offset 16 is below the previous reloc's offset 32 [reloc-unsorted]
;; CHECK-NEXT: reloc-unsorted.wat: segment 1 reloc 2: offset 0 is below the previous reloc's offset 32 [reloc-unsorted]
;; OK: reloc-unsorted-ok.wat: valid
(module
  (segment (size 64) (align 16) (reloc 32 (segment 0)) (reloc 16 (segment 0)))
  (segment (size 48) (align 16) (readonly)
    (reloc 16 (func 0))
    (reloc 32 (segment 0 -8))
    (reloc 0 (func 0)))
  (func))
