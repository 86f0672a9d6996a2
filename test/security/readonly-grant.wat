;; Read-only grants (--dir=HOST:GUEST:ro): every call that would change a file or directory
;; beneath the grant returns -EROFS (-30) and changes nothing; plain O_RDONLY opens and
;; read-only queries work. /data is the read-only grant, /rw a read-write one.
;; RUN: rm -rf %t && mkdir -p %t/ro/d %t/rw
;; RUN: echo keep > %t/ro/f
;; RUN: echo move > %t/rw/y
;; O_RDONLY alone opens (descriptor 3) and reads.
;; RUN: mswasm run --dir=%t/ro:/data:ro --dir=%t/rw:/rw --invoke=open %s 0 | FileCheck %s --check-prefix=FD
;; FD: i32 3
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=read_first %s | FileCheck %s --check-prefix=READ
;; READ: i32 107
;; O_WRONLY, O_RDWR, O_RDONLY|O_TRUNC, O_RDONLY|O_CREAT, O_RDONLY|O_APPEND, O_WRONLY|O_TRUNC:
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=open %s 1 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=open %s 2 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=open %s 512 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=open %s 64 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=open %s 1024 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=open %s 513 | FileCheck %s --check-prefix=EROFS
;; Creating a new file:
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=open_new %s 65 | FileCheck %s --check-prefix=EROFS
;; RUN: not test -e %t/ro/new
;; mkdir, rmdir, unlink, rename within the grant, rename out of it and into it:
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=mkdir %s | FileCheck %s --check-prefix=EROFS
;; RUN: not test -e %t/ro/new
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=rmdir %s | FileCheck %s --check-prefix=EROFS
;; RUN: test -d %t/ro/d
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=unlink %s | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=rename %s | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --dir=%t/rw:/rw --invoke=rename_out %s | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --dir=%t/rw:/rw --invoke=rename_in %s | FileCheck %s --check-prefix=EROFS
;; RUN: test -f %t/rw/y
;; path_access: W_OK is -EROFS (as on a read-only mount), R_OK is allowed.
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=access %s 2 | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=access %s 4 | FileCheck %s --check-prefix=ZERO
;; The file is untouched (O_TRUNC above did not truncate it).
;; RUN: FileCheck %s --check-prefix=INTACT < %t/ro/f
;; INTACT: keep
;; EROFS: i32 -30
;; ZERO: i32 0
;; The same directory granted read-write (:rw, or no suffix): O_RDONLY|O_TRUNC truncates the
;; file as Linux does (the caller needs write permission) and gives a read-only descriptor.
;; RUN: mswasm run --dir=%t/ro:/data:rw --invoke=trunc_write %s | FileCheck %s --check-prefix=BADF
;; BADF: i32 -9
;; RUN: echo keep > %t/ro/f
;; RUN: mswasm run --dir=%t/ro:/data --invoke=trunc_size %s | FileCheck %s --check-prefix=EMPTY
;; EMPTY: i64 0
;; RUN: mswasm run --dir=%t/ro:/data:rw --invoke=mkdir %s | FileCheck %s --check-prefix=ZERO
;; RUN: test -d %t/ro/new
;; A GUEST of just "ro" or "rw" is refused as ambiguous; HOST::ro has no GUEST.
;; RUN: not mswasm run --dir=%t/ro:ro --invoke=mkdir %s 2>&1 | FileCheck %s --check-prefix=AMBIGUOUS
;; AMBIGUOUS: mswasm run: error: ambiguous --dir: '{{.*}}:ro' (write HOST:GUEST:ro
;; RUN: not mswasm run --dir=%t/ro::ro --invoke=mkdir %s 2>&1 | FileCheck %s --check-prefix=NOGUEST
;; NOGUEST: mswasm run: error: bad value for --dir: '{{.*}}::ro' (expected HOST[:GUEST[:ro|:rw]])
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_read" (func $read (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_stat" (func $fstat (param i32 handle) (result i32)))
  (import "mswasm" "path_unlink" (func $unlink (param handle i32) (result i32)))
  (import "mswasm" "path_rename" (func $rename (param handle i32 handle i32) (result i32)))
  (import "mswasm" "path_access" (func $access (param handle i32 i32) (result i32)))
  (import "mswasm" "path_mkdir" (func $mkdir (param handle i32 i32) (result i32)))
  (import "mswasm" "path_rmdir" (func $rmdir (param handle i32) (result i32)))
  (segment $f (size 7) (align 1) (readonly) (data "/data/f"))
  (segment $g (size 7) (align 1) (readonly) (data "/data/g"))
  (segment $d (size 7) (align 1) (readonly) (data "/data/d"))
  (segment $new (size 9) (align 1) (readonly) (data "/data/new"))
  (segment $rwx (size 5) (align 1) (readonly) (data "/rw/x"))
  (segment $rwy (size 5) (align 1) (readonly) (data "/rw/y"))
  (segment $datay (size 7) (align 1) (readonly) (data "/data/y"))
  (segment $buf (size 48) (align 16))
  (func (export "open") (param $flags i32) (result i32)
    global.segment $f
    i32.const 7
    local.get $flags
    i32.const 0x1a4
    call $open)
  (func (export "open_new") (param $flags i32) (result i32)
    global.segment $new
    i32.const 9
    local.get $flags
    i32.const 0x1a4
    call $open)
  ;; the first byte of /data/f ('k' = 107)
  (func (export "read_first") (result i32) (local $fd i32)
    global.segment $f
    i32.const 7
    i32.const 0
    i32.const 0
    call $open
    local.tee $fd
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
  (func (export "mkdir") (result i32)
    global.segment $new
    i32.const 9
    i32.const 0x1ed
    call $mkdir)
  (func (export "rmdir") (result i32)
    global.segment $d
    i32.const 7
    call $rmdir)
  (func (export "unlink") (result i32)
    global.segment $f
    i32.const 7
    call $unlink)
  (func (export "rename") (result i32)
    global.segment $f
    i32.const 7
    global.segment $g
    i32.const 7
    call $rename)
  (func (export "rename_out") (result i32)
    global.segment $f
    i32.const 7
    global.segment $rwx
    i32.const 5
    call $rename)
  (func (export "rename_in") (result i32)
    global.segment $rwy
    i32.const 5
    global.segment $datay
    i32.const 7
    call $rename)
  (func (export "access") (param $mode i32) (result i32)
    global.segment $f
    i32.const 7
    local.get $mode
    call $access)
  ;; O_RDONLY|O_TRUNC, then a write through the descriptor
  (func (export "trunc_write") (result i32) (local $fd i32)
    global.segment $f
    i32.const 7
    i32.const 0x200
    i32.const 0
    call $open
    local.tee $fd
    i32.const 0
    i32.lt_s
    if
      local.get $fd
      return
    end
    local.get $fd
    global.segment $buf
    i32.const 1
    call $write)
  ;; O_RDONLY|O_TRUNC, then the size of the file
  (func (export "trunc_size") (result i64) (local $fd i32)
    global.segment $f
    i32.const 7
    i32.const 0x200
    i32.const 0
    call $open
    local.tee $fd
    i32.const 0
    i32.lt_s
    if
      local.get $fd
      i64.extend_i32_s
      return
    end
    local.get $fd
    global.segment $buf
    call $fstat
    drop
    global.segment $buf
    i64.segload))
