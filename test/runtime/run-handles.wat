;; Handle instructions through --invoke: addresses are unique, aligned and at least 0x10000;
;; handle.add and handle.set_addr move only the address; slices start at the address; from_int
;; of 0 is null; comparisons use addresses.
;; RUN: mswasm run --invoke=aligned %s | FileCheck %s --check-prefix=ALIGNED
;; ALIGNED: i32 1
;; RUN: mswasm run --invoke=offsets %s | FileCheck %s --check-prefix=OFFSETS
;; OFFSETS: i32 12
;; OFFSETS-NEXT: i32 -4
;; RUN: mswasm run --invoke=slice %s | FileCheck %s --check-prefix=SLICE
;; SLICE: i32 0
;; SLICE-NEXT: i32 7
;; RUN: mswasm run --invoke=nulls %s | FileCheck %s --check-prefix=NULLS
;; NULLS: i32 1
;; NULLS-NEXT: i32 0
;; NULLS-NEXT: i32 8
;; RUN: mswasm run --invoke=zero_size %s | FileCheck %s --check-prefix=ZERO
;; ZERO: i32 1
(module
  (func (export "aligned") (result i32) (local $a i32)
    i32.const 100
    i32.const 4096
    segalloc
    handle.get_addr
    local.tee $a
    i32.const 4095
    i32.and
    i32.eqz
    local.get $a
    i32.const 0x10000
    i32.ge_u
    i32.and)
  (func (export "offsets") (result i32 i32) (local $h handle)
    i32.const 32
    i32.const 16
    segalloc
    local.tee $h
    local.get $h
    handle.get_addr
    i32.const 12
    i32.add
    handle.set_addr
    handle.get_offset
    local.get $h
    i32.const -4
    handle.add
    handle.get_offset)
  (func (export "slice") (result i32 i32) (local $s handle)
    i32.const 32
    i32.const 16
    segalloc
    i32.const 8
    handle.add
    i32.const 8
    handle.slice
    local.tee $s
    handle.get_offset
    local.get $s
    i32.const 0x55
    i32.segstore8 offset=7
    i32.const 7)
  (func (export "nulls") (result i32 i32 i32)
    i32.const 0
    handle.from_int
    handle.is_null
    i32.const 16
    i32.const 16
    segalloc
    handle.is_null
    handle.null
    i32.const 8
    handle.add
    handle.get_addr)
  (func (export "zero_size") (result i32)
    i32.const 0
    i32.const 16
    segalloc
    i32.const 0
    i32.const 16
    segalloc
    handle.eq
    i32.eqz))
