;; table-instruction: call_indirect. MSWasm has no tables; indirect calls are call.handle with
;; a code handle. Reported whatever its type index and operands.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/table-instruction-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: table-instruction.wat: func 0 instr 1: call_indirect is not allowed in MSWasm: there are no tables; use call.handle with a code handle [table-instruction]
;; CHECK-NEXT: table-instruction.wat: func 1 instr 1: call_indirect is not allowed in MSWasm: there are no tables; use call.handle with a code handle [table-instruction]
;; OK: table-instruction-ok.wat: valid
(module
  (type $v (func))
  (func
    i32.const 0
    call_indirect (type $v))
  ;; Type 9 does not exist, and a handle is not a table index: still table-instruction.
  (func
    handle.null
    call_indirect (type 9)))
