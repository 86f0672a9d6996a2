;; reloc-out-of-bounds: a relocation's 16 bytes do not fit in its segment: offset + 16 > size,
;; computed without wrapping (offset 0xfffffff0 + 16 does not wrap to 0).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/reloc-out-of-bounds-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: reloc-out-of-bounds.wat: segment 0 reloc 0: offset 16 + 16 is beyond the segment's size 24 [reloc-out-of-bounds]
;; CHECK-NEXT: reloc-out-of-bounds.wat: segment 1 reloc 0: offset 0 + 16 is beyond the segment's size 0 [reloc-out-of-bounds]
;; CHECK-NEXT: reloc-out-of-bounds.wat: segment 2 reloc 1: offset 4294967280 + 16 is beyond the segment's size 64 [reloc-out-of-bounds]
;; CHECK-NEXT: reloc-out-of-bounds.wat: segment 3 reloc 0: offset 4294967280 + 16 is beyond the segment's size 4294967295 [reloc-out-of-bounds]
;; OK: reloc-out-of-bounds-ok.wat: valid
(module
  (segment (size 24) (align 16) (reloc 16 (segment 0)))
  (segment (size 0) (align 16) (reloc 0 (func 0)))
  (segment (size 64) (align 16) (reloc 48 (segment 0)) (reloc 4294967280 (segment 0)))
  (segment (size 4294967295) (align 16) (reloc 4294967280 (segment 0)))
  (func))
