;; mswasm compile writes native code ahead of time; the runtime loads it only for the module and
;; the code-changing options it was made for, and says which check failed otherwise.
;; REQUIRES: native-tier
;; RUN: rm -f %t.so %t.other.so
;; RUN: mswasm compile %s -o %t.so
;; RUN: mswasm run --native-code=%t.so --invoke=twice %s 21 | FileCheck %s --check-prefix=RESULT
;; RESULT: i32 42
;; RUN: mswasm compile %S/Inputs/other.wat -o %t.other.so
;; RUN: not mswasm run --native-code=%t.other.so --invoke=twice %s 21 2>&1 | FileCheck %s --check-prefix=OTHER
;; OTHER: error: {{.*}}native code '{{.*}}.other.so' was made from a different module
;; RUN: not mswasm run --native-code=%t.so --strict-tags --invoke=twice %s 21 2>&1 | FileCheck %s --check-prefix=OPTS
;; OPTS: error: {{.*}}was made for other options (without --timeout, without --strict-tags)
;; RUN: echo "not a shared object" > %t.bad.so
;; RUN: not mswasm run --native-code=%t.bad.so --invoke=twice %s 21 2>&1 | FileCheck %s --check-prefix=BAD
;; BAD: error: {{.*}}cannot load native code '{{.*}}.bad.so'
;; RUN: not mswasm compile %s 2>&1 | FileCheck %s --check-prefix=USAGE
;; USAGE: mswasm-native: error: a module and -o OUT.so are required
;; RUN: not mswasm compile %t.missing.wat -o %t.x.so 2>&1 | FileCheck %s --check-prefix=MISSING
;; MISSING: mswasm-native: error: cannot read '{{.*}}missing.wat'
(module
  (func (export "twice") (param i32) (result i32)
    local.get 0
    i32.const 2
    i32.mul))
