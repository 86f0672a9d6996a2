;; Engine report for a trap: a read through a handle after segfree, with allocation and free stacks.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: use-after-free: read of size 1
;; CHECK: #0 main+instr 4
;; CHECK: is 3 bytes inside the 32-byte heap segment {{.*}}, freed
;; CHECK-NEXT: allocated by:
;; CHECK-NEXT: #0 make+instr 2
;; CHECK-NEXT: #1 main+instr 0
;; CHECK-NEXT: freed by:
;; CHECK-NEXT: #0 release+instr 1
;; CHECK-NEXT: #1 main+instr 2
;; JSON: {"outcome":"trap","kind":"use-after-free"{{.*}}"exit_code":134
(module
  (func $release (param handle) local.get 0 segfree)
  (func $make (result handle) i32.const 32 i32.const 16 segalloc)
  (func $main (export "_start") (local handle)
    call $make
    local.tee 0
    call $release
    local.get 0
    i32.segload8_u offset=3
    drop))
