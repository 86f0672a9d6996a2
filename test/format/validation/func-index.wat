;; func-index: a function index is out of range. The function index space is the imports, then
;; the defined functions. Checked in call, func.handle, a global's func.handle initialiser, a
;; function relocation, an export and the start function.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/func-index-ok.wat | FileCheck %s --check-prefix=OK
;; Module-level errors come first (globals, segments, exports, start), then the bodies.
;; CHECK: func-index.wat: global 0: init func.handle 3 out of range (3 functions) [func-index]
;; CHECK-NEXT: func-index.wat: segment 0 reloc 1: target function 4 out of range (3 functions) [func-index]
;; CHECK-NEXT: func-index.wat: export 1 "g": function 3 out of range (3 functions) [func-index]
;; CHECK-NEXT: func-index.wat: start: function 5 out of range (3 functions) [func-index]
;; CHECK-NEXT: func-index.wat: func 1 instr 0: call: function 3 out of range (3 functions) [func-index]
;; CHECK-NEXT: func-index.wat: func 2 instr 1: func.handle: function 7 out of range (3 functions) [func-index]
;; OK: func-index-ok.wat: valid
(module
  (import "mswasm" "exit" (func (param i32)))
  (global handle func.handle 3)
  (segment (size 32) (align 16) (reloc 0 (func 2)) (reloc 16 (func 4)))
  (func (export "f")
    call 3)
  (func
    nop
    func.handle 7
    drop)
  (export "g" (func 3))
  (start 5))
