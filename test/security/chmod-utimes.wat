;; path_chmod/fd_chmod and path_utimes/fd_utimes (docs/spec.md, "Modes and times"): a guest
;; sets any permission bits (mode & 0777, never set-user-ID, set-group-ID or sticky, umask not
;; applied) and the times of files beneath a read-write grant; under a read-only grant both are
;; -EROFS and nothing changes; the operator's descriptors are -EPERM; a symbolic link out of
;; the grant is never followed (-EACCES), though path_utimes may change the link itself.
;; RUN: rm -rf %t && mkdir -p %t/rw %t/ro && echo x > %t/rw/f && echo y > %t/ro/g
;; RUN: chmod 0600 %t/rw/f %t/ro/g && echo secret > %t/outside && chmod 0600 %t/outside
;; RUN: ln -s %t/outside %t/rw/out && ln -s ../outside %t/rw/up
;; 07777 keeps 0777 (511), whatever the umask; 0640 (416) back.
;; RUN: sh -c 'umask 077 && mswasm run --dir=%t/rw:/data --invoke=chmod_f %s 4095' | FileCheck %s --check-prefix=ALL
;; ALL: i32 511
;; RUN: mswasm run --dir=%t/rw:/data --invoke=chmod_f %s 416 | FileCheck %s --check-prefix=M640
;; M640: i32 416
;; Set-user-ID with set-group-ID: 06755 -> 0755 (493), through a descriptor open for reading.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=fchmod_f %s 0 3565 | FileCheck %s --check-prefix=M755
;; M755: i32 493
;; RUN: stat -c %%a %t/rw/f | FileCheck %s --check-prefix=HOST755
;; HOST755: {{^}}755
;; The operator's standard output is not the guest's file: -EPERM.
;; RUN: mswasm run --invoke=fchmod_fd %s 1 511 | FileCheck %s --check-prefix=EPERM
;; EPERM: i32 -1
;; Read-only grant: -EROFS by path and by descriptor; the mode stays 0600.
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=chmod_g %s 511 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=fchmod_g %s 511 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=utimes_g %s | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=futimes_g %s | FileCheck %s --check-prefix=EROFS
;; EROFS: i32 -30
;; RUN: stat -c %%a %t/ro/g | FileCheck %s --check-prefix=HOST600
;; Links out of the grant (absolute, or climbing with ..) are not followed: -EACCES, and the
;; file outside keeps its mode and times.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=chmod_link %s 0 | FileCheck %s --check-prefix=EACCES
;; RUN: mswasm run --dir=%t/rw:/data --invoke=chmod_link %s 1 | FileCheck %s --check-prefix=EACCES
;; RUN: mswasm run --dir=%t/rw:/data --invoke=utimes_link %s 0 | FileCheck %s --check-prefix=EACCES
;; EACCES: i32 -13
;; RUN: stat -c %%a %t/outside | FileCheck %s --check-prefix=HOST600
;; HOST600: {{^}}600
;; With the no-follow flag the link itself gets the times (1000 s).
;; RUN: mswasm run --dir=%t/rw:/data --invoke=utimes_link %s 1 | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 0
;; RUN: stat -c %%Y %t/rw/out | FileCheck %s --check-prefix=LINK1000
;; LINK1000: {{^}}1000{{$}}
;; RUN: stat -c %%Y %t/outside > %t/outside.mtime && not grep -qx 1000 %t/outside.mtime
;; Times: access 1000 s, modification 2000 s; then the access time now with the modification
;; time omitted (it stays 2000 s); then by descriptor 3000.5 s.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=utimes_f %s 1000000000000 2000000000000 | FileCheck %s --check-prefix=T2000
;; T2000: i64 2000000000000
;; RUN: stat -c '%%X %%Y' %t/rw/f | FileCheck %s --check-prefix=HOSTT
;; HOSTT: 1000 2000
;; RUN: mswasm run --dir=%t/rw:/data --invoke=utimes_f %s -9223372036854775808 9223372036854775807 | FileCheck %s --check-prefix=T2000
;; RUN: stat -c '%%X %%Y' %t/rw/f | FileCheck %s --check-prefix=HOSTNOW
;; HOSTNOW-NOT: 1000 2000
;; HOSTNOW: 2000
;; RUN: mswasm run --dir=%t/rw:/data --invoke=futimes_f %s 9223372036854775807 3000500000000 | FileCheck %s --check-prefix=T3000
;; T3000: i64 3000500000000
;; A flag other than no-follow: -EINVAL.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=utimes_flags %s 2 | FileCheck %s --check-prefix=EINVAL
;; EINVAL: i32 -22
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_stat" (func $fstat (param i32 handle) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_chmod" (func $chmod (param handle i32 i32) (result i32)))
  (import "mswasm" "fd_chmod" (func $fchmod (param i32 i32) (result i32)))
  (import "mswasm" "path_utimes" (func $utimes (param handle i32 i64 i64 i32) (result i32)))
  (import "mswasm" "fd_utimes" (func $futimes (param i32 i64 i64) (result i32)))
  (segment $f (size 7) (align 1) (readonly) (data "/data/f"))
  (segment $g (size 7) (align 1) (readonly) (data "/data/g"))
  (segment $out (size 9) (align 1) (readonly) (data "/data/out"))
  (segment $up (size 8) (align 1) (readonly) (data "/data/up"))
  (segment $rec (size 48) (align 16))
  (func $bits (result i32)
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload
    i32.const 0xfff
    i32.and)
  (func $mtime (result i64)
    global.segment $rec
    i32.const 24
    handle.add
    i64.segload)
  (func (export "chmod_f") (param $mode i32) (result i32) (local $r i32)
    global.segment $f
    i32.const 7
    local.get $mode
    call $chmod
    local.tee $r
    if
      local.get $r
      return
    end
    global.segment $f
    i32.const 7
    global.segment $rec
    call $stat
    drop
    call $bits)
  (func (export "chmod_g") (param $mode i32) (result i32)
    global.segment $g
    i32.const 7
    local.get $mode
    call $chmod)
  (func (export "fchmod_f") (param $flags i32) (param $mode i32) (result i32) (local $fd i32) (local $r i32)
    global.segment $f
    i32.const 7
    local.get $flags
    i32.const 0
    call $open
    local.tee $fd
    local.get $mode
    call $fchmod
    local.tee $r
    if
      local.get $r
      return
    end
    local.get $fd
    global.segment $rec
    call $fstat
    drop
    call $bits)
  (func (export "fchmod_g") (param $mode i32) (result i32)
    global.segment $g
    i32.const 7
    i32.const 0
    i32.const 0
    call $open
    local.get $mode
    call $fchmod)
  (func (export "fchmod_fd") (param $fd i32) (param $mode i32) (result i32)
    local.get $fd
    local.get $mode
    call $fchmod)
  ;; 0: /data/out (absolute link out), 1: /data/up (../outside)
  (func (export "chmod_link") (param $which i32) (result i32)
    local.get $which
    if (result i32)
      global.segment $up
      i32.const 8
      i32.const 0x1ff
      call $chmod
    else
      global.segment $out
      i32.const 9
      i32.const 0x1ff
      call $chmod
    end)
  (func (export "utimes_link") (param $nofollow i32) (result i32)
    global.segment $out
    i32.const 9
    i64.const 1000000000000
    i64.const 1000000000000
    local.get $nofollow
    call $utimes)
  (func (export "utimes_f") (param $a i64) (param $m i64) (result i64) (local $r i32)
    global.segment $f
    i32.const 7
    local.get $a
    local.get $m
    i32.const 0
    call $utimes
    local.tee $r
    if
      local.get $r
      i64.extend_i32_s
      return
    end
    global.segment $f
    i32.const 7
    global.segment $rec
    call $stat
    drop
    call $mtime)
  (func (export "futimes_f") (param $a i64) (param $m i64) (result i64) (local $fd i32) (local $r i32)
    global.segment $f
    i32.const 7
    i32.const 0
    i32.const 0
    call $open
    local.tee $fd
    local.get $a
    local.get $m
    call $futimes
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
    call $mtime)
  (func (export "utimes_g") (result i32)
    global.segment $g
    i32.const 7
    i64.const 0
    i64.const 0
    i32.const 0
    call $utimes)
  (func (export "futimes_g") (result i32)
    global.segment $g
    i32.const 7
    i32.const 0
    i32.const 0
    call $open
    i64.const 0
    i64.const 0
    call $futimes)
  (func (export "utimes_flags") (param $flags i32) (result i32)
    global.segment $f
    i32.const 7
    i64.const 0
    i64.const 0
    local.get $flags
    call $utimes))
