(module
  (segment (size 1) (align 1) (data "\q")))
