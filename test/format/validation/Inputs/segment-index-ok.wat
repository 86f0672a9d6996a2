;; segment-index.wat with every segment index in range (segment 1 is the last).
(module
  (global handle global.segment 1)
  (global handle global.segment 0)
  (segment (size 32) (align 16) (reloc 16 (segment 1)))
  (segment (size 32) (align 16) (reloc 0 (segment 0 4)) (reloc 16 (segment 1)))
  (func
    global.segment 1
    drop))
