;; path_readdir and path_lstat under a --dir grant: the entries of a directory sorted by name
;; without . and .., each 12 bytes (inode, type, 0, name length) then the name; resuming after
;; a name (present or not); a buffer too small for the next entry (-EINVAL); a file, a missing
;; path and a path outside the grants; inode numbers 0 under --deterministic; path_lstat of a
;; symbolic link (type 0120000) where path_stat follows it.
;; RUN: rm -rf %t && mkdir -p %t/d && touch %t/b %t/a %t/cc && ln -s a %t/l
;; Five entries a b cc d l: 5 * 12 + 6 bytes.
;; RUN: mswasm run --dir=%t:/data --invoke=all %s | FileCheck %s --check-prefix=ALL
;; ALL: i32 66
;; RUN: mswasm run --dir=%t:/data --invoke=two %s | FileCheck %s --check-prefix=TWO
;; TWO: i32 26
;; RUN: mswasm run --dir=%t:/data --invoke=after_a_name %s | FileCheck %s --check-prefix=NAMEB
;; NAMEB: i32 98
;; RUN: mswasm run --dir=%t:/data --invoke=after_bb_name %s | FileCheck %s --check-prefix=NAMEC
;; NAMEC: i32 99
;; RUN: mswasm run --dir=%t:/data --invoke=after_bb_len %s | FileCheck %s --check-prefix=LEN2
;; LEN2: i32 2
;; RUN: mswasm run --dir=%t:/data --invoke=type_file %s | FileCheck %s --check-prefix=REG
;; REG: i32 8
;; RUN: mswasm run --dir=%t:/data --invoke=type_dir %s | FileCheck %s --check-prefix=DIR
;; DIR: i32 4
;; RUN: mswasm run --dir=%t:/data --invoke=type_link %s | FileCheck %s --check-prefix=LNK
;; LNK: i32 10
;; RUN: mswasm run --dir=%t:/data --invoke=after_last %s | FileCheck %s --check-prefix=ZERO
;; RUN: mswasm run --dir=%t:/data --invoke=empty_dir %s | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 0
;; RUN: mswasm run --dir=%t:/data --invoke=too_small %s | FileCheck %s --check-prefix=EINVAL
;; RUN: mswasm run --dir=%t:/data --invoke=after_too_long %s | FileCheck %s --check-prefix=EINVAL
;; EINVAL: i32 -22
;; RUN: mswasm run --dir=%t:/data --invoke=of_file %s | FileCheck %s --check-prefix=NOTDIR
;; NOTDIR: i32 -20
;; RUN: mswasm run --dir=%t:/data --invoke=of_missing %s | FileCheck %s --check-prefix=NOENT
;; NOENT: i32 -2
;; RUN: mswasm run --dir=%t:/data --invoke=outside %s | FileCheck %s --check-prefix=DENIED
;; DENIED: i32 -13
;; RUN: mswasm run --deterministic --dir=%t:/data --invoke=inode %s | FileCheck %s --check-prefix=INO0
;; INO0: i64 0
;; RUN: mswasm run --dir=%t:/data --invoke=lstat_link %s | FileCheck %s --check-prefix=LSTAT
;; LSTAT: i32 40960
;; RUN: mswasm run --dir=%t:/data --invoke=stat_link %s | FileCheck %s --check-prefix=STAT
;; STAT: i32 32768
;; RUN: not mswasm run --dir=%t:/data --invoke=buffer_overflow %s 2>&1 | FileCheck %s --check-prefix=TRAP
;; TRAP: path_readdir
(module
  (import "mswasm" "path_readdir"
    (func $readdir (param handle i32 handle i32 handle i32) (result i32)))
  (import "mswasm" "path_lstat" (func $lstat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (segment $root (size 5) (align 1) (readonly) (data "/data"))
  (segment $sub (size 7) (align 1) (readonly) (data "/data/d"))
  (segment $file (size 7) (align 1) (readonly) (data "/data/a"))
  (segment $link (size 7) (align 1) (readonly) (data "/data/l"))
  (segment $missing (size 10) (align 1) (readonly) (data "/data/nope"))
  (segment $etc (size 4) (align 1) (readonly) (data "/etc"))
  (segment $names (size 5) (align 1) (readonly) (data "abbdl"))
  (segment $long (size 256) (align 1))
  (segment $buf (size 4096) (align 16))
  (segment $rec (size 48) (align 16))
  ;; readdir of /data after the n bytes of $names at offset off, into blen bytes of $buf
  (func $list (param $off i32) (param $n i32) (param $blen i32) (result i32)
    global.segment $root
    i32.const 5
    global.segment $names
    local.get $off
    handle.add
    local.get $n
    global.segment $buf
    local.get $blen
    call $readdir)
  (func $byte (param $at i32) (result i32)
    global.segment $buf
    local.get $at
    handle.add
    i32.segload8_u)
  (func (export "all") (result i32)
    i32.const 0
    i32.const 0
    i32.const 4096
    call $list)
  (func (export "two") (result i32)
    i32.const 0
    i32.const 0
    i32.const 37 ;; room for a and b, not for cc
    call $list)
  (func (export "after_a_name") (result i32)
    i32.const 0
    i32.const 1
    i32.const 4096
    call $list
    drop
    i32.const 12
    call $byte)
  ;; "bb" is no entry: resumes at cc
  (func (export "after_bb_name") (result i32)
    i32.const 1
    i32.const 2
    i32.const 4096
    call $list
    drop
    i32.const 12
    call $byte)
  (func (export "after_bb_len") (result i32)
    i32.const 1
    i32.const 2
    i32.const 4096
    call $list
    drop
    i32.const 10
    call $byte)
  (func (export "type_file") (result i32)
    i32.const 0
    i32.const 0
    i32.const 4096
    call $list
    drop
    i32.const 8
    call $byte)
  ;; after "b": cc (14 bytes), then d at 14
  (func (export "type_dir") (result i32)
    i32.const 1
    i32.const 1
    i32.const 4096
    call $list
    drop
    i32.const 22
    call $byte)
  (func (export "type_link") (result i32)
    i32.const 3
    i32.const 1
    i32.const 4096
    call $list
    drop
    i32.const 8
    call $byte)
  (func (export "after_last") (result i32)
    i32.const 4
    i32.const 1
    i32.const 4096
    call $list)
  (func (export "empty_dir") (result i32)
    global.segment $sub
    i32.const 7
    global.segment $names
    i32.const 0
    global.segment $buf
    i32.const 4096
    call $readdir)
  (func (export "too_small") (result i32)
    i32.const 0
    i32.const 0
    i32.const 12
    call $list)
  (func (export "after_too_long") (result i32)
    global.segment $root
    i32.const 5
    global.segment $long
    i32.const 256
    global.segment $buf
    i32.const 4096
    call $readdir)
  (func (export "of_file") (result i32)
    global.segment $file
    i32.const 7
    global.segment $names
    i32.const 0
    global.segment $buf
    i32.const 4096
    call $readdir)
  (func (export "of_missing") (result i32)
    global.segment $missing
    i32.const 10
    global.segment $names
    i32.const 0
    global.segment $buf
    i32.const 4096
    call $readdir)
  (func (export "outside") (result i32)
    global.segment $etc
    i32.const 4
    global.segment $names
    i32.const 0
    global.segment $buf
    i32.const 4096
    call $readdir)
  (func (export "inode") (result i64)
    i32.const 0
    i32.const 0
    i32.const 4096
    call $list
    drop
    global.segment $buf
    i64.segload)
  (func (export "lstat_link") (result i32)
    global.segment $link
    i32.const 7
    global.segment $rec
    call $lstat
    drop
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload
    i32.const 0xf000
    i32.and)
  (func (export "stat_link") (result i32)
    global.segment $link
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
  (func (export "buffer_overflow") (result i32)
    i32.const 0
    i32.const 0
    i32.const 4097
    call $list))
