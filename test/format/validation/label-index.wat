;; label-index: a branch's label depth is out of range. The labels are the enclosing blocks,
;; innermost 0; the function body is the outermost. br, br_if, br_table targets and the
;; br_table default are all checked.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/label-index-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: label-index.wat: func 0 instr 1: br: label 2 out of range (2 enclosing labels) [label-index]
;; CHECK-NEXT: label-index.wat: func 1 instr 1: br_if: label 1 out of range (1 enclosing labels) [label-index]
;; CHECK-NEXT: label-index.wat: func 2 instr 3: br_table target 1: label 3 out of range (3 enclosing labels) [label-index]
;; CHECK-NEXT: label-index.wat: func 3 instr 1: br_table default: label 1 out of range (1 enclosing labels) [label-index]
;; OK: label-index-ok.wat: valid
(module
  (func
    block
      br 2
    end)
  (func
    i32.const 0
    br_if 1)
  (func
    block
      loop
        i32.const 0
        br_table 0 3 1
      end
    end)
  (func
    i32.const 0
    br_table 0 1))
