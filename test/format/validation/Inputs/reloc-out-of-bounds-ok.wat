;; reloc-out-of-bounds.wat with every relocation inside its segment (offset + 16 == size is the
;; largest that fits).
(module
  (segment (size 32) (align 16) (reloc 16 (segment 0)))
  (segment (size 16) (align 16) (reloc 0 (func 0)))
  (segment (size 64) (align 16) (reloc 32 (segment 0)) (reloc 48 (segment 0)))
  (segment (size 4294967295) (align 16) (reloc 4294967264 (segment 0)))
  (func))
