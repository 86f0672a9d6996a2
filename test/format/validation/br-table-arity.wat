;; br-table-arity: br_table's targets and default name labels of different arities. A loop's
;; label carries its params, any other block's its results, the function body its results.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/br-table-arity-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: br-table-arity.wat: func 0 instr 4: br_table target 0 (label 0) has arity 0 [], the default (label 1) has 1 [i32] [br-table-arity]
;; CHECK-NEXT: br-table-arity.wat: func 1 instr 3: br_table target 1 (label 1) has arity 2 [i32 i64], the default (label 0) has 1 [i32] [br-table-arity]
;; CHECK-NEXT: br-table-arity.wat: func 2 instr 3: br_table target 0 (label 0) has arity 1 [handle], the default (label 1) has 0 [] [br-table-arity]
;; OK: br-table-arity-ok.wat: valid
(module
  (type $i32_to_i32_i64 (func (param i32) (result i32 i64)))
  (func
    block (result i32)
      block
        i32.const 7
        i32.const 0
        br_table 0 1
      end
      i32.const 0
    end
    drop)
  ;; The loop's label has its params [i32], not its results [i32 i64].
  (func (result i32 i64)
    i32.const 1
    loop (type $i32_to_i32_i64)
      i32.const 0
      br_table 0 1 0
    end)
  ;; The function body's label (depth 1 here) has the function's results [].
  (func (param handle)
    local.get 0
    loop (param handle)
      i32.const 0
      br_table 0 1
    end))
