;; segment-index: a segment index is out of range. Checked in global.segment (in a body and as a
;; global's initialiser) and in a segment relocation's target.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/segment-index-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: segment-index.wat: global 1: init global.segment 2 out of range (2 segments) [segment-index]
;; CHECK-NEXT: segment-index.wat: segment 0 reloc 0: target segment 2 out of range (2 segments) [segment-index]
;; CHECK-NEXT: segment-index.wat: segment 1 reloc 1: target segment 9 out of range (2 segments) [segment-index]
;; CHECK-NEXT: segment-index.wat: func 0 instr 0: global.segment: segment 2 out of range (2 segments) [segment-index]
;; OK: segment-index-ok.wat: valid
(module
  (global handle global.segment 1)
  (global handle global.segment 2)
  (segment (size 32) (align 16) (reloc 16 (segment 2)))
  (segment (size 32) (align 16) (reloc 0 (segment 0 4)) (reloc 16 (segment 9)))
  (func
    global.segment 2
    drop))
