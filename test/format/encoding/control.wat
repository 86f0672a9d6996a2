;; Encoding of control instructions: unreachable nop block loop if else end br br_if br_table
;; return call drop select, and block types.
;; Expected bytes are derived by hand from opcodes.def and docs/spec.md ("Binary format"), not
;; copied from the tool: `mswasm dis --bytes` prints each instruction as the encoder writes it.
;; RUN: mswasm as %s -o %t.mswasm
;; RUN: mswasm validate %t.mswasm | FileCheck %s --check-prefix=VALID
;; VALID: {{.*}}.mswasm: valid
;; RUN: mswasm dis --bytes %t.mswasm > %t.txt
;; RUN: FileCheck %s --match-full-lines < %t.txt
;; The listing shows the bytes really in the binary's code section, and the text module (before
;; any binary) lists the same.
;; RUN: %python %S/Inputs/check-listing.py %t.mswasm %t.txt
;; RUN: mswasm dis --bytes %s | FileCheck %s --match-full-lines
(module
  (type $void (func))
  (type $i_i (func (param i32) (result i32)))
  (type $pair (func (param i32) (result i32 i64)))

  ;; CHECK-LABEL: func 0 $callee:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0b end
  (func $callee (param i32) (result i32)
    local.get 0)

  ;; unreachable (0x00); nop (0x01).
  ;; CHECK-LABEL: func 1 $trap:
  ;; CHECK-NEXT: 00 unreachable
  ;; CHECK-NEXT: 0b end
  (func $trap
    unreachable)

  ;; CHECK-LABEL: func 2 $nop:
  ;; CHECK-NEXT: 01 nop
  ;; CHECK-NEXT: 01 nop
  ;; CHECK-NEXT: 0b end
  (func $nop
    nop
    nop)

  ;; Block types: 0x40 (empty), a value type (i32 7f, i64 7e, f32 7d, f64 7c, handle 7a) or an
  ;; s33 type index (multi-value).
  ;; CHECK-LABEL: func 3 $block_types:
  ;; CHECK-NEXT: 02 40 block
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 02 40 block
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 02 7f block (result i32)
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 02 7e block (result i64)
  ;; CHECK-NEXT: 42 7f i64.const -1
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 02 7d block (result f32)
  ;; CHECK-NEXT: 43 00 00 80 3f f32.const 1
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 02 7c block (result f64)
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 f0 3f f64.const 1
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 02 7a block (result handle)
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 02 02 block (type $pair)
  ;; CHECK-NEXT: 42 02 i64.const 2
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 02 01 block (type $i_i)
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 02 02 block (type $pair)
  ;; CHECK-NEXT: 42 03 i64.const 3
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $block_types (param $c i32)
    block
    end
    block $named
    end $named
    block (result i32)
      i32.const 1
    end
    drop
    block (result i64)
      i64.const -1
    end
    drop
    block (result f32)
      f32.const 1
    end
    drop
    block (result f64)
      f64.const 1
    end
    drop
    block (result handle)
      handle.null
    end
    drop
    local.get $c
    block (type $pair)
      i64.const 2
    end
    drop
    drop
    local.get $c
    block (type 1)
    end
    drop
    local.get $c
    block (type $pair) (param i32) (result i32 i64)
      i64.const 3
    end
    drop
    drop)

  ;; CHECK-LABEL: func 4 $loops:
  ;; CHECK-NEXT: 03 40 loop
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 03 7f loop (result i32)
  ;; CHECK-NEXT: 41 02 i32.const 2
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 03 7a loop (result handle)
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 03 01 loop (type $i_i)
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $loops (param $c i32)
    loop
    end
    loop $l (result i32)
      i32.const 2
    end $l
    drop
    loop (result handle)
      handle.null
    end
    drop
    local.get $c
    loop (type $i_i)
    end
    drop)

  ;; if (0x04) with a block type, else (0x05), end (0x0b); labels after else/end are dropped.
  ;; CHECK-LABEL: func 5 $ifs:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 04 40 if
  ;; CHECK-NEXT: 01 nop
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 04 40 if
  ;; CHECK-NEXT: 01 nop
  ;; CHECK-NEXT: 05 else
  ;; CHECK-NEXT: 01 nop
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 04 7f if (result i32)
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: 05 else
  ;; CHECK-NEXT: 41 02 i32.const 2
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 04 7c if (result f64)
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 00 00 f64.const 0
  ;; CHECK-NEXT: 05 else
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 00 80 f64.const -0
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 04 01 if (type $i_i)
  ;; CHECK-NEXT: 05 else
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $ifs (param $c i32)
    local.get $c
    if
      nop
    end
    local.get $c
    if
      nop
    else
      nop
    end
    local.get $c
    if $named (result i32)
      i32.const 1
    else $named
      i32.const 2
    end $named
    drop
    local.get $c
    if (result f64)
      f64.const 0
    else
      f64.const -0
    end
    drop
    local.get $c
    local.get $c
    if (type $i_i)
    else
    end
    drop)

  ;; br (0x0c), br_if (0x0d) and br_table (0x0e: vec(labelidx) then the default) with labels by name
  ;; and by depth; a br_table of 129 targets has a 2-byte count (81 01); return (0x0f).
  ;; CHECK-LABEL: func 6 $branches:
  ;; CHECK-NEXT: 02 40 block
  ;; CHECK-NEXT: 02 40 block
  ;; CHECK-NEXT: 02 40 block
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0e 03 00 01 02 00 br_table 0 1 2 0
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0d 01 br_if 1
  ;; CHECK-NEXT: 0c 00 br 0
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0e 00 00 br_table 0
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 02 7f block (result i32)
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0d 00 br_if 0
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 03 40 loop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0d 00 br_if 0
  ;; CHECK-NEXT: 02 40 block
  ;; CHECK-NEXT: 0c 01 br 1
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 02 40 block
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0e 81 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 br_table 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  ;; CHECK-NEXT: 0b end
  ;; CHECK-NEXT: 0f return
  ;; CHECK-NEXT: 0b end
  (func $branches (param $x i32) (result i32)
    block $a
      block $b
        block $c
          local.get $x
          br_table $c $b $a $c
        end
        local.get $x
        br_if $a
        br $b
      end
      local.get $x
      br_table 0
    end
    block $d (result i32)
      local.get $x
      local.get $x
      br_if $d
    end
    loop $top
      local.get $x
      br_if $top
      block
        br 1
      end
    end
    block
      local.get $x
      br_table 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
    end
    return)

  ;; call (0x10), select (0x1b) on i32 and on handles, drop (0x1a).
  ;; CHECK-LABEL: func 7 $calls:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 10 00 call $callee
  ;; CHECK-NEXT: 10 00 call $callee
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 1b select
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: fa 30 handle.null
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 1b select
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $calls (param $x i32) (result i32)
    local.get $x
    call $callee
    call 0
    i32.const 1
    local.get $x
    select
    handle.null
    handle.null
    local.get $x
    select
    drop))
