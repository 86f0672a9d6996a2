;; The exit code of `mswasm run` is _start's i32 result; --report=json states the outcome.
;; RUN: not mswasm run %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s
;; CHECK: {"outcome":"return","code":7}
(module
  (func $start (export "_start") (result i32)
    i32.const 7))
