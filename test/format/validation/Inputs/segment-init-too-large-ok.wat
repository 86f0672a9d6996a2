;; segment-init-too-large.wat with each segment large enough.
(module
  (segment (size 3) (align 16) (data "abc"))
  (segment (size 3) (align 1) (data "abc"))
  (segment (size 1) (align 1) (data "\00"))
  (segment (size 17) (align 16) (readonly) (data "0123456789" "abcdef" "!")))
