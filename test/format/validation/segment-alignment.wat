;; segment-alignment: a segment's alignment is larger than 2^16 (64 KiB). The text format gives
;; the alignment in bytes; the binary stores its log2.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/segment-alignment-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: segment-alignment.wat: segment 0: alignment 2^17 is larger than 2^16 [segment-alignment]
;; CHECK-NEXT: segment-alignment.wat: segment 2: alignment 2^31 is larger than 2^16 [segment-alignment]
;; OK: segment-alignment-ok.wat: valid
;; The binary stores alignlog2 as a u32: 0xffffffff must not wrap, 16 is the largest valid.
;; Segment section: 2 segments (flags, size, alignlog2, init, relocs):
;;   0: flags 0, size 16, alignlog2 0xffffffff, no init, no relocs
;;   1: flags 1 (read-only), size 1, alignlog2 16, init "a", no relocs
;; RUN: %python %S/Inputs/mkbin.py 64:02_00_10_ff_ff_ff_ff_0f_00_00_01_01_10_01_61_00 > %t.mswasm
;; RUN: not mswasm validate %t.mswasm 2>&1 | FileCheck %s --check-prefix=BIN --implicit-check-not=[
;; BIN: .mswasm: segment 0: alignment 2^4294967295 is larger than 2^16 [segment-alignment]
(module
  (segment (size 2) (align 131072))
  (segment (size 2) (align 65536))
  (segment (size 32) (align 2147483648) (reloc 0 (segment 1))))
