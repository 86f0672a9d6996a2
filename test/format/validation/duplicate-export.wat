;; duplicate-export: two exports have the same name (inline (export "n") on a func counts too,
;; in field order). Each later duplicate names the first export with that name.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/duplicate-export-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: duplicate-export.wat: export 1 "a": name already exported by export 0 [duplicate-export]
;; CHECK-NEXT: duplicate-export.wat: export 3 "main": name already exported by export 2 [duplicate-export]
;; CHECK-NEXT: duplicate-export.wat: export 4 "a": name already exported by export 0 [duplicate-export]
;; OK: duplicate-export-ok.wat: valid
(module
  (func (export "a"))
  (func (export "a") (export "main"))
  (export "main" (func 0))
  (export "a" (func 1))
  ;; Names are compared exactly: these differ.
  (export "A" (func 0))
  (export "a " (func 0)))
