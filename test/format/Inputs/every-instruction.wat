;; A module that uses every valid MSWasm instruction (every entry of opcodes.def whose flags are
;; Ok), every section kind, named and unnamed types, imports with named and unnamed parameters,
;; globals of every value type (handle globals included), global segments (read-only ones, and
;; relocations of both kinds), exports, a start function, a name with characters outside Wasm's
;; idchars, and a custom section. It is meant to validate; the text tests parse, print and
;; re-parse it, and check that it really covers the opcode table.
(module
  (type $binop_i32 (func (param i32 i32) (result i32)))
  (type $void (func))
  (type $write_t (func (param i32 handle i32) (result i32)))
  (type $split (func (param i32) (result i32 i64)))
  (type (func (param i64 i64) (result i64)))

  (import "mswasm" "fd_write" (func $fd_write (type $write_t) (param $fd i32) (param $buf handle) (param $len i32) (result i32)))
  (import "mswasm" "clock_time" (func $clock_time (param i32) (result i64)))
  (import "mswasm" "exit" (func (param i32)))

  (global $calls (mut i32) i32.const 0)
  (global $seed i64 i64.const -9223372036854775808)
  (global $pi f32 f32.const 0x1.921fb6p+1)
  (global $scale (mut f64) f64.const 2.718281828459045)
  (global $last_alloc (mut handle) handle.null)
  (global $table_handle handle global.segment $table)
  (global $add_handle handle func.handle $add)

  (segment $greeting (size 16) (align 16) (readonly) (data "hello, world!\0a"))
  (segment $table (size 48) (align 16) (readonly)
    (reloc 0 (func $add))
    (reloc 16 (segment $greeting 7))
    (reloc 32 (segment $"scratch buffer")))
  (segment $"scratch buffer" (size 64) (align 32) (data "\00\01\02\03" "\u{e9}t\u{e9}"))
  (segment $counters (size 8) (align 8))

  (func $add (type $binop_i32) (param $a i32) (param $b i32) (result i32)
    local.get $a
    local.get $b
    i32.add)

  ;; Every i32 operator, applied to an accumulator kept on the stack.
  (func $int32_ops (export "int32_ops") (param $x i32) (param $y i32) (result i32)
    local.get $x
    local.get $y
    i32.add
    local.get $y
    i32.sub
    local.get $y
    i32.mul
    local.get $y
    i32.div_s
    local.get $y
    i32.div_u
    local.get $y
    i32.rem_s
    local.get $y
    i32.rem_u
    local.get $y
    i32.and
    local.get $y
    i32.or
    local.get $y
    i32.xor
    local.get $y
    i32.shl
    local.get $y
    i32.shr_s
    local.get $y
    i32.shr_u
    local.get $y
    i32.rotl
    local.get $y
    i32.rotr
    i32.clz
    i32.ctz
    i32.popcnt
    i32.extend8_s
    i32.extend16_s
    local.get $y
    i32.eq
    local.get $y
    i32.ne
    local.get $y
    i32.lt_s
    local.get $y
    i32.lt_u
    local.get $y
    i32.gt_s
    local.get $y
    i32.gt_u
    local.get $y
    i32.le_s
    local.get $y
    i32.le_u
    local.get $y
    i32.ge_s
    local.get $y
    i32.ge_u
    i32.eqz
  )

  ;; Every i64 operator; comparisons are widened back to i64.
  (func $int64_ops (param $x i64) (param $y i64) (result i64)
    local.get $x
    local.get $y
    i64.add
    local.get $y
    i64.sub
    local.get $y
    i64.mul
    local.get $y
    i64.div_s
    local.get $y
    i64.div_u
    local.get $y
    i64.rem_s
    local.get $y
    i64.rem_u
    local.get $y
    i64.and
    local.get $y
    i64.or
    local.get $y
    i64.xor
    local.get $y
    i64.shl
    local.get $y
    i64.shr_s
    local.get $y
    i64.shr_u
    local.get $y
    i64.rotl
    local.get $y
    i64.rotr
    i64.clz
    i64.ctz
    i64.popcnt
    i64.extend8_s
    i64.extend16_s
    i64.extend32_s
    local.get $y
    i64.eq
    i64.extend_i32_u
    local.get $y
    i64.ne
    i64.extend_i32_u
    local.get $y
    i64.lt_s
    i64.extend_i32_u
    local.get $y
    i64.lt_u
    i64.extend_i32_u
    local.get $y
    i64.gt_s
    i64.extend_i32_u
    local.get $y
    i64.gt_u
    i64.extend_i32_u
    local.get $y
    i64.le_s
    i64.extend_i32_u
    local.get $y
    i64.le_u
    i64.extend_i32_u
    local.get $y
    i64.ge_s
    i64.extend_i32_u
    local.get $y
    i64.ge_u
    i64.extend_i32_u
    i64.eqz
    i64.extend_i32_s
    i32.wrap_i64
    i64.extend_i32_s
  )

  (func $f32_ops (param $x f32) (param $y f32) (result f32)
    local.get $x
    local.get $y
    f32.add
    local.get $y
    f32.sub
    local.get $y
    f32.mul
    local.get $y
    f32.div
    local.get $y
    f32.min
    local.get $y
    f32.max
    local.get $y
    f32.copysign
    f32.abs
    f32.neg
    f32.ceil
    f32.floor
    f32.trunc
    f32.nearest
    f32.sqrt
    local.get $y
    f32.eq
    f32.convert_i32_u
    local.get $y
    f32.ne
    f32.convert_i32_u
    local.get $y
    f32.lt
    f32.convert_i32_u
    local.get $y
    f32.gt
    f32.convert_i32_u
    local.get $y
    f32.le
    f32.convert_i32_u
    local.get $y
    f32.ge
    f32.convert_i32_u
    i32.trunc_f32_s
    f32.convert_i32_s
    i32.trunc_f32_u
    f32.convert_i32_s
    i32.trunc_sat_f32_s
    f32.convert_i32_s
    i32.trunc_sat_f32_u
    f32.convert_i32_s
    i32.reinterpret_f32
    f32.reinterpret_i32
  )

  (func $f64_ops (param $x f64) (param $y f64) (result f64)
    local.get $x
    local.get $y
    f64.add
    local.get $y
    f64.sub
    local.get $y
    f64.mul
    local.get $y
    f64.div
    local.get $y
    f64.min
    local.get $y
    f64.max
    local.get $y
    f64.copysign
    f64.abs
    f64.neg
    f64.ceil
    f64.floor
    f64.trunc
    f64.nearest
    f64.sqrt
    local.get $y
    f64.eq
    f64.convert_i32_u
    local.get $y
    f64.ne
    f64.convert_i32_u
    local.get $y
    f64.lt
    f64.convert_i32_u
    local.get $y
    f64.gt
    f64.convert_i32_u
    local.get $y
    f64.le
    f64.convert_i32_u
    local.get $y
    f64.ge
    f64.convert_i32_u
    i32.trunc_f64_s
    f64.convert_i32_s
    i32.trunc_f64_u
    f64.convert_i32_s
    i32.trunc_sat_f64_s
    f64.convert_i32_s
    i32.trunc_sat_f64_u
    f64.convert_i32_s
  )

  ;; The remaining conversions, each result dropped.
  (func $conversions (param $i i32) (param $l i64) (param $f f32) (param $d f64)
    local.get $i
    i64.extend_i32_s
    drop
    local.get $i
    i64.extend_i32_u
    drop
    local.get $f
    i64.trunc_f32_s
    drop
    local.get $f
    i64.trunc_f32_u
    drop
    local.get $d
    i64.trunc_f64_s
    drop
    local.get $d
    i64.trunc_f64_u
    drop
    local.get $f
    i64.trunc_sat_f32_s
    drop
    local.get $f
    i64.trunc_sat_f32_u
    drop
    local.get $d
    i64.trunc_sat_f64_s
    drop
    local.get $d
    i64.trunc_sat_f64_u
    drop
    local.get $l
    f32.convert_i64_s
    drop
    local.get $l
    f32.convert_i64_u
    drop
    local.get $d
    f32.demote_f64
    drop
    local.get $l
    f64.convert_i64_s
    drop
    local.get $l
    f64.convert_i64_u
    drop
    local.get $f
    f64.promote_f32
    drop
    local.get $d
    i64.reinterpret_f64
    f64.reinterpret_i64
    drop)

  ;; Constants, including the edge cases of each float format.
  (func $constants (result f64)
    i32.const -2147483648
    i32.const 4294967295
    i32.add
    i32.const 0x7fff_ffff
    i32.sub
    drop
    i64.const 18446744073709551615
    i64.const -0x8000_0000_0000_0000
    i64.xor
    drop
    f32.const -0
    f32.const nan
    f32.add
    f32.const -nan:0x1
    f32.mul
    f32.const inf
    f32.sub
    f32.const 0x1p-149
    f32.div
    f32.const 3.4028235e+38
    f32.max
    f32.const 1e-7
    f32.min
    drop
    f64.const -0x0p+0
    f64.const nan:0x8_0000_0000_0001
    f64.add
    f64.const -inf
    f64.add
    f64.const 4.9e-324
    f64.add
    f64.const 1.7976931348623157e308
    f64.add
    f64.const 0.1
    f64.mul)

  ;; Structured control: blocks with value and multi-value types, labels by name and by depth.
  (func $control (param $n i32) (result i32) (local $i i32) (local $sum i64)
    block $done
      loop $again
        local.get $i
        local.get $n
        i32.ge_s
        br_if $done
        local.get $sum
        local.get $i
        i64.extend_i32_u
        i64.add
        local.set $sum
        local.get $i
        i32.const 1
        i32.add
        local.tee $i
        i32.const 100
        i32.lt_u
        br_if $again
      end
    end
    block (result i32)
      local.get $n
      block $b0
        block $b1
          block $b2
            local.get $n
            br_table $b0 $b1 $b2 2
          end
          nop
          br 1
        end
        br 0
      end
    end
    local.get $n
    if (result i32)
      local.get $n
      i32.const 1
      i32.sub
    else
      i32.const 0
    end
    i32.add
    local.get $n
    block (type $split)
      i64.const 7
    end
    local.set $sum
    i32.add
    i32.const 1
    i32.const 2
    local.get $n
    select
    i32.add
    local.get $n
    i32.eqz
    if
      local.get $n
      return
    end
    local.get $n
    i32.const -1
    i32.eq
    if
      unreachable
    end)

  ;; Segment access: every load and store form, allocation and handle arithmetic.
  (func $handles (param $h handle) (param $n i32) (result i32) (local $p handle) (local $q handle)
    i32.const 64
    i32.const 16
    segalloc
    local.tee $p
    global.set $last_alloc
    local.get $p
    i32.const 1
    i32.segstore
    local.get $p
    i64.const 2
    i64.segstore offset=8
    local.get $p
    f32.const 3.5
    f32.segstore offset=16 align=2
    local.get $p
    f64.const -4.25
    f64.segstore offset=24
    local.get $p
    i32.const 5
    i32.segstore8 offset=32
    local.get $p
    i32.const 6
    i32.segstore16 offset=34 align=1
    local.get $p
    i64.const 7
    i64.segstore8 offset=36
    local.get $p
    i64.const 8
    i64.segstore16 offset=38
    local.get $p
    i64.const 9
    i64.segstore32 offset=40
    local.get $p
    local.get $h
    handle.segstore offset=48
    local.get $p
    i32.segload
    local.get $p
    i32.segload8_s offset=32
    i32.add
    local.get $p
    i32.segload8_u offset=32
    i32.add
    local.get $p
    i32.segload16_s offset=34
    i32.add
    local.get $p
    i32.segload16_u offset=34 align=1
    i32.add
    local.get $p
    i64.segload offset=8
    local.get $p
    i64.segload8_s offset=36
    i64.add
    local.get $p
    i64.segload8_u offset=36
    i64.add
    local.get $p
    i64.segload16_s offset=38
    i64.add
    local.get $p
    i64.segload16_u offset=38
    i64.add
    local.get $p
    i64.segload32_s offset=40
    i64.add
    local.get $p
    i64.segload32_u offset=40
    i64.add
    i32.wrap_i64
    i32.add
    local.get $p
    f32.segload offset=16
    i32.trunc_f32_s
    i32.add
    local.get $p
    f64.segload offset=24
    i32.trunc_f64_s
    i32.add
    local.get $p
    handle.segload offset=48 align=8
    local.set $q
    local.get $q
    i32.const 4
    handle.add
    i32.const 8
    handle.slice
    local.tee $q
    handle.get_addr
    i32.add
    local.get $q
    handle.get_offset
    i32.add
    local.get $q
    local.get $n
    handle.set_addr
    local.get $p
    handle.eq
    i32.add
    local.get $p
    local.get $q
    handle.lt_u
    i32.add
    local.get $n
    handle.from_int
    handle.is_null
    i32.add
    local.get $p
    global.get $table_handle
    i32.const 16
    segment.copy
    local.get $p
    i32.const 0
    i32.const 64
    segment.fill
    local.get $p
    segfree
    handle.null
    segfree
    i32.const 32
    stack.alloc align=16
    local.tee $q
    global.segment $greeting
    i32.const 16
    segment.copy
    local.get $q
    stack.free
    local.get $q
    stack.reopen
    i32.const 8
    stack.alloc
    stack.free
    local.get $q
    stack.release)

  ;; Code handles and indirect calls.
  (func $indirect (param $x i32) (param $y i32) (result i32)
    local.get $x
    local.get $y
    func.handle $add
    call.handle (type $binop_i32)
    local.get $y
    global.get $add_handle
    call.handle $binop_i32
    i32.const 3
    i32.const 4
    global.get $table_handle
    handle.segload
    call.handle 0
    i32.add)

  ;; setjmp/longjmp through a jump buffer on the stack.
  (func $jumps (param $v i32) (result i32) (local $buf handle)
    i32.const 16
    stack.alloc align=16
    local.tee $buf
    jmp.set
    if (result i32)
      i32.const 1
    else
      local.get $buf
      local.get $v
      jmp.long
    end)

  (func $init (type $void)
    global.get $calls
    i32.const 1
    i32.add
    global.set $calls
    global.get $scale
    f64.const 0.5
    f64.mul
    global.set $scale)

  (func $_start (result i32) (local $t i64)
    i32.const 1
    global.segment $greeting
    i32.const 14
    call $fd_write
    drop
    i32.const 0
    call $clock_time
    local.set $t
    global.get $seed
    local.get $t
    call 16
    drop
    i32.const 0
    call 2
    i32.const 0)

  (func (type 4) (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.rotl)

  (export "_start" (func $_start))
  (export "add" (func $add))
  (export "jumps" (func $jumps))
  (start $init)
  (@custom "producers" (after code) "\01\0cprocessed-by\01\06mswasm\010")
)
