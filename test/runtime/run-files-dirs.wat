;; Directories, status, access, descriptor duplication and sleeping under a --dir grant:
;; path_mkdir then path_stat of the new directory (mode type 040000), fd_stat of a file after
;; writing 5 bytes (size 5, type 0100000), path_access, path_rmdir of a non-empty then empty
;; directory, fd_dup and its errors, clock_sleep, and the -EACCES of paths outside the grant.
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: mswasm run --dir=%t:/data --invoke=mkdir_stat %s | FileCheck %s --check-prefix=MKDIR
;; MKDIR: i32 16384
;; RUN: test -d %t/d
;; RUN: mswasm run --dir=%t:/data --invoke=mkdir_stat %s | FileCheck %s --check-prefix=EXIST
;; EXIST: i32 -17
;; RUN: mswasm run --dir=%t:/data --invoke=fstat_size %s | FileCheck %s --check-prefix=SIZE
;; SIZE: i64 5
;; RUN: mswasm run --dir=%t:/data --invoke=fstat_type %s | FileCheck %s --check-prefix=TYPE
;; TYPE: i32 32768
;; RUN: mswasm run --dir=%t:/data --invoke=stat_missing %s | FileCheck %s --check-prefix=NOENT
;; NOENT: i32 -2
;; RUN: mswasm run --dir=%t:/data --invoke=access_ok %s | FileCheck %s --check-prefix=ZERO
;; RUN: mswasm run --dir=%t:/data --invoke=access_bad_mode %s | FileCheck %s --check-prefix=EINVAL
;; EINVAL: i32 -22
;; RUN: mswasm run --dir=%t:/data --invoke=rmdir_nonempty %s | FileCheck %s --check-prefix=NOTEMPTY
;; NOTEMPTY: i32 -39
;; RUN: mswasm run --dir=%t:/data --invoke=rmdir_file %s | FileCheck %s --check-prefix=NOTDIR
;; NOTDIR: i32 -20
;; RUN: rm %t/d/f
;; RUN: mswasm run --dir=%t:/data --invoke=rmdir_empty %s | FileCheck %s --check-prefix=ZERO
;; RUN: not test -d %t/d
;; RUN: mswasm run --dir=%t:/data --invoke=outside %s | FileCheck %s --check-prefix=DENIED
;; DENIED: i32 -13
;; RUN: mswasm run --dir=%t:/data --invoke=dup_lowest %s | FileCheck %s --check-prefix=DUP
;; DUP: i32 3
;; RUN: mswasm run --dir=%t:/data --invoke=dup_reads %s | FileCheck %s --check-prefix=DUPREAD
;; DUPREAD: i32 104
;; RUN: mswasm run --dir=%t:/data --invoke=dup_bad %s | FileCheck %s --check-prefix=BADF
;; BADF: i32 -9
;; RUN: mswasm run --dir=%t:/data --invoke=dup_too_high %s | FileCheck %s --check-prefix=BADF
;; RUN: mswasm run --invoke=sleep %s | FileCheck %s --check-prefix=ZERO
;; RUN: mswasm run --deterministic --invoke=sleep_long %s | FileCheck %s --check-prefix=ZERO
;; RUN: mswasm run --invoke=sleep_negative %s | FileCheck %s --check-prefix=EINVAL
;; RUN: not mswasm run --timeout=0.2 --invoke=sleep_long %s 2>&1 | FileCheck %s --check-prefix=TIMEOUT
;; TIMEOUT: timeout
;; ZERO: i32 0
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_read" (func $read (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_stat" (func $fstat (param i32 handle) (result i32)))
  (import "mswasm" "fd_dup" (func $dup (param i32 i32) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_access" (func $access (param handle i32 i32) (result i32)))
  (import "mswasm" "path_mkdir" (func $mkdir (param handle i32 i32) (result i32)))
  (import "mswasm" "path_rmdir" (func $rmdir (param handle i32) (result i32)))
  (import "mswasm" "clock_sleep" (func $sleep (param i64) (result i32)))
  (segment $dir (size 7) (align 1) (readonly) (data "/data/d"))
  (segment $file (size 9) (align 1) (readonly) (data "/data/d/f"))
  (segment $top (size 10) (align 1) (readonly) (data "/data/top"))
  (segment $missing (size 10) (align 1) (readonly) (data "/data/nope"))
  (segment $etc (size 4) (align 1) (readonly) (data "/etc"))
  (segment $text (size 5) (align 1) (readonly) (data "hello"))
  (segment $rec (size 48) (align 16))
  ;; mkdir /data/d, then the mode of its status record (type bits only)
  (func (export "mkdir_stat") (result i32) (local $r i32)
    global.segment $dir
    i32.const 7
    i32.const 0x1ed ;; 0755
    call $mkdir
    local.tee $r
    if
      local.get $r
      return
    end
    global.segment $dir
    i32.const 7
    global.segment $rec
    call $stat
    drop
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload
    i32.const 0xf000
    i32.and)
  ;; creates /data/top with 5 bytes, returns the descriptor
  (func $make (result i32) (local $fd i32)
    global.segment $top
    i32.const 9
    i32.const 0x242 ;; O_RDWR | O_CREAT | O_TRUNC
    i32.const 0x1a4
    call $open
    local.tee $fd
    global.segment $text
    i32.const 5
    call $write
    drop
    local.get $fd)
  (func (export "fstat_size") (result i64)
    call $make
    global.segment $rec
    call $fstat
    drop
    global.segment $rec
    i64.segload)
  (func (export "fstat_type") (result i32)
    call $make
    global.segment $rec
    call $fstat
    drop
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload
    i32.const 0xf000
    i32.and)
  (func (export "stat_missing") (result i32)
    global.segment $missing
    i32.const 10
    global.segment $rec
    call $stat)
  (func (export "access_ok") (result i32)
    call $make
    drop
    global.segment $top
    i32.const 9
    i32.const 6 ;; R_OK | W_OK
    call $access)
  (func (export "access_bad_mode") (result i32)
    global.segment $top
    i32.const 9
    i32.const 8
    call $access)
  ;; creates /data/d/f, then rmdir /data/d
  (func (export "rmdir_nonempty") (result i32)
    global.segment $file
    i32.const 9
    i32.const 0x41
    i32.const 0x1a4
    call $open
    drop
    global.segment $dir
    i32.const 7
    call $rmdir)
  (func (export "rmdir_file") (result i32)
    global.segment $file
    i32.const 9
    call $rmdir)
  ;; /data/d/f was removed by a RUN line: rmdir of the empty directory
  (func (export "rmdir_empty") (result i32)
    global.segment $file
    i32.const 9
    global.segment $rec
    call $stat
    i32.eqz
    if
      unreachable
    end
    global.segment $dir
    i32.const 7
    call $rmdir)
  (func (export "outside") (result i32)
    global.segment $etc
    i32.const 4
    global.segment $rec
    call $stat)
  (func (export "dup_lowest") (result i32)
    i32.const 1
    i32.const -1
    call $dup)
  ;; dup of a file descriptor shares its position: read one byte through the copy
  (func (export "dup_reads") (result i32) (local $fd i32)
    call $make
    local.set $fd
    local.get $fd
    i32.const 7
    call $dup
    i32.const 7
    i32.ne
    if
      unreachable
    end
    ;; dup onto 7 again (closing the first copy): a new read-only descriptor of the file
    global.segment $top
    i32.const 9
    i32.const 0
    i32.const 0
    call $open
    i32.const 7
    call $dup
    drop
    i32.const 7
    global.segment $rec
    i32.const 1
    call $read
    drop
    global.segment $rec
    i32.segload8_u)
  (func (export "dup_bad") (result i32)
    i32.const 99
    i32.const -1
    call $dup)
  (func (export "dup_too_high") (result i32)
    i32.const 1
    i32.const 1024
    call $dup)
  (func (export "sleep") (result i32)
    i64.const 1000000
    call $sleep)
  (func (export "sleep_long") (result i32)
    i64.const 5000000000
    call $sleep)
  (func (export "sleep_negative") (result i32)
    i64.const -1
    call $sleep))
