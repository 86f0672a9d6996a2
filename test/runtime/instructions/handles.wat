;; Execution results of the handle instructions: handle.null, handle.add (moves only the
;; offset, mod 2^32, on every kind), handle.get_addr/get_offset, handle.set_addr (keeps
;; provenance), handle.from_int (0 is null, otherwise an invalid from-int handle), handle.eq and
;; handle.lt_u (addresses only, unsigned), handle.is_null (address 0 and no authority) and
;; handle.slice (in bounds: a narrower handle at the address; otherwise an invalid handle that
;; traps slice-out-of-bounds when used; null and invalid inputs keep their kind and reason).
;; Results are printed relative to the segment's base so that they do not depend on the layout.
;; RUN: mswasm run --invoke=null_fields %s | FileCheck %s --match-full-lines --check-prefix=NULL
;; NULL: i32 0
;; NULL-NEXT: i32 0
;; NULL-NEXT: i32 1
;; NULL-NEXT: i32 8
;; NULL-NEXT: i32 8
;; NULL-NEXT: i32 0
;; NULL-NOT: {{.}}
;; RUN: not mswasm run --invoke=null_add_use %s 2>&1 | FileCheck %s --check-prefix=NULLUSE
;; NULLUSE: ERROR: null-dereference
;; RUN: mswasm run --invoke=add_offsets %s | FileCheck %s --match-full-lines --check-prefix=ADD
;; ADD: i32 12
;; ADD-NEXT: i32 12
;; ADD-NEXT: i32 -4
;; ADD-NEXT: i32 -4
;; ADD-NEXT: i32 -2147483648
;; ADD-NEXT: i32 0
;; ADD-NEXT: i32 0
;; ADD-NOT: {{.}}
;; RUN: mswasm run --invoke=add_back_in_bounds %s | FileCheck %s --match-full-lines --check-prefix=ADDBACK
;; ADDBACK: i32 55
;; RUN: mswasm run --invoke=set_addr %s | FileCheck %s --match-full-lines --check-prefix=SETADDR
;; SETADDR: i32 12
;; SETADDR-NEXT: i32 12
;; SETADDR-NEXT: i32 0
;; SETADDR-NEXT: i32 0
;; SETADDR-NEXT: i32 66
;; SETADDR-NOT: {{.}}
;; RUN: mswasm run --invoke=set_addr_null %s | FileCheck %s --match-full-lines --check-prefix=SETNULL
;; SETNULL: i32 4660
;; SETNULL-NEXT: i32 4660
;; SETNULL-NEXT: i32 0
;; SETNULL-NOT: {{.}}
;; RUN: not mswasm run --invoke=set_addr_null_use %s 2>&1 | FileCheck %s --check-prefix=SETNULLUSE
;; SETNULLUSE: ERROR: null-dereference
;; RUN: mswasm run --invoke=from_int %s | FileCheck %s --match-full-lines --check-prefix=FROMINT
;; FROMINT: i32 1
;; FROMINT-NEXT: i32 0
;; FROMINT-NEXT: i32 0
;; FROMINT-NEXT: i32 74565
;; FROMINT-NEXT: i32 74565
;; FROMINT-NEXT: i32 1
;; FROMINT-NEXT: i32 -1
;; FROMINT-NOT: {{.}}
;; RUN: not mswasm run --invoke=from_int_zero_use %s 2>&1 | FileCheck %s --check-prefix=FROMINT0
;; FROMINT0: ERROR: null-dereference
;; RUN: not mswasm run --invoke=from_int_use %s 2>&1 | FileCheck %s --check-prefix=FROMINTUSE
;; FROMINTUSE: ERROR: pointer-built-from-data
;; RUN: not mswasm run --invoke=from_int_of_real_address %s 2>&1 | FileCheck %s --check-prefix=FROMREAL
;; FROMREAL: ERROR: pointer-built-from-data
;; RUN: mswasm run --invoke=compare %s | FileCheck %s --match-full-lines --check-prefix=CMP
;; CMP: i32 1
;; CMP-NEXT: i32 0
;; CMP-NEXT: i32 1
;; CMP-NEXT: i32 1
;; CMP-NEXT: i32 0
;; CMP-NEXT: i32 0
;; CMP-NEXT: i32 1
;; CMP-NEXT: i32 0
;; CMP-NEXT: i32 1
;; CMP-NEXT: i32 1
;; CMP-NOT: {{.}}
;; RUN: mswasm run --invoke=slice_in_bounds %s | FileCheck %s --match-full-lines --check-prefix=SLICE
;; SLICE: i32 0
;; SLICE-NEXT: i32 8
;; SLICE-NEXT: i32 99
;; SLICE-NEXT: i32 0
;; SLICE-NEXT: i32 0
;; SLICE-NOT: {{.}}
;; RUN: not mswasm run --invoke=slice_past_its_end %s 2>&1 | FileCheck %s --check-prefix=SLICEEND
;; SLICEEND: ERROR: heap-buffer-overflow
;; RUN: mswasm run --invoke=slice_out_of_bounds %s | FileCheck %s --match-full-lines --check-prefix=SLICEOOB
;; SLICEOOB: i32 0
;; SLICEOOB-NEXT: i32 24
;; SLICEOOB-NEXT: i32 24
;; SLICEOOB-NOT: {{.}}
;; RUN: not mswasm run --invoke=slice_out_of_bounds_use %s 2>&1 | FileCheck %s --check-prefix=SLICEOOBUSE
;; SLICEOOBUSE: ERROR: slice-out-of-bounds
;; RUN: not mswasm run --invoke=slice_negative_offset_use %s 2>&1 | FileCheck %s --check-prefix=SLICENEG
;; SLICENEG: ERROR: slice-out-of-bounds
;; RUN: not mswasm run --invoke=slice_huge_len_use %s 2>&1 | FileCheck %s --check-prefix=SLICEHUGE
;; SLICEHUGE: ERROR: slice-out-of-bounds
;; RUN: not mswasm run --invoke=slice_null_use %s 2>&1 | FileCheck %s --check-prefix=SLICENULL
;; SLICENULL: ERROR: null-dereference
;; RUN: not mswasm run --invoke=slice_from_int_use %s 2>&1 | FileCheck %s --check-prefix=SLICEINT
;; SLICEINT: ERROR: pointer-built-from-data
;; RUN: not mswasm run --invoke=slice_dangling_use %s 2>&1 | FileCheck %s --check-prefix=SLICEDANG
;; SLICEDANG: ERROR: use-after-free
;; RUN: not mswasm run --invoke=free_slice %s 2>&1 | FileCheck %s --check-prefix=FREESLICE
;; FREESLICE: ERROR: invalid-free
;; RUN: mswasm run --invoke=free_whole_slice %s | FileCheck %s --match-full-lines --check-prefix=FREEWHOLE
;; FREEWHOLE: i32 1
;; RUN: not mswasm run --invoke=slice_len_no_wrap %s 2>&1 | FileCheck %s --check-prefix=SLICEWRAP
;; SLICEWRAP: ERROR: slice-out-of-bounds
;; RUN: mswasm run --invoke=authority_at_address_0 %s | FileCheck %s --match-full-lines --check-prefix=AUTH0
;; AUTH0: i32 0
;; AUTH0-NEXT: i32 1
;; AUTH0-NEXT: i32 8
;; AUTH0-NEXT: i32 8
;; AUTH0-NOT: {{.}}
;; RUN: not mswasm run --invoke=authority_at_address_0_use %s 2>&1 | FileCheck %s --check-prefix=AUTH0USE
;; AUTH0USE: ERROR: heap-buffer-overflow
(module
  (func $seg (result handle)
    i32.const 32
    i32.const 16
    segalloc)
  (func (export "null_fields") (result i32 i32 i32 i32 i32 i32)
    handle.null
    handle.get_addr
    handle.null
    handle.get_offset
    handle.null
    handle.is_null
    handle.null
    i32.const 8
    handle.add
    handle.get_addr
    handle.null
    i32.const 8
    handle.add
    handle.get_offset
    handle.null
    i32.const 8
    handle.add
    handle.is_null)
  (func (export "null_add_use") (result i32)
    handle.null
    i32.const 8
    handle.add
    i32.segload)
  ;; results: offset, addr-base after +12; offset, addr-base after -4; offset 0x7fffffff + 1 wraps;
  ;; +12 then -12 is the original handle again (offset 0, equal).
  (func (export "add_offsets") (result i32 i32 i32 i32 i32 i32 i32) (local $h handle) (local $b i32)
    call $seg
    local.tee $h
    handle.get_addr
    local.set $b
    local.get $h
    i32.const 12
    handle.add
    handle.get_offset
    local.get $h
    i32.const 12
    handle.add
    handle.get_addr
    local.get $b
    i32.sub
    local.get $h
    i32.const -4
    handle.add
    handle.get_offset
    local.get $h
    i32.const -4
    handle.add
    handle.get_addr
    local.get $b
    i32.sub
    local.get $h
    i32.const 0x7fffffff
    handle.add
    i32.const 1
    handle.add
    handle.get_offset
    local.get $h
    i32.const 12
    handle.add
    i32.const -12
    handle.add
    handle.get_offset
    local.get $h
    i32.const 12
    handle.add
    i32.const -12
    handle.add
    local.get $h
    handle.eq
    i32.eqz)
  ;; far out of bounds and back: the handle keeps its authority.
  (func (export "add_back_in_bounds") (result i32) (local $h handle)
    call $seg
    local.tee $h
    i32.const 55
    i32.segstore offset=4
    local.get $h
    i32.const -1000000
    handle.add
    i32.const 1000004
    handle.add
    i32.segload)
  ;; results: offset and addr-base after set_addr(base+12); set_addr(0) gives offset -base
  ;; (checked as offset+base = 0) and address 0; set_addr back to base+8 keeps authority.
  (func (export "set_addr") (result i32 i32 i32 i32 i32) (local $h handle) (local $b i32)
    call $seg
    local.tee $h
    handle.get_addr
    local.set $b
    local.get $h
    i32.const 66
    i32.segstore offset=8
    local.get $h
    local.get $b
    i32.const 12
    i32.add
    handle.set_addr
    handle.get_offset
    local.get $h
    local.get $b
    i32.const 12
    i32.add
    handle.set_addr
    handle.get_addr
    local.get $b
    i32.sub
    local.get $h
    i32.const 0
    handle.set_addr
    handle.get_offset
    local.get $b
    i32.add
    local.get $h
    i32.const 0
    handle.set_addr
    handle.get_addr
    local.get $h
    i32.const 0
    handle.set_addr
    local.get $b
    i32.const 8
    i32.add
    handle.set_addr
    i32.segload)
  (func (export "set_addr_null") (result i32 i32 i32)
    handle.null
    i32.const 0x1234
    handle.set_addr
    handle.get_addr
    handle.null
    i32.const 0x1234
    handle.set_addr
    handle.get_offset
    handle.null
    i32.const 0x1234
    handle.set_addr
    handle.is_null)
  (func (export "set_addr_null_use") (result i32)
    handle.null
    i32.const 0x10000
    handle.set_addr
    i32.segload)
  ;; from_int 0: null (is_null, addr 0, offset 0); from_int 0x12345: addr and offset 0x12345,
  ;; not null; moved back to address 0 it is "null" for is_null; from_int -1 has address -1.
  (func (export "from_int") (result i32 i32 i32 i32 i32 i32 i32)
    i32.const 0
    handle.from_int
    handle.is_null
    i32.const 0
    handle.from_int
    handle.get_addr
    i32.const 0x12345
    handle.from_int
    handle.is_null
    i32.const 0x12345
    handle.from_int
    handle.get_addr
    i32.const 0x12345
    handle.from_int
    handle.get_offset
    i32.const 0x12345
    handle.from_int
    i32.const -0x12345
    handle.add
    handle.is_null
    i32.const -1
    handle.from_int
    handle.get_addr)
  (func (export "from_int_zero_use") (result i32)
    i32.const 0
    handle.from_int
    i32.segload)
  (func (export "from_int_use") (result i32)
    i32.const 0x12345
    handle.from_int
    i32.segload)
  ;; an integer equal to a live segment's address still gives no authority.
  (func (export "from_int_of_real_address") (result i32)
    call $seg
    handle.get_addr
    handle.from_int
    i32.segload)
  ;; a, b: two live segments, a allocated first. Results: eq(a,a); eq(a,b); eq(from_int(addr a), a);
  ;; eq(a+32, b-... ) is computed as eq(set_addr(a, addr b), b); lt_u(a, a); lt_u(a+1, a);
  ;; lt_u(null, a); lt_u(from_int(-1), a); lt_u(a, from_int(-1)); eq(null, from_int 0).
  (func (export "compare") (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (local $a handle) (local $b handle)
    call $seg
    local.set $a
    call $seg
    local.set $b
    local.get $a
    local.get $a
    handle.eq
    local.get $a
    local.get $b
    handle.eq
    local.get $a
    handle.get_addr
    handle.from_int
    local.get $a
    handle.eq
    local.get $a
    local.get $b
    handle.get_addr
    handle.set_addr
    local.get $b
    handle.eq
    local.get $a
    local.get $a
    handle.lt_u
    local.get $a
    i32.const 1
    handle.add
    local.get $a
    handle.lt_u
    handle.null
    local.get $a
    handle.lt_u
    i32.const -1
    handle.from_int
    local.get $a
    handle.lt_u
    local.get $a
    i32.const -1
    handle.from_int
    handle.lt_u
    handle.null
    i32.const 0
    handle.from_int
    handle.eq)
  ;; slice of 8 bytes at offset 8: offset 0, address base+8, byte 7 of the slice is byte 15 of the
  ;; segment; a zero-length slice at the end is valid (offset 0, address base+32 checked as 0).
  (func (export "slice_in_bounds") (result i32 i32 i32 i32 i32) (local $h handle) (local $s handle)
    call $seg
    local.tee $h
    i32.const 8
    handle.add
    i32.const 8
    handle.slice
    local.tee $s
    handle.get_offset
    local.get $s
    handle.get_addr
    local.get $h
    handle.get_addr
    i32.sub
    local.get $s
    i32.const 99
    i32.segstore8 offset=7
    local.get $h
    i32.segload8_u offset=15
    local.get $h
    i32.const 32
    handle.add
    i32.const 0
    handle.slice
    handle.get_offset
    local.get $h
    i32.const 32
    handle.add
    i32.const 0
    handle.slice
    handle.get_addr
    local.get $h
    handle.get_addr
    i32.sub
    i32.const 32
    i32.sub)
  (func (export "slice_past_its_end") (result i32)
    call $seg
    i32.const 8
    handle.add
    i32.const 8
    handle.slice
    i32.segload8_u offset=8)
  ;; 16 bytes at offset 24 of a 32-byte segment: invalid, not null, address base+24 (offset = address).
  (func (export "slice_out_of_bounds") (result i32 i32 i32) (local $h handle) (local $s handle)
    call $seg
    local.tee $h
    i32.const 24
    handle.add
    i32.const 16
    handle.slice
    local.tee $s
    handle.is_null
    local.get $s
    handle.get_addr
    local.get $h
    handle.get_addr
    i32.sub
    local.get $s
    handle.get_offset
    local.get $h
    handle.get_addr
    i32.sub)
  (func (export "slice_out_of_bounds_use") (result i32)
    call $seg
    i32.const 24
    handle.add
    i32.const 16
    handle.slice
    i32.segload8_u)
  (func (export "slice_negative_offset_use") (result i32)
    call $seg
    i32.const -4
    handle.add
    i32.const 4
    handle.slice
    i32.const 4
    handle.add
    i32.segload8_u)
  (func (export "slice_huge_len_use") (result i32)
    call $seg
    i32.const -1
    handle.slice
    i32.segload8_u)
  (func (export "slice_null_use") (result i32)
    handle.null
    i32.const 4
    handle.slice
    i32.segload8_u)
  (func (export "slice_from_int_use") (result i32)
    i32.const 0x40000
    handle.from_int
    i32.const 4
    handle.slice
    i32.segload8_u)
  (func (export "slice_dangling_use") (result i32) (local $h handle)
    call $seg
    local.tee $h
    segfree
    local.get $h
    i32.const 4
    handle.slice
    i32.segload8_u)
  (func (export "free_slice")
    call $seg
    i32.const 16
    handle.slice
    segfree)
  ;; a slice of the whole segment has the segment's own base and bound: segfree accepts it.
  (func (export "free_whole_slice") (result i32)
    call $seg
    i32.const 32
    handle.slice
    segfree
    i32.const 1)
  ;; offset 8 + len 0xfffffff8 = 2^32 exactly: out of bounds (a 32-bit sum would wrap to 0).
  (func (export "slice_len_no_wrap") (result i32)
    call $seg
    i32.const 8
    handle.add
    i32.const 0xfffffff8
    handle.slice
    i32.segload8_u offset=100)
  ;; a heap handle moved to address 0 keeps its authority, so is_null is 0 (and a use overflows);
  ;; an out-of-bounds slice of it is invalid at address 0, which is_null reports as 1. A slice of
  ;; a null-kind handle at address 8 stays null-kind at address 8 (offset = address).
  (func (export "authority_at_address_0") (result i32 i32 i32 i32)
    call $seg
    i32.const 0
    handle.set_addr
    handle.is_null
    call $seg
    i32.const 0
    handle.set_addr
    i32.const 4
    handle.slice
    handle.is_null
    handle.null
    i32.const 8
    handle.add
    i32.const 4
    handle.slice
    handle.get_addr
    handle.null
    i32.const 8
    handle.add
    i32.const 4
    handle.slice
    handle.get_offset)
  (func (export "authority_at_address_0_use") (result i32)
    call $seg
    i32.const 0
    handle.set_addr
    i32.segload))
