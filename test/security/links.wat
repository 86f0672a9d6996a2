;; path_symlink, path_readlink and path_link (docs/spec.md, "Links"). A symbolic link's text is
;; stored as given, even when it names something outside the grant, but resolution never
;; follows it out: opening or stat-ing through it is -EACCES. path_readlink returns the text
;; as stored (truncated to the buffer). Hard links stay within one grant (-EXDEV across two);
;; a read-only grant refuses both kinds (-EROFS).
;; RUN: rm -rf %t && mkdir -p %t/rw %t/ro %t/other && echo x > %t/rw/f && echo secret > %t/outside
;; RUN: ln -s f %t/ro/lk
;; Creating a link that points out of the grant is allowed; its text is kept.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=symlink_out %s | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 0
;; RUN: readlink %t/rw/l | FileCheck %s --check-prefix=TEXT
;; TEXT: ../outside
;; The guest reads the same text (written to standard output), and a 4-byte buffer gets 4.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=readlink_print %s 64 | FileCheck %s --check-prefix=READ
;; READ: ../outside
;; READ: i32 10
;; RUN: mswasm run --dir=%t/rw:/data --invoke=readlink_print %s 4 | FileCheck %s --check-prefix=SHORT
;; SHORT: ../oi32 4
;; Following it is refused: open, stat, and a hard link of it is still only the link.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=open_l %s | FileCheck %s --check-prefix=EACCES
;; RUN: mswasm run --dir=%t/rw:/data --invoke=stat_l %s 0 | FileCheck %s --check-prefix=EACCES
;; EACCES: i32 -13
;; lstat describes the link itself (type 0120000 = 40960).
;; RUN: mswasm run --dir=%t/rw:/data --invoke=stat_l %s 1 | FileCheck %s --check-prefix=LNK
;; LNK: i32 40960
;; RUN: mswasm run --dir=%t/rw:/data --invoke=link_l %s | FileCheck %s --check-prefix=EACCES
;; RUN: test -L %t/rw/l2
;; An absolute text is never followed, even when it names the grant's own guest path.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=symlink_abs_open %s | FileCheck %s --check-prefix=EACCES
;; A relative link inside the grant is followed: opening it reads f ('x' = 120).
;; RUN: mswasm run --dir=%t/rw:/data --invoke=symlink_in_read %s | FileCheck %s --check-prefix=X
;; X: i32 120
;; Onto an existing path -EEXIST; an empty text -ENOENT; readlink of a file -EINVAL.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=symlink_onto_f %s | FileCheck %s --check-prefix=EEXIST
;; EEXIST: i32 -17
;; RUN: mswasm run --dir=%t/rw:/data --invoke=symlink_empty %s | FileCheck %s --check-prefix=ENOENT
;; ENOENT: i32 -2
;; RUN: mswasm run --dir=%t/rw:/data --invoke=readlink_f %s | FileCheck %s --check-prefix=EINVAL
;; EINVAL: i32 -22
;; Hard link within the grant: the file has 2 links; across grants -EXDEV.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=link_f %s | FileCheck %s --check-prefix=ZERO
;; RUN: stat -c %%h %t/rw/f | FileCheck %s --check-prefix=TWO
;; TWO: {{^}}2
;; RUN: mswasm run --dir=%t/rw:/data --dir=%t/other:/other --invoke=link_across %s | FileCheck %s --check-prefix=EXDEV
;; EXDEV: i32 -18
;; Read-only grant: no symlink, no hard link (-EROFS); readlink works (the text "f", 1 byte).
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=symlink_out %s | FileCheck %s --check-prefix=EROFS
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=link_ro %s | FileCheck %s --check-prefix=EROFS
;; EROFS: i32 -30
;; RUN: not test -e %t/ro/l
;; RUN: mswasm run --dir=%t/ro:/data:ro --invoke=readlink_lk %s | FileCheck %s --check-prefix=ONE
;; ONE: i32 1
;; Outside every grant: -EACCES.
;; RUN: mswasm run --dir=%t/rw:/data --invoke=symlink_outside_grants %s | FileCheck %s --check-prefix=EACCES
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "fd_read" (func $read (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_lstat" (func $lstat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_symlink" (func $symlink (param handle i32 handle i32) (result i32)))
  (import "mswasm" "path_readlink" (func $readlink (param handle i32 handle i32) (result i32)))
  (import "mswasm" "path_link" (func $link (param handle i32 handle i32) (result i32)))
  (segment $outtext (size 10) (align 1) (readonly) (data "../outside"))
  (segment $abstext (size 7) (align 1) (readonly) (data "/data/f"))
  (segment $ftext (size 1) (align 1) (readonly) (data "f"))
  (segment $f (size 7) (align 1) (readonly) (data "/data/f"))
  (segment $l (size 7) (align 1) (readonly) (data "/data/l"))
  (segment $l2 (size 8) (align 1) (readonly) (data "/data/l2"))
  (segment $a (size 7) (align 1) (readonly) (data "/data/a"))
  (segment $in (size 8) (align 1) (readonly) (data "/data/in"))
  (segment $h (size 7) (align 1) (readonly) (data "/data/h"))
  (segment $lk (size 8) (align 1) (readonly) (data "/data/lk"))
  (segment $otherh (size 8) (align 1) (readonly) (data "/other/h"))
  (segment $etc (size 8) (align 1) (readonly) (data "/etc/lnk"))
  (segment $buf (size 64) (align 16))
  (segment $rec (size 48) (align 16))
  (func (export "symlink_out") (result i32)
    global.segment $outtext
    i32.const 10
    global.segment $l
    i32.const 7
    call $symlink)
  (func (export "readlink_print") (param $n i32) (result i32) (local $r i32)
    global.segment $l
    i32.const 7
    global.segment $buf
    local.get $n
    call $readlink
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
  (func (export "open_l") (result i32)
    global.segment $l
    i32.const 7
    i32.const 0
    i32.const 0
    call $open)
  (func (export "stat_l") (param $nofollow i32) (result i32) (local $r i32)
    local.get $nofollow
    if (result i32)
      global.segment $l
      i32.const 7
      global.segment $rec
      call $lstat
    else
      global.segment $l
      i32.const 7
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
  ;; hard link /data/l2 to the link /data/l, then open /data/l2
  (func (export "link_l") (result i32) (local $r i32)
    global.segment $l
    i32.const 7
    global.segment $l2
    i32.const 8
    call $link
    local.tee $r
    if
      local.get $r
      return
    end
    global.segment $l2
    i32.const 8
    i32.const 0
    i32.const 0
    call $open)
  (func (export "symlink_abs_open") (result i32)
    global.segment $abstext
    i32.const 7
    global.segment $a
    i32.const 7
    call $symlink
    drop
    global.segment $a
    i32.const 7
    i32.const 0
    i32.const 0
    call $open)
  (func (export "symlink_in_read") (result i32) (local $fd i32)
    global.segment $ftext
    i32.const 1
    global.segment $in
    i32.const 8
    call $symlink
    drop
    global.segment $in
    i32.const 8
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
  (func (export "symlink_onto_f") (result i32)
    global.segment $ftext
    i32.const 1
    global.segment $f
    i32.const 7
    call $symlink)
  (func (export "symlink_empty") (result i32)
    global.segment $ftext
    i32.const 0
    global.segment $a
    i32.const 7
    call $symlink)
  (func (export "symlink_outside_grants") (result i32)
    global.segment $ftext
    i32.const 1
    global.segment $etc
    i32.const 8
    call $symlink)
  (func (export "readlink_f") (result i32)
    global.segment $f
    i32.const 7
    global.segment $buf
    i32.const 64
    call $readlink)
  (func (export "readlink_lk") (result i32)
    global.segment $lk
    i32.const 8
    global.segment $buf
    i32.const 64
    call $readlink)
  (func (export "link_f") (result i32)
    global.segment $f
    i32.const 7
    global.segment $h
    i32.const 7
    call $link)
  (func (export "link_across") (result i32)
    global.segment $f
    i32.const 7
    global.segment $otherh
    i32.const 8
    call $link)
  (func (export "link_ro") (result i32)
    global.segment $lk
    i32.const 8
    global.segment $h
    i32.const 7
    call $link))
