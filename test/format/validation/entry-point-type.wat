;; entry-point-type: the function exported as "_start" (the command-mode entry point) has a type
;; other than [] -> [] or [] -> [i32]. Only the name "_start" is checked.
;; RUN: not mswasm validate %s 2>&1 | FileCheck %s --implicit-check-not=[
;; RUN: not mswasm validate %S/Inputs/entry-point-type-params.wat 2>&1 | FileCheck %s --check-prefix=PARAMS --implicit-check-not=[
;; RUN: not mswasm validate %S/Inputs/entry-point-type-import.wat 2>&1 | FileCheck %s --check-prefix=IMPORT --implicit-check-not=[
;; RUN: mswasm validate %S/Inputs/entry-point-type-ok.wat | FileCheck %s --check-prefix=OK
;; RUN: mswasm validate %S/Inputs/entry-point-type-ok-i32.wat | FileCheck %s --check-prefix=OK-I32
;; CHECK: entry-point-type.wat: export 0 "_start": function 0 has type [] -> [i64], the entry point must have type [] -> [] or [] -> [i32] [entry-point-type]
;; PARAMS: entry-point-type-params.wat: export 1 "_start": function 1 has type [i32 handle] -> [i32], the entry point must have type [] -> [] or [] -> [i32] [entry-point-type]
;; IMPORT: entry-point-type-import.wat: export 0 "_start": function 0 has type [] -> [i32 i32], the entry point must have type [] -> [] or [] -> [i32] [entry-point-type]
;; OK: entry-point-type-ok.wat: valid
;; OK-I32: entry-point-type-ok-i32.wat: valid
(module
  (func (export "_start") (result i64)
    i64.const 0))
