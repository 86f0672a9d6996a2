;; type-index: a type index is out of range. Reported on a function or import declaration
;; (whose body is then not checked), or at the instruction for a block type or call.handle.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/type-index-ok.wat | FileCheck %s --check-prefix=OK
;; The declarations come first (in index order), then the bodies.
;; CHECK: type-index.wat: import 0 (mswasm.exit): type index 3 out of range (1 types) [type-index]
;; CHECK-NEXT: type-index.wat: function 1: type index 1 out of range (1 types) [type-index]
;; CHECK-NEXT: type-index.wat: func 2 instr 1: if: block type index 3 out of range (1 types) [type-index]
;; CHECK-NEXT: type-index.wat: func 3 instr 1: block: block type index 1 out of range (1 types) [type-index]
;; CHECK-NEXT: type-index.wat: func 4 instr 2: call.handle: type 7 out of range (1 types) [type-index]
;; CHECK-NOT: func 5
;; OK: type-index-ok.wat: valid
(module
  (type (func))
  (import "mswasm" "exit" (func (type 3)))
  ;; Function 1: its body would be a type-mismatch, but it is not checked.
  (func (type 1) i64.const 0 i32.eqz drop)
  (func (type 0)
    i32.const 0
    if (type 3)
    end)
  (func (type 0)
    nop
    block (type 1)
    end)
  (func (type 0)
    i32.const 0
    handle.null
    call.handle 7
    drop)
  ;; Function 5 calls function 1, whose declaration is already reported: no second error.
  (func (type 0)
    call 1
    i64.const 0
    i32.eqz
    drop))
