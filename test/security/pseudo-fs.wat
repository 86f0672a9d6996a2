;; Grants of pseudo file systems are refused when the engine starts, naming the directory and
;; the file system (procfs would give the guest /proc/self/mem, the engine's own memory, and the
;; host's environment; sysfs and cgroup control the kernel; devpts holds terminals). Exit code 2.
;; RUN: not mswasm run --dir=/proc:/proc --invoke=open_environ %s 2>&1 | FileCheck %s --check-prefix=PROC
;; PROC: mswasm run: error: {{.*}}: refusing --dir /proc: it is on a proc file system, and pseudo file systems cannot be granted
;; RUN: not mswasm run --dir=/proc/self:/s --invoke=open_environ %s 2>&1 | FileCheck %s --check-prefix=SELF
;; SELF: refusing --dir /proc/self: it is on a proc file system
;; RUN: not mswasm run --dir=/sys:/sys --invoke=open_environ %s 2>&1 | FileCheck %s --check-prefix=SYS
;; SYS: refusing --dir /sys: it is on a sysfs file system
;; RUN: not mswasm run --dir=/dev/pts:/pts --invoke=open_environ %s 2>&1 | FileCheck %s --check-prefix=PTS
;; PTS: refusing --dir /dev/pts: it is on a devpts file system
;; A refused grant among good ones still fails the whole run.
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: not mswasm run --dir=%t:/data --dir=/proc:/proc --invoke=open_environ %s 2>&1 | FileCheck %s --check-prefix=PROC2
;; PROC2: refusing --dir /proc: it is on a proc file system
;;
;; Resolution stays on the grant's mount (RESOLVE_NO_XDEV): granting / reaches the root file
;; system only, not /proc, /sys or /dev mounted on it. Crossing a mount point gives -EACCES,
;; as leaving the grant does.
;; RUN: mswasm run --dir=/:/host --invoke=open_environ %s | FileCheck %s --check-prefix=DENIED
;; RUN: mswasm run --dir=/:/host --invoke=open_mem %s | FileCheck %s --check-prefix=DENIED
;; RUN: mswasm run --dir=/:/host --invoke=stat_proc %s | FileCheck %s --check-prefix=DENIED
;; RUN: mswasm run --dir=/:/host --invoke=list_proc %s | FileCheck %s --check-prefix=DENIED
;; DENIED: i32 -13
;; The root file system itself is reachable (a grant of / is a grant of that file system).
;; RUN: mswasm run --dir=/:/host --invoke=stat_root %s | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 0
(module
  (import "mswasm" "path_open" (func $open (param handle i32 i32 i32) (result i32)))
  (import "mswasm" "path_stat" (func $stat (param handle i32 handle) (result i32)))
  (import "mswasm" "path_readdir" (func $readdir (param handle i32 handle i32 handle i32) (result i32)))
  (segment $environ (size 23) (align 1) (readonly) (data "/host/proc/self/environ"))
  (segment $mem (size 19) (align 1) (readonly) (data "/host/proc/self/mem"))
  (segment $proc (size 10) (align 1) (readonly) (data "/host/proc"))
  (segment $root (size 5) (align 1) (readonly) (data "/host"))
  (segment $buf (size 512) (align 16))
  (func (export "open_environ") (result i32)
    global.segment $environ
    i32.const 23
    i32.const 0
    i32.const 0
    call $open)
  (func (export "open_mem") (result i32)
    global.segment $mem
    i32.const 19
    i32.const 2 ;; O_RDWR
    i32.const 0
    call $open)
  (func (export "stat_proc") (result i32)
    global.segment $proc
    i32.const 10
    global.segment $buf
    call $stat)
  (func (export "list_proc") (result i32)
    global.segment $proc
    i32.const 10
    handle.null
    i32.const 0
    global.segment $buf
    i32.const 512
    call $readdir)
  (func (export "stat_root") (result i32)
    global.segment $root
    i32.const 5
    global.segment $buf
    call $stat))
