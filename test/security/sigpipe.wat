;; A write to a closed pipe returns -EPIPE (-32) to the guest; the engine is not killed by
;; SIGPIPE and exits with the guest's result. The program writes 64 KiB blocks to standard
;; output until a write fails; `head -c 1` closes the pipe after one byte. On -EPIPE the program
;; says so on standard error and returns 0. (The pipelines run in sh: lit's own shell keeps
;; the pipe open, so a write would never fail.) A killed engine leaves status 141.
;; RUN: rm -f %t.err %t.status
;; RUN: sh -c '{ mswasm run %s 2>%t.err; echo status $? >%t.status; } | head -c 1 >/dev/null'
;; RUN: FileCheck %s --check-prefix=STATUS < %t.status
;; STATUS: status 0
;; RUN: FileCheck %s < %t.err
;; CHECK: EPIPE
;; The same through standard error: the result is printed on standard output.
;; RUN: sh -c '{ mswasm run --invoke=to_stderr %s 2>&1 >%t.out2; echo status $? >%t.status2; } | head -c 1 >/dev/null'
;; RUN: FileCheck %s --check-prefix=STATUS < %t.status2
;; RUN: FileCheck %s --check-prefix=STDOUT < %t.out2
;; STDOUT: i32 -32
(module
  (import "mswasm" "fd_write" (func $write (param i32 handle i32) (result i32)))
  (segment $msg (size 6) (align 1) (readonly) (data "EPIPE\0a"))
  ;; writes 64 KiB blocks to fd until a write fails (at most 1024 blocks, 64 MiB): its result
  (func $flood (param $fd i32) (result i32) (local $buf handle) (local $i i32) (local $r i32)
    i32.const 65536
    i32.const 1
    segalloc
    local.set $buf
    loop $again
      local.get $fd
      local.get $buf
      i32.const 65536
      call $write
      local.tee $r
      i32.const 0
      i32.lt_s
      if
        local.get $r
        return
      end
      local.get $i
      i32.const 1
      i32.add
      local.tee $i
      i32.const 1024
      i32.lt_u
      br_if $again
    end
    i32.const 0)
  (func (export "_start") (result i32)
    i32.const 1
    call $flood
    i32.const -32
    i32.ne
    if
      i32.const 1
      return
    end
    i32.const 2
    global.segment $msg
    i32.const 6
    call $write
    drop
    i32.const 0)
  (func (export "to_stderr") (result i32)
    i32.const 2
    call $flood))
