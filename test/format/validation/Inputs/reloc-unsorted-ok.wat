;; reloc-unsorted.wat with the relocations sorted.
(module
  (segment (size 64) (align 16) (reloc 16 (segment 0)) (reloc 32 (segment 0)))
  (segment (size 48) (align 16) (readonly)
    (reloc 0 (func 0))
    (reloc 16 (func 0))
    (reloc 32 (segment 0 -8)))
  (func))
