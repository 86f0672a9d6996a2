;; Host exit ends the program at once with its code; output written before it is kept.
;; RUN: not mswasm run --report=json %s > %t.out 2> %t.err
;; RUN: FileCheck %s --check-prefix=OUT < %t.out
;; RUN: FileCheck %s --check-prefix=ERR < %t.err
;; OUT: bye
;; ERR: {"outcome":"exit","code":42}
(module
  (import "mswasm" "fd_write" (func $fd_write (param i32 handle i32) (result i32)))
  (import "mswasm" "exit" (func $exit (param i32)))
  (segment $msg (size 4) (align 1) (readonly) (data "bye\0a"))
  (func $start (export "_start")
    i32.const 1
    global.segment $msg
    i32.const 4
    call $fd_write
    drop
    i32.const 42
    call $exit
    unreachable))
