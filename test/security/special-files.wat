;; path_open opens only regular files (and reports directories with -EISDIR): a FIFO, a socket
;; or a device in a grant gives -ENXIO (-6) at once, whatever the flags, instead of blocking the
;; engine in open(2) (a FIFO with no writer) or acting on a device. `timeout 10` turns a hang
;; into a failure. Status and listing still describe such files without opening them.
;; RUN: rm -rf %t && mkdir -p %t/dir
;; RUN: mkfifo %t/dir/fifo
;; RUN: %python -c "import socket; socket.socket(socket.AF_UNIX).bind('%t/dir/sock')"
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_fifo %s 0 | FileCheck %s --check-prefix=NXIO
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_fifo %s 1 | FileCheck %s --check-prefix=NXIO
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_fifo %s 2 | FileCheck %s --check-prefix=NXIO
;; O_CREAT of an existing FIFO, O_TRUNC, and a symbolic link to the FIFO:
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_fifo %s 65 | FileCheck %s --check-prefix=NXIO
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_fifo %s 512 | FileCheck %s --check-prefix=NXIO
;; RUN: ln -s fifo %t/dir/link
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_link %s 0 | FileCheck %s --check-prefix=NXIO
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_sock %s 0 | FileCheck %s --check-prefix=NXIO
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_sock %s 2 | FileCheck %s --check-prefix=NXIO
;; NXIO: i32 -6
;; O_CREAT|O_EXCL of the FIFO: it exists (-EEXIST), nothing is opened.
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=open_fifo %s 193 | FileCheck %s --check-prefix=EXIST
;; EXIST: i32 -17
;; path_stat of the FIFO: type 010000 (4096), no open.
;; RUN: timeout 10 mswasm run --dir=%t/dir:/data --invoke=stat_fifo %s | FileCheck %s --check-prefix=TYPE
;; TYPE: i32 4096
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (segment $fifo (size 10) (align 1) (readonly) (data "/data/fifo"))
  (segment $link (size 10) (align 1) (readonly) (data "/data/link"))
  (segment $sock (size 10) (align 1) (readonly) (data "/data/sock"))
  (segment $rec (size 48) (align 16))
  (func (export "open_fifo") (param $flags i32) (result i32)
    global.segment $fifo
    i32.const 10
    local.get $flags
    i32.const 0x1a4
    call $open)
  (func (export "open_link") (param $flags i32) (result i32)
    global.segment $link
    i32.const 10
    local.get $flags
    i32.const 0x1a4
    call $open)
  (func (export "open_sock") (param $flags i32) (result i32)
    global.segment $sock
    i32.const 10
    local.get $flags
    i32.const 0x1a4
    call $open)
  (func (export "stat_fifo") (result i32)
    global.segment $fifo
    i32.const 10
    global.segment $rec
    call $stat
    drop
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload
    i32.const 0xf000
    i32.and))
