;; Engine report for a trap: call.handle with the wrong signature; the report names both.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: signature-mismatch: call of callee of type (i32) -> (i32) through type () -> ()
;; JSON: {"outcome":"trap","kind":"signature-mismatch"{{.*}}"exit_code":134
(module
  (type $v (func))
  (type $ii (func (param i32) (result i32)))
  (func $callee (type $ii) local.get 0)
  (func $main (export "_start")
    func.handle $callee
    call.handle (type $v)))
