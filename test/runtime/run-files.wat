;; Files under a --dir grant: create and write a file, reopen and read it back; a path outside
;; every grant gives -EACCES (13), a climb out with .. too.
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: mswasm run --dir=%t:/data --invoke=roundtrip %s | FileCheck %s
;; RUN: cat %t/out.txt | FileCheck %s --check-prefix=FILE
;; RUN: mswasm run --dir=%t:/data --invoke=outside %s | FileCheck %s --check-prefix=DENIED
;; RUN: mswasm run --dir=%t:/data --invoke=climb %s | FileCheck %s --check-prefix=DENIED
;; CHECK: i32 5
;; FILE: hello
;; DENIED: i32 -13
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_read" (func $read (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_close" (func $close (param i32) (result i32)))
  (segment $path (size 14) (align 1) (readonly) (data "/data/out.txt"))
  (segment $etc (size 11) (align 1) (readonly) (data "/etc/passwd"))
  (segment $up (size 16) (align 1) (readonly) (data "/data/../passwd"))
  (segment $text (size 6) (align 1) (readonly) (data "hello\0a"))
  (func (export "roundtrip") (result i32) (local $fd i32) (local $buf handle)
    global.segment $path
    i32.const 13
    i32.const 0x241   ;; O_WRONLY | O_CREAT | O_TRUNC
    i32.const 0x1a4   ;; 0644
    call $open
    local.tee $fd
    global.segment $text
    i32.const 6
    call $write
    drop
    local.get $fd
    call $close
    drop
    global.segment $path
    i32.const 13
    i32.const 0
    i32.const 0
    call $open
    local.set $fd
    i32.const 64
    i32.const 1
    segalloc
    local.set $buf
    local.get $fd
    local.get $buf
    i32.const 5
    call $read)
  (func (export "outside") (result i32)
    global.segment $etc
    i32.const 11
    i32.const 0
    i32.const 0
    call $open)
  (func (export "climb") (result i32)
    global.segment $up
    i32.const 15
    i32.const 0
    i32.const 0
    call $open))
