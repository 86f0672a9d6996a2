;; A guest cannot create set-user-ID, set-group-ID or sticky files or directories: path_open
;; with O_CREAT and path_mkdir keep only the permission bits (mode & 0777), and the host's
;; umask still applies. Each export creates an entry with the mode given and returns the
;; permission bits (07777) of its status record.
;; RUN: rm -rf %t && mkdir -p %t
;; A file asked for with 07777 under umask 027: 0750 (488), never 07750 (4072).
;; RUN: sh -c 'umask 027 && mswasm run --dir=%t:/data --invoke=create_file %s 4095' | FileCheck %s --check-prefix=FILE
;; FILE: i32 488
;; RUN: rm -f %t/f
;; Set-user-ID alone (04755): 0755 (493).
;; RUN: sh -c 'umask 022 && mswasm run --dir=%t:/data --invoke=create_file %s 2541' | FileCheck %s --check-prefix=SUID
;; SUID: i32 493
;; Bits above 07777 are ignored too (0177777 -> 0755 under umask 022).
;; RUN: rm -f %t/f
;; RUN: sh -c 'umask 022 && mswasm run --dir=%t:/data --invoke=create_file %s 65535' | FileCheck %s --check-prefix=HIGH
;; HIGH: i32 493
;; A directory asked for with 07777 (sticky, set-group-ID) under umask 027: 0750.
;; RUN: sh -c 'umask 027 && mswasm run --dir=%t:/data --invoke=create_dir %s 4095' | FileCheck %s --check-prefix=DIR
;; DIR: i32 488
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "path_mkdir" (func $mkdir (param handle i32 i32) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (segment $file (size 7) (align 1) (readonly) (data "/data/f"))
  (segment $dir (size 7) (align 1) (readonly) (data "/data/d"))
  (segment $rec (size 48) (align 16))
  (func $bits (result i32)
    global.segment $rec
    i32.const 8
    handle.add
    i32.segload
    i32.const 0xfff
    i32.and)
  (func (export "create_file") (param $mode i32) (result i32) (local $r i32)
    global.segment $file
    i32.const 7
    i32.const 0xc1 ;; O_WRONLY | O_CREAT | O_EXCL
    local.get $mode
    call $open
    local.tee $r
    i32.const 0
    i32.lt_s
    if
      local.get $r
      return
    end
    global.segment $file
    i32.const 7
    global.segment $rec
    call $stat
    drop
    call $bits)
  (func (export "create_dir") (param $mode i32) (result i32) (local $r i32)
    global.segment $dir
    i32.const 7
    local.get $mode
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
    call $bits))
