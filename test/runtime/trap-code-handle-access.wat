;; Engine report for a trap: a data read through a function's code handle.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: code-handle-access: read of size 4
;; CHECK: through code handle
;; JSON: {"outcome":"trap","kind":"code-handle-access"{{.*}}"exit_code":134
(module
  (func $f)
  (func $main (export "_start")
    func.handle $f
    i32.segload
    drop))
