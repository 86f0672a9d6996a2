;; The engine's virtual devices (docs/spec.md, "Devices"), reachable with no --dir grant and
;; never opened on the host: /dev/null (reads end at once, writes are discarded), /dev/zero,
;; /dev/urandom (the random_get generator), and /dev/stdin, /dev/stdout, /dev/stderr (new
;; descriptors for the guest's 0, 1, 2). They stat as character devices (mode 020666 = 8630);
;; every other call on them, and any other /dev path, is refused.
;; RUN: mswasm run --invoke=null_rw %s | FileCheck %s --check-prefix=NULL
;; NULL: i32 5
;; RUN: mswasm run --invoke=null_read %s | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 0
;; RUN: mswasm run --invoke=fstat_mode %s | FileCheck %s --check-prefix=CHR
;; RUN: mswasm run --invoke=stat_mode %s 0 | FileCheck %s --check-prefix=CHR
;; RUN: mswasm run --invoke=stat_mode %s 1 | FileCheck %s --check-prefix=CHR
;; CHR: i32 8630
;; RUN: mswasm run --invoke=zero_read %s | FileCheck %s --check-prefix=ZERO64
;; ZERO64: i64 0
;; RUN: mswasm run --deterministic --invoke=urandom_read %s | FileCheck %s --check-prefix=EIGHT
;; EIGHT: i32 8
;; /dev/stdout writes where descriptor 1 does; /dev/stdin cannot be opened for writing.
;; RUN: mswasm run --invoke=stdout_write %s | FileCheck %s --check-prefix=STDOUT
;; STDOUT: hello
;; STDOUT: i32 5
;; RUN: mswasm run --invoke=open_flags %s 1 | FileCheck %s --check-prefix=EACCES
;; O_CREAT|O_EXCL: -EEXIST. A seek is at 0, not a terminal, truncation -EINVAL.
;; RUN: mswasm run --invoke=open_flags %s 0 | FileCheck %s --check-prefix=EEXIST
;; EEXIST: i32 -17
;; RUN: mswasm run --invoke=null_misc %s | FileCheck %s --check-prefix=MISC
;; MISC: i32 -22
;; access: read and write yes, execute no.
;; RUN: mswasm run --invoke=access %s 6 | FileCheck %s --check-prefix=ZERO
;; RUN: mswasm run --invoke=access %s 1 | FileCheck %s --check-prefix=EACCES
;; Changing them, or another /dev name: -EACCES (chmod: -EPERM).
;; RUN: mswasm run --invoke=unlink_null %s | FileCheck %s --check-prefix=EACCES
;; RUN: mswasm run --invoke=open_sda %s | FileCheck %s --check-prefix=EACCES
;; EACCES: i32 -13
;; RUN: mswasm run --invoke=chmod_null %s | FileCheck %s --check-prefix=EPERM
;; EPERM: i32 -1
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_read" (func $read (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_seek" (func $seek (param i32 i64 i32) (result i64)))
  (import "mswasm" "fd_isatty" (func $isatty (param i32) (result i32)))
  (import "mswasm" "fd_stat" (func $fstat (param i32 handle) (result i32)))
  (import "mswasm" "fd_truncate" (func $truncate (param i32 i64) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_lstat" (func $lstat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_access" (func $access (param handle i32 i32) (result i32)))
  (import "mswasm" "path_unlink" (func $unlink (param handle i32) (result i32)))
  (import "mswasm" "path_chmod" (func $chmod (param handle i32 i32) (result i32)))
  (segment $null (size 9) (align 1) (readonly) (data "/dev/null"))
  (segment $zero (size 9) (align 1) (readonly) (data "/dev/zero"))
  (segment $urandom (size 12) (align 1) (readonly) (data "/dev/urandom"))
  (segment $stdout (size 11) (align 1) (readonly) (data "/dev/stdout"))
  (segment $stdin (size 10) (align 1) (readonly) (data "/dev/stdin"))
  (segment $sda (size 8) (align 1) (readonly) (data "/dev/sda"))
  (segment $text (size 6) (align 1) (readonly) (data "hello\0a"))
  (segment $buf (size 16) (align 16))
  (segment $rec (size 48) (align 16))
  (func $mode (result i32)
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload)
  (func (export "null_rw") (result i32)
    global.segment $null
    i32.const 9
    i32.const 2
    i32.const 0
    call $open
    global.segment $text
    i32.const 5
    call $write)
  (func (export "null_read") (result i32)
    global.segment $null
    i32.const 9
    i32.const 0
    i32.const 0
    call $open
    global.segment $buf
    i32.const 16
    call $read)
  (func (export "fstat_mode") (result i32)
    global.segment $null
    i32.const 9
    i32.const 1
    i32.const 0
    call $open
    global.segment $rec
    call $fstat
    drop
    call $mode)
  (func (export "stat_mode") (param $l i32) (result i32)
    local.get $l
    if (result i32)
      global.segment $null
      i32.const 9
      global.segment $rec
      call $lstat
    else
      global.segment $null
      i32.const 9
      global.segment $rec
      call $stat
    end
    drop
    call $mode)
  (func (export "zero_read") (result i64)
    global.segment $buf
    i64.const -1
    i64.segstore
    global.segment $zero
    i32.const 9
    i32.const 0
    i32.const 0
    call $open
    global.segment $buf
    i32.const 8
    call $read
    drop
    global.segment $buf
    i64.segload)
  (func (export "urandom_read") (result i32)
    global.segment $urandom
    i32.const 12
    i32.const 0
    i32.const 0
    call $open
    global.segment $buf
    i32.const 8
    call $read)
  (func (export "stdout_write") (result i32)
    global.segment $stdout
    i32.const 11
    i32.const 1
    i32.const 0
    call $open
    global.segment $text
    i32.const 6
    call $write
    drop
    i32.const 5)
  ;; 1: /dev/stdin for writing; 0: /dev/null with O_WRONLY|O_CREAT|O_EXCL
  (func (export "open_flags") (param $w i32) (result i32)
    local.get $w
    if (result i32)
      global.segment $stdin
      i32.const 10
      i32.const 1
      i32.const 0
      call $open
    else
      global.segment $null
      i32.const 9
      i32.const 0xc1
      i32.const 0x1a4
      call $open
    end)
  ;; seek 0 and not a tty (else -100), then fd_truncate's -EINVAL
  (func (export "null_misc") (result i32) (local $fd i32)
    global.segment $null
    i32.const 9
    i32.const 2
    i32.const 0
    call $open
    local.set $fd
    local.get $fd
    i64.const 10
    i32.const 0
    call $seek
    i64.const 0
    i64.ne
    local.get $fd
    call $isatty
    i32.or
    if
      i32.const -100
      return
    end
    local.get $fd
    i64.const 0
    call $truncate)
  (func (export "access") (param $m i32) (result i32)
    global.segment $null
    i32.const 9
    local.get $m
    call $access)
  (func (export "unlink_null") (result i32)
    global.segment $null
    i32.const 9
    call $unlink)
  (func (export "open_sda") (result i32)
    global.segment $sda
    i32.const 8
    i32.const 0
    i32.const 0
    call $open)
  (func (export "chmod_null") (result i32)
    global.segment $null
    i32.const 9
    i32.const 0x1ff
    call $chmod))
