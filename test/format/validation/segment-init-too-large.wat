;; segment-init-too-large: a segment's initial bytes are more than its size (exactly its size is
;; fine; the rest of a segment is zero).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/segment-init-too-large-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: segment-init-too-large.wat: segment 0: 3 initial bytes, more than its size 2 [segment-init-too-large]
;; CHECK-NEXT: segment-init-too-large.wat: segment 2: 1 initial bytes, more than its size 0 [segment-init-too-large]
;; CHECK-NEXT: segment-init-too-large.wat: segment 3: 17 initial bytes, more than its size 16 [segment-init-too-large]
;; OK: segment-init-too-large-ok.wat: valid
(module
  (segment (size 2) (align 16) (data "abc"))
  (segment (size 3) (align 1) (data "abc"))
  (segment (size 0) (align 1) (data "\00"))
  (segment (size 16) (align 16) (readonly) (data "0123456789" "abcdef" "!")))
