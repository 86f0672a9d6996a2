;; Engine report for a trap: a load through a handle made from an integer.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: pointer-built-from-data: read of size 4
;; CHECK: through invalid handle (from-int) address 0x10010
;; CHECK: note: access through a handle made from an integer (handle.from_int)
;; CHECK-NEXT: note: the handle was made without authority by handle.from_int at main+instr 1
;; JSON: {"outcome":"trap","kind":"pointer-built-from-data"{{.*}}"exit_code":134
(module
  (func $main (export "_start")
    i32.const 0x10010
    handle.from_int
    i32.segload
    drop))
