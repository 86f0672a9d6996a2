;; start-type: the start function's type is not [] -> [] (no params, no results). The start
;; function may be an import.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: not mswasm validate %S/Inputs/start-type-results.wat 2>&1 | FileCheck %s --check-prefix=RESULTS --implicit-check-not=[
;; RUN: not mswasm validate %S/Inputs/start-type-import.wat 2>&1 | FileCheck %s --check-prefix=IMPORT --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/start-type-ok.wat | FileCheck %s --check-prefix=OK
;; CHECK: start-type.wat: start: function 0 has type [i32] -> [], must be [] -> [] [start-type]
;; RESULTS: start-type-results.wat: start: function 1 has type [] -> [handle], must be [] -> [] [start-type]
;; IMPORT: start-type-import.wat: start: function 0 has type [i32 i64] -> [f64], must be [] -> [] [start-type]
;; OK: start-type-ok.wat: valid
(module
  (func (param i32))
  (start 0))
