;; Arguments (argument 0 is the module path) and --env entries reach the guest.
;; RUN: mswasm run --env=GREETING=hi --env=X=1 %s one "two words" | FileCheck %s
;; CHECK: run-args-env.wat
;; CHECK-NEXT: one
;; CHECK-NEXT: two words
;; CHECK-NEXT: GREETING=hi
;; CHECK-NEXT: X=1
;; CHECK-NOT: {{.}}
(module
  (import "mswasm" "args_count" (func $args_count (result i32)))
  (import "mswasm" "arg_len" (func $arg_len (param i32) (result i32)))
  (import "mswasm" "arg_copy" (func $arg_copy (param i32 handle) (result i32)))
  (import "mswasm" "env_count" (func $env_count (result i32)))
  (import "mswasm" "env_len" (func $env_len (param i32) (result i32)))
  (import "mswasm" "env_copy" (func $env_copy (param i32 handle) (result i32)))
  (import "mswasm" "fd_write" (func $fd_write (param i32 handle i32) (result i32)))
  (segment $nl (size 1) (align 1) (readonly) (data "\0a"))
  ;; prints the n bytes at h, then a newline, then frees h
  (func $line (param handle i32)
    i32.const 1
    local.get 0
    local.get 1
    call $fd_write
    drop
    i32.const 1
    global.segment $nl
    i32.const 1
    call $fd_write
    drop
    local.get 0
    segfree)
  (func $start (export "_start") (local $i i32) (local $len i32) (local $buf handle)
    block
      loop
        local.get $i
        call $args_count
        i32.ge_u
        br_if 1
        local.get $i
        call $arg_len
        local.tee $len
        i32.const 1
        i32.add
        i32.const 1
        segalloc
        local.set $buf
        local.get $i
        local.get $buf
        call $arg_copy
        drop
        local.get $buf
        local.get $len
        call $line
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br 0
      end
    end
    i32.const 0
    local.set $i
    block
      loop
        local.get $i
        call $env_count
        i32.ge_u
        br_if 1
        local.get $i
        call $env_len
        local.tee $len
        i32.const 1
        i32.add
        i32.const 1
        segalloc
        local.set $buf
        local.get $i
        local.get $buf
        call $env_copy
        drop
        local.get $buf
        local.get $len
        call $line
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br 0
      end
    end))
