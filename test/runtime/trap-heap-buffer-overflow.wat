;; Engine report for a trap: a write just past the end of a 16-byte heap segment; source lines from mswasm.loc.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; RUN: not mswasm run --report=json %s 2>&1 | FileCheck %s --check-prefix=JSON
;; CHECK: ==mswasm== ERROR: heap-buffer-overflow: write of size 4
;; CHECK-NEXT: write of 4 bytes at address 0x[[ADDR:[0-9a-f]+]]
;; CHECK-NEXT: through heap handle id {{[0-9]+}}, base 0x{{[0-9a-f]+}}, bound 16, offset 0, address 0x{{[0-9a-f]+}}
;; CHECK-NEXT: #0 main t.c:12:5
;; CHECK-NEXT: 0x[[ADDR]] is 0 bytes after the 16-byte heap segment [0x{{[0-9a-f]+}}, 0x[[ADDR]]) id {{[0-9]+}}, live
;; CHECK-NEXT: allocated by:
;; CHECK-NEXT: #0 main t.c:10:3
;; CHECK: SUMMARY: mswasm: heap-buffer-overflow in main t.c:12:5
;; JSON: {"outcome":"trap","kind":"heap-buffer-overflow"{{.*}}"exit_code":134
(module
  (func $main (export "_start") (local handle)
    i32.const 16
    i32.const 8
    segalloc
    local.set 0
    local.get 0
    i32.const 42
    i32.segstore offset=16)
  (@custom "mswasm.loc" "\01\03t.c\01\00\02\00\00\0a\03\00\00\06\00\0c\05\00\00"))
