;; stack-alloc-alignment: stack.alloc's alignment is larger than 2^16 (64 KiB).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/stack-alloc-alignment-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: stack-alloc-alignment.wat: func 0 instr 1: stack.alloc: alignment 2^17 is larger than 2^16 [stack-alloc-alignment]
;; CHECK-NEXT: stack-alloc-alignment.wat: func 1 instr 2: stack.alloc: alignment 2^31 is larger than 2^16 [stack-alloc-alignment]
;; OK: stack-alloc-alignment-ok.wat: valid
;; The binary stores alignlog2 as a u32: 0xffffffff must not wrap. Type 0 is [] -> []; body:
;;   i32.const 16 stack.alloc alignlog2=0xffffffff drop
;; RUN: %python %S/Inputs/mkbin.py 1:01_60_00_00 3:01_00 10:01[00_41_10_fa_22_ff_ff_ff_ff_0f_1a_0b] > %t.mswasm
;; RUN: not mswasm validate %t.mswasm 2>&1 | FileCheck %s --check-prefix=BIN --implicit-check-not=[
;; BIN: .mswasm: func 0 instr 1: stack.alloc: alignment 2^4294967295 is larger than 2^16 [stack-alloc-alignment]
(module
  (func
    i32.const 16
    stack.alloc align=131072
    drop)
  (func
    nop
    i32.const 16
    stack.alloc align=2147483648
    stack.free))
