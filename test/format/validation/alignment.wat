;; alignment: a memarg's alignment is larger than the access size (alignlog2 > log2(bytes));
;; 16 bytes for handle.segload and handle.segstore.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/alignment-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: alignment.wat: func 0 instr 1: i32.segload: alignment 2^3 is larger than the access size 4 (at most 2^2) [alignment]
;; CHECK-NEXT: alignment.wat: func 1 instr 2: i32.segstore8: alignment 2^1 is larger than the access size 1 (at most 2^0) [alignment]
;; CHECK-NEXT: alignment.wat: func 2 instr 1: handle.segload: alignment 2^5 is larger than the access size 16 (at most 2^4) [alignment]
;; CHECK-NEXT: alignment.wat: func 3 instr 2: i64.segstore32: alignment 2^3 is larger than the access size 4 (at most 2^2) [alignment]
;; OK: alignment-ok.wat: valid
;; The binary stores alignlog2 as a u32: values the text format cannot write (a shift of 40, and
;; 0xffffffff) must not wrap. Type 0 is [] -> []; bodies:
;;   0: handle.null i32.segload alignlog2=40 offset=0 drop
;;   1: handle.null handle.null handle.segstore alignlog2=0xffffffff offset=0
;;   2: handle.null i64.segload8_u alignlog2=1 offset=0 drop
;; RUN: %python %S/Inputs/mkbin.py 1:01_60_00_00 3:03_00_00_00 10:03[00_fa_30_fa_00_28_00_1a_0b][00_fa_30_fa_30_fa_19_ff_ff_ff_ff_0f_00_0b][00_fa_30_fa_09_01_00_1a_0b] > %t.mswasm
;; RUN: not mswasm validate %t.mswasm 2>&1 | FileCheck %s --check-prefix=BIN --implicit-check-not=[
;; BIN: .mswasm: func 0 instr 1: i32.segload: alignment 2^40 is larger than the access size 4 (at most 2^2) [alignment]
;; BIN-NEXT: .mswasm: func 1 instr 2: handle.segstore: alignment 2^4294967295 is larger than the access size 16 (at most 2^4) [alignment]
;; BIN-NEXT: .mswasm: func 2 instr 1: i64.segload8_u: alignment 2^1 is larger than the access size 1 (at most 2^0) [alignment]
(module
  (func
    handle.null
    i32.segload align=8
    drop)
  (func
    handle.null
    i32.const 0
    i32.segstore8 offset=3 align=2)
  (func
    handle.null
    handle.segload align=32
    drop)
  (func
    handle.null
    i64.const 0
    i64.segstore32 align=8))
