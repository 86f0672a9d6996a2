;; Engine report for a trap: segfree twice.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: double-free: free of heap handle at address 0x{{[0-9a-f]+}}
;; CHECK: #0 main+instr 6
;; CHECK: freed by:
;; CHECK-NEXT: #0 main+instr 4
;; JSON: {"outcome":"trap","kind":"double-free"{{.*}}"exit_code":134
(module
  (func $main (export "_start") (local handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee 0
    segfree
    local.get 0
    segfree))
