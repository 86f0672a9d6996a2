;; A host function's buffer is checked like an access; the report names the host function.
;; RUN: not mswasm run %s 2>&1 | FileCheck %s
;; CHECK: ==mswasm== ERROR: heap-buffer-overflow: read of size 100
;; CHECK-NEXT: read of 100 bytes at address
;; CHECK-NEXT: in host function mswasm.fd_write
;; CHECK-NEXT: through heap handle
;; CHECK-NEXT: #0 main+instr 5
;; CHECK: allocated by:
;; CHECK-NEXT: #0 main+instr 3
(module
  (import "mswasm" "fd_write" (func $fd_write (param i32 handle i32) (result i32)))
  (func $main (export "_start")
    i32.const 1
    i32.const 10
    i32.const 1
    segalloc
    i32.const 100
    call $fd_write
    drop))
