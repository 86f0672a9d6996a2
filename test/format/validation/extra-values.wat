;; extra-values: a block or the function ends with values left beyond its results (also at else,
;; for the then-branch).
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/extra-values-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: extra-values.wat: func 0 instr 1: end of function: 1 value(s) left on the stack beyond the function's results [] [extra-values]
;; CHECK-NEXT: extra-values.wat: func 1 instr 4: end of block: 2 value(s) left on the stack beyond the block's results [i32] [extra-values]
;; CHECK-NEXT: extra-values.wat: func 2 instr 4: end of if's then-branch: 1 value(s) left on the stack beyond the if's results [] [extra-values]
;; CHECK-NEXT: extra-values.wat: func 3 instr 3: end of loop: 1 value(s) left on the stack beyond the loop's results [] [extra-values]
;; CHECK-NEXT: extra-values.wat: func 4 instr 2: end of function: 1 value(s) left on the stack beyond the function's results [handle] [extra-values]
;; OK: extra-values-ok.wat: valid
(module
  (func
    i32.const 1)
  (func
    block (result i32)
      handle.null
      i64.const 2
      i32.const 3
    end
    drop)
  (func
    i32.const 0
    if
      nop
      handle.null
    else
    end)
  (func
    loop
      nop
      f32.const 1
    end)
  (func (result handle)
    handle.null
    handle.null))
