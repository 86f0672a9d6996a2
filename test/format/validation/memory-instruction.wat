;; memory-instruction: a linear-memory instruction (loads and stores 0x28-0x3E, memory.size,
;; memory.grow, memory.init, data.drop, memory.copy, memory.fill). MSWasm has no linear memory;
;; the message names the MSWasm replacement. Checked before the operands' types.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/memory-instruction-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: memory-instruction.wat: func 0 instr 1: i32.load is not allowed in MSWasm: there is no linear memory; use i32.segload with a handle [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 1 instr 1: memory.grow is not allowed in MSWasm: there is no linear memory; allocate segments with segalloc [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 2 instr 2: i64.store32 is not allowed in MSWasm: there is no linear memory; use i64.segstore32 with a handle [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 3 instr 1: f64.load is not allowed in MSWasm: there is no linear memory; use f64.segload with a handle [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 4 instr 0: memory.size is not allowed in MSWasm: there is no linear memory; allocate segments with segalloc [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 5 instr 3: memory.copy is not allowed in MSWasm: there is no linear memory; use segment.copy with handles [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 6 instr 3: memory.fill is not allowed in MSWasm: there is no linear memory; use segment.fill with a handle [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 7 instr 3: memory.init is not allowed in MSWasm: there is no linear memory; initialised data lives in global segments: use global.segment [memory-instruction]
;; CHECK-NEXT: memory-instruction.wat: func 8 instr 0: data.drop is not allowed in MSWasm: there is no linear memory; initialised data lives in global segments: use global.segment [memory-instruction]
;; OK: memory-instruction-ok.wat: valid
(module
  (func
    i32.const 0
    i32.load
    drop)
  (func
    i32.const 1
    memory.grow
    drop)
  (func
    i32.const 0
    i64.const 0
    i64.store32 offset=8 align=4)
  ;; A handle operand does not help: the instruction itself is not allowed.
  (func
    handle.null
    f64.load
    drop)
  (func
    memory.size
    drop)
  (func
    i32.const 0
    i32.const 0
    i32.const 0
    memory.copy)
  (func
    i32.const 0
    i32.const 0
    i32.const 0
    memory.fill)
  (func
    i32.const 0
    i32.const 0
    i32.const 0
    memory.init 0)
  (func
    data.drop 0))
