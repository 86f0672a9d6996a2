;; segment-alignment.wat with alignments of at most 2^16.
(module
  (segment (size 2) (align 65536))
  (segment (size 2) (align 65536))
  (segment (size 32) (align 1) (reloc 0 (segment 1))))
