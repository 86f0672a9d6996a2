;; When the native compiler fails, --tier=auto still runs the module, on the interpreter, and says
;; why on stderr; --tier=native stops with the error. (MSWASM_NATIVE names the compiler program.)
;; RUN: env MSWASM_NATIVE=/bin/false mswasm run --tier=auto --no-cache --invoke=one %s 2>%t.err | FileCheck %s
;; CHECK: i32 1
;; RUN: FileCheck %s --check-prefix=WARN < %t.err
;; WARN: mswasm run: warning: {{.*}}compiler-failure.wat: the native tier failed to compile '{{.*}}compiler-failure.wat'; running it on the interpreter
;; RUN: env MSWASM_NATIVE=/bin/false not mswasm run --tier=native --no-cache --invoke=one %s 2>&1 | FileCheck %s --check-prefix=ERR
;; ERR: mswasm run: error: {{.*}}compiler-failure.wat: the native tier failed to compile
(module
  (func (export "one") (result i32)
    i32.const 1))
