;; The working directory (docs/spec.md, "Working directory"): cwd_get gives its absolute guest
;; name, path_chdir moves it into a granted directory, and relative paths resolve after it.
;; The "." grant is named by another grant of the same host directory, else it is also "/".
;; RUN: rm -rf %t && mkdir -p %t/sub %t/other && echo z > %t/sub/g && echo y > %t/f
;; RUN: mswasm run --dir=%t:. --invoke=cwd %s 64 | FileCheck %s --check-prefix=ROOT
;; ROOT: /i32 1
;; "/" then resolves in the "." grant.
;; RUN: mswasm run --dir=%t:. --invoke=read_abs_sub_g %s | FileCheck %s --check-prefix=Z
;; Z: i32 122
;; RUN: mswasm run --dir=%t:. --dir=%t:/work/proj --invoke=cwd %s 64 | FileCheck %s --check-prefix=PROJ
;; PROJ: /work/proji32 10
;; Directories above a grant's absolute name stat as directories (040000 = 16384), so a
;; program can walk down to its working directory; nothing else there exists.
;; RUN: mswasm run --dir=%t:. --dir=%t:/work/proj --invoke=stat_type %s 0 | FileCheck %s --check-prefix=DIR
;; DIR: i32 16384
;; RUN: mswasm run --dir=%t:. --dir=%t:/work/proj --invoke=stat_type %s 1 | FileCheck %s --check-prefix=EACCES
;; "/" granted to another directory, or no "." grant: no name.
;; RUN: mswasm run --dir=%t:. --dir=%t/other:/ --invoke=cwd %s 64 | FileCheck %s --check-prefix=ENOENT
;; RUN: mswasm run --invoke=cwd %s 64 | FileCheck %s --check-prefix=ENOENT
;; ENOENT: i32 -2
;; A buffer too small: -ERANGE.
;; RUN: mswasm run --dir=%t:. --dir=%t:/work/proj --invoke=cwd %s 5 | FileCheck %s --check-prefix=ERANGE
;; ERANGE: i32 -34
;; chdir into sub: cwd_get says /sub, "g" is sub/g, "../f" is f.
;; RUN: mswasm run --dir=%t:. --invoke=chdir_sub_cwd %s | FileCheck %s --check-prefix=SUB
;; SUB: /subi32 4
;; RUN: mswasm run --dir=%t:. --invoke=chdir_sub_read %s 0 | FileCheck %s --check-prefix=Z
;; RUN: mswasm run --dir=%t:. --invoke=chdir_sub_read %s 1 | FileCheck %s --check-prefix=Y
;; Y: i32 121
;; Into an absolute grant: relative paths follow it.
;; RUN: mswasm run --dir=%t/sub:/data --invoke=chdir_data_read %s | FileCheck %s --check-prefix=Z
;; Refused: a file (-ENOTDIR), a missing directory (-ENOENT), above the "." grant or outside
;; every grant (-EACCES); the working directory is unchanged.
;; RUN: mswasm run --dir=%t:. --invoke=chdir %s 0 | FileCheck %s --check-prefix=ENOTDIR
;; ENOTDIR: i32 -20
;; RUN: mswasm run --dir=%t:. --invoke=chdir %s 1 | FileCheck %s --check-prefix=ENOENT
;; RUN: mswasm run --dir=%t/sub:/data --invoke=chdir %s 2 | FileCheck %s --check-prefix=EACCES
;; RUN: mswasm run --dir=%t/sub:/data --invoke=chdir %s 3 | FileCheck %s --check-prefix=EACCES
;; EACCES: i32 -13
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_read" (func $read (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_chdir" (func $chdir (param handle i32) (result i32)))
  (import "mswasm" "cwd_get" (func $cwd (param handle i32) (result i32)))
  (segment $sub (size 3) (align 1) (readonly) (data "sub"))
  (segment $g (size 1) (align 1) (readonly) (data "g"))
  (segment $upf (size 4) (align 1) (readonly) (data "../f"))
  (segment $abs_sub_g (size 6) (align 1) (readonly) (data "/sub/g"))
  (segment $data (size 5) (align 1) (readonly) (data "/data"))
  (segment $work (size 5) (align 1) (readonly) (data "/work"))
  (segment $nope (size 5) (align 1) (readonly) (data "/nope"))
  (segment $f (size 1) (align 1) (readonly) (data "f"))
  (segment $missing (size 7) (align 1) (readonly) (data "missing"))
  (segment $up (size 2) (align 1) (readonly) (data ".."))
  (segment $etc (size 4) (align 1) (readonly) (data "/etc"))
  (segment $buf (size 64) (align 16))
  (segment $rec (size 48) (align 16))
  ;; writes the name to standard output and returns its length (or the error)
  (func $cwd_print (param $n i32) (result i32) (local $r i32)
    global.segment $buf
    local.get $n
    call $cwd
    local.tee $r
    i32.const 0
    i32.gt_s
    if
      i32.const 1
      global.segment $buf
      local.get $r
      call $write
      drop
    end
    local.get $r)
  (func (export "cwd") (param $n i32) (result i32)
    local.get $n
    call $cwd_print)
  ;; the first byte of the file opened (or the error)
  (func $first (param $fd i32) (result i32)
    local.get $fd
    i32.const 0
    i32.lt_s
    if
      local.get $fd
      return
    end
    local.get $fd
    global.segment $buf
    i32.const 1
    call $read
    drop
    global.segment $buf
    i32.segload8_u)
  (func (export "read_abs_sub_g") (result i32)
    global.segment $abs_sub_g
    i32.const 6
    i32.const 0
    i32.const 0
    call $open
    call $first)
  (func (export "stat_type") (param $which i32) (result i32) (local $r i32)
    local.get $which
    if (result i32)
      global.segment $nope
      i32.const 5
      global.segment $rec
      call $stat
    else
      global.segment $work
      i32.const 5
      global.segment $rec
      call $stat
    end
    local.tee $r
    if
      local.get $r
      return
    end
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload
    i32.const 0xf000
    i32.and)
  (func (export "chdir_sub_cwd") (result i32)
    global.segment $sub
    i32.const 3
    call $chdir
    drop
    i32.const 64
    call $cwd_print)
  (func (export "chdir_sub_read") (param $up i32) (result i32)
    global.segment $sub
    i32.const 3
    call $chdir
    drop
    local.get $up
    if (result i32)
      global.segment $upf
      i32.const 4
      i32.const 0
      i32.const 0
      call $open
    else
      global.segment $g
      i32.const 1
      i32.const 0
      i32.const 0
      call $open
    end
    call $first)
  (func (export "chdir_data_read") (result i32) (local $r i32)
    global.segment $data
    i32.const 5
    call $chdir
    local.tee $r
    if
      local.get $r
      return
    end
    global.segment $g
    i32.const 1
    i32.const 0
    i32.const 0
    call $open
    call $first)
  ;; 0: the file f, 1: missing, 2: .. from the "." grant (run with /data only: the working
  ;; directory has no grant, so .. climbs above it), 3: /etc
  (func (export "chdir") (param $which i32) (result i32)
    local.get $which
    i32.eqz
    if
      global.segment $f
      i32.const 1
      call $chdir
      return
    end
    local.get $which
    i32.const 1
    i32.eq
    if
      global.segment $missing
      i32.const 7
      call $chdir
      return
    end
    local.get $which
    i32.const 2
    i32.eq
    if
      global.segment $up
      i32.const 2
      call $chdir
      return
    end
    global.segment $etc
    i32.const 4
    call $chdir))
