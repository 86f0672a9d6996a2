;; A module that uses MSWasm's additions and Wasm's control flow in ways that must validate:
;; handle-typed params, locals, globals and results; segments (read-only ones, relocations of
;; both kinds, an addend); segalloc/segfree, stack.alloc/stack.free, handle arithmetic,
;; segment loads and stores at their natural alignment (16 for handle accesses), call.handle
;; through a code handle, jmp.set/jmp.long (stack-polymorphic), multi-value blocks, loops with
;; params, if/else, br_table, select on handles, the polymorphic stack after unreachable/br/
;; return/jmp.long, an imported function, exports (_start of type [] -> [i32]) and a start
;; function. Every limit is used at its maximum where cheap (alignment 2^16).
;; RUN: mswasm validate %s | FileCheck %s
;; RUN: mswasm validate %s 2>&1 | FileCheck %s --check-prefix=NOERR --allow-empty
;; The assembled binary validates too.
;; RUN: mswasm as %s -o %t.mswasm
;; RUN: mswasm validate %t.mswasm | FileCheck %s --check-prefix=BIN
;; CHECK: valid.wat: valid
;; NOERR-NOT: [{{[a-z-]+}}]
;; BIN: .mswasm: valid
(module
  (type $binop (func (param i32 i32) (result i32)))
  (type $void (func))
  (type $pair (func (param i32) (result i32 i64)))
  (type $hh (func (param handle) (result handle)))

  (import "mswasm" "exit" (func $exit (param i32)))

  (global $counter (mut i32) i32.const 0)
  (global $wide i64 i64.const -1)
  (global $f f32 f32.const 1.5)
  (global $d (mut f64) f64.const -0.0)
  (global $last (mut handle) handle.null)
  (global $table_h handle global.segment $table)
  (global $add_h handle func.handle $add)

  (segment $msg (size 16) (align 16) (readonly) (data "hello, world!\0a"))
  (segment $table (size 48) (align 16) (readonly)
    (reloc 0 (func $add))
    (reloc 16 (segment $msg 7))
    (reloc 32 (segment $buf)))
  (segment $buf (size 64) (align 65536) (data "\00\01\02\03"))
  (segment $empty (size 0) (align 1))
  (segment $exact (size 3) (align 1) (data "abc"))

  (func $add (type $binop) (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    i32.add)

  ;; Handles: allocation, arithmetic, loads and stores, comparisons, select, free.
  (func $handles (param $n i32) (result i32) (local $h handle) (local $p handle)
    local.get $n
    i32.const 16
    segalloc
    local.tee $h
    i32.const 4
    handle.add
    local.set $p
    local.get $p
    i32.const 42
    i32.segstore offset=4 align=4
    local.get $h
    global.segment $table
    handle.segload offset=16 align=16
    handle.segstore align=16
    local.get $h
    i64.const 7
    i64.segstore32 align=1
    local.get $h
    local.get $p
    handle.null
    local.get $n
    select
    i32.const 8
    segment.copy
    local.get $h
    i32.const 0
    local.get $n
    segment.fill
    local.get $h
    i32.const 8
    handle.slice
    handle.get_offset
    local.get $h
    handle.get_addr
    i32.add
    local.get $h
    i32.const 0
    handle.set_addr
    handle.is_null
    i32.add
    local.get $h
    local.get $p
    handle.eq
    i32.add
    local.get $h
    local.get $p
    handle.lt_u
    i32.add
    local.get $n
    handle.from_int
    handle.is_null
    i32.add
    local.get $h
    global.set $last
    local.get $h
    segfree)

  ;; Code handles: call.handle pops the callee (a handle) on top of the params.
  (func $indirect (param $x i32) (result i32)
    local.get $x
    i32.const 1
    global.get $add_h
    call.handle $binop
    i32.const 2
    func.handle $add
    call.handle (type $binop))

  ;; setjmp/longjmp: jmp.set on a stack segment; jmp.long is stack-polymorphic.
  (func $longjmp (param $buf handle) (param $v i32)
    local.get $buf
    local.get $v
    jmp.long)
  (func $setjmp (result i32) (local $env handle)
    i32.const 16
    stack.alloc align=16
    local.tee $env
    jmp.set
    i32.eqz
    if (result i32)
      local.get $env
      i32.const 1
      call $longjmp
      i32.const 0
    else
      i32.const 1
    end
    local.get $env
    stack.free
    i32.const 64
    stack.alloc align=65536
    stack.free)
  (func $jmp_long_polymorphic (param $buf handle) (result handle)
    local.get $buf
    i32.const 3
    jmp.long
    i32.add
    drop)

  ;; Multi-value blocks, loops with params, br_if, br_table, the polymorphic stack.
  (func $control (param $x i32) (result i32) (local $acc i64)
    local.get $x
    block (type $pair) (param i32) (result i32 i64)
      i64.const 5
    end
    local.set $acc
    i32.const 10
    loop $l (param i32) (result i32)
      i32.const 1
      i32.sub
      local.tee $x
      local.get $x
      br_if $l
    end
    drop
    block $outer (result i32)
      block $a
        block $b
          local.get $x
          br_table $a $b $b $a
        end
        i32.const 1
        br $outer
      end
      i32.const 2
    end
    i32.add
    block (result handle)
      unreachable
      select
      drop
      handle.null
    end
    handle.is_null
    i32.add
    block (result f64)
      f64.const 1
      br 0
      f64.add
    end
    i32.trunc_sat_f64_s
    i32.add
    local.get $x
    if
      nop
    else
      i32.const 3
      return
    end
    handle.null
    i32.const 0
    if (type $hh) (param handle) (result handle)
    end
    handle.is_null
    i32.add
    local.get $acc
    i32.wrap_i64
    i32.add)
  (func $need_handle (type $hh) (param handle) (result handle) local.get 0)

  (func $main (export "_start") (result i32)
    i32.const 7
    call $handles
    call $indirect
    call $control
    call $setjmp
    i32.add)
  (func $init (type $void)
    global.get $counter
    i32.const 1
    i32.add
    global.set $counter
    i32.const 0
    call $exit)
  (export "init" (func $init))
  (export "add" (func $add))
  (start $init))
