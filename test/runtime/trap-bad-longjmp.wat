;; Engine report for a trap: jmp.long on a buffer that holds no jump handle.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: bad-longjmp: jmp.long through buffer at 0x{{[0-9a-f]+}}
;; JSON: {"outcome":"trap","kind":"bad-longjmp"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    i32.const 16
    i32.const 16
    segalloc
    i32.const 1
    jmp.long))
