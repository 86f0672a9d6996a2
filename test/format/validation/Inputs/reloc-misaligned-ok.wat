;; reloc-misaligned.wat with offsets that are multiples of 16.
(module
  (segment (size 64) (align 16) (reloc 0 (segment 0)) (reloc 16 (segment 0)))
  (segment (size 64) (align 16) (readonly) (reloc 0 (func 0)) (reloc 48 (segment 0)))
  (func))
