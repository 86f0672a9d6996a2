;; local-index: a local index is out of range. Locals are the params, then the declared
;; locals; local.get, local.set and local.tee are all checked.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/local-index-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: local-index.wat: func 0 instr 0: local.get: local 2 out of range (2 locals, params included) [local-index]
;; CHECK-NEXT: local-index.wat: func 1 instr 1: local.set: local 1 out of range (1 locals, params included) [local-index]
;; CHECK-NEXT: local-index.wat: func 2 instr 1: local.tee: local 0 out of range (0 locals, params included) [local-index]
;; OK: local-index-ok.wat: valid
(module
  (func (param i32) (local handle)
    local.get 2
    drop)
  (func (local i64)
    i64.const 1
    local.set 1)
  (func
    i32.const 1
    local.tee 0
    drop))
