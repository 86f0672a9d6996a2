;; --timeout ends a guest blocked in a host read or write (docs/security.md): a read of a pipe
;; whose writer stays silent for 2 s, and writes into a pipe nobody reads, trap `timeout` at the
;; deadline (0.5 s) instead of waiting for the other side. Without the wait in poll() the read
;; would return end-of-file after 2 s (result 0) and the writes -EPIPE, with no trap.
;; RUN: sh -c 'sleep 2 | mswasm run --timeout=0.5 --invoke=read_stdin %s' > %t.out 2>&1 || true
;; RUN: FileCheck %s --check-prefix=READ < %t.out
;; READ: ERROR: timeout
;; READ: while blocked reading from descriptor 0
;; RUN: sh -c 'mswasm run --timeout=0.5 --invoke=flood %s 2>%t.err | sleep 2' || true
;; RUN: FileCheck %s --check-prefix=WRITE < %t.err
;; WRITE: ERROR: timeout
;; WRITE: while blocked writing to descriptor 1
;; A regular file is never waited for: reading one at end of file returns 0 at once.
;; RUN: mswasm run --timeout=0.5 --invoke=read_stdin %s < %s | FileCheck %s --check-prefix=FILE
;; FILE: i32 16
(module
  (import "mswasm" "fd_read" (func $read (param i32 handle i32) (result i32)))
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (func (export "read_stdin") (result i32)
    i32.const 0
    i32.const 16
    i32.const 1
    segalloc
    i32.const 16
    call $read)
  ;; writes 64 KiB blocks to standard output until a write fails: its result
  (func (export "flood") (result i32) (local $buf handle) (local $r i32)
    i32.const 65536
    i32.const 1
    segalloc
    local.set $buf
    loop $again
      i32.const 1
      local.get $buf
      i32.const 65536
      call $write
      local.tee $r
      i32.const 0
      i32.gt_s
      br_if $again
    end
    local.get $r))
