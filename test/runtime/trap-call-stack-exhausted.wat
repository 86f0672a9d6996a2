;; Engine report for a trap: unbounded recursion with --max-call-depth.
;; RUN: not mswasm run --max-call-depth=100 %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --max-call-depth=100 --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: call-stack-exhausted: call depth over 100
;; JSON: {"outcome":"trap","kind":"call-stack-exhausted"{{.*}}"exit_code":136
(module
  (func $recurse (export "_start") call $recurse))
