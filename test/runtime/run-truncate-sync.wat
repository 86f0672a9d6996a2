;; fd_truncate and fd_sync: shrinking and growing a file through a descriptor open for writing
;; (-EINVAL for one open read-only or a negative size, -EBADF for an unknown descriptor) and
;; asking the host to write a file to disk.
;; RUN: rm -rf %t && mkdir -p %t && printf 'hello world\n' > %t/f
;; Shrink to 5 bytes: the record's size, and the file on the host.
;; RUN: mswasm run --dir=%t:/data --invoke=truncate %s 2 5 | FileCheck %s --check-prefix=FIVE
;; FIVE: i64 5
;; RUN: FileCheck %s --check-prefix=HELLO --match-full-lines < %t/f
;; HELLO: hello
;; Grow to 4096 bytes (zeros), then back to empty, through O_WRONLY.
;; RUN: mswasm run --dir=%t:/data --invoke=truncate %s 1 4096 | FileCheck %s --check-prefix=GROW
;; GROW: i64 4096
;; RUN: mswasm run --dir=%t:/data --invoke=truncate %s 1 0 | FileCheck %s --check-prefix=EMPTY
;; EMPTY: i64 0
;; Read-only descriptor, negative size: -EINVAL (as Linux); nothing changes.
;; RUN: printf 'abc' > %t/f
;; RUN: mswasm run --dir=%t:/data --invoke=truncate %s 0 1 | FileCheck %s --check-prefix=EINVAL
;; RUN: mswasm run --dir=%t:/data --invoke=truncate %s 2 -1 | FileCheck %s --check-prefix=EINVAL
;; EINVAL: i64 -22
;; RUN: FileCheck %s --check-prefix=ABC < %t/f
;; ABC: abc
;; RUN: mswasm run --invoke=truncate_fd %s 99 | FileCheck %s --check-prefix=BADF32
;; BADF32: i32 -9
;; fd_sync of a file open for writing or reading, and of an unknown descriptor.
;; RUN: mswasm run --dir=%t:/data --invoke=sync %s 1 | FileCheck %s --check-prefix=ZERO
;; RUN: mswasm run --dir=%t:/data --invoke=sync %s 0 | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 0
;; RUN: mswasm run --invoke=sync_fd %s 99 | FileCheck %s --check-prefix=BADF32
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_stat" (func $fstat (param i32 handle) (result i32)))
  (import "mswasm" "fd_truncate" (func $truncate (param i32 i64) (result i32)))
  (import "mswasm" "fd_sync" (func $sync (param i32) (result i32)))
  (segment $f (size 7) (align 1) (readonly) (data "/data/f"))
  (segment $rec (size 48) (align 16))
  ;; opens /data/f with flags, truncates it to size: the size fstat then reports, or the error
  (func (export "truncate") (param $flags i32) (param $size i64) (result i64) (local $fd i32) (local $r i32)
    global.segment $f
    i32.const 7
    local.get $flags
    i32.const 0
    call $open
    local.set $fd
    local.get $fd
    local.get $size
    call $truncate
    local.tee $r
    if
      local.get $r
      i64.extend_i32_s
      return
    end
    local.get $fd
    global.segment $rec
    call $fstat
    drop
    global.segment $rec
    i64.segload)
  (func (export "truncate_fd") (param $fd i32) (result i32)
    local.get $fd
    i64.const 0
    call $truncate)
  (func (export "sync") (param $flags i32) (result i32)
    global.segment $f
    i32.const 7
    local.get $flags
    i32.const 0
    call $open
    call $sync)
  (func (export "sync_fd") (param $fd i32) (result i32)
    local.get $fd
    call $sync))
