;; Execution results of the segment loads and stores (every width): little-endian byte order,
;; sign/zero extension of narrow loads, narrow stores write only the low bytes, f32/f64 keep NaN
;; bits exactly, memarg offsets add to the handle's offset (computed exactly, no wrap-around),
;; unaligned data accesses work, the last byte is in bounds and one past it traps, read-only
;; segments load but trap on store. Tags: a data load of a stored handle's granule gives its
;; address (bytes 4-15 read as zero); 16 zero bytes load as null; a data write into a tagged
;; granule makes the reloaded handle invalid (from-data), which traps when used; storing a null
;; handle clears the tag; a stored dangling handle stays a (dangling) handle.
;; RUN: mswasm run --invoke=loads %s | FileCheck %s --match-full-lines --check-prefix=LOADS
;; LOADS: i32 -168364040
;; LOADS-NEXT: i32 -8
;; LOADS-NEXT: i32 248
;; LOADS-NEXT: i32 -2056
;; LOADS-NEXT: i32 63480
;; LOADS-NEXT: i64 -1012478732780767240
;; LOADS-NEXT: i64 -8
;; LOADS-NEXT: i64 248
;; LOADS-NEXT: i64 -2056
;; LOADS-NEXT: i64 63480
;; LOADS-NEXT: i64 -168364040
;; LOADS-NEXT: i64 4126603256
;; LOADS-NEXT: f32 -6.26139859e+32 (0xf5f6f7f8)
;; LOADS-NEXT: f64 -7.8986617409766022e+240 (0xf1f2f3f4f5f6f7f8)
;; LOADS-NEXT: i32 -218893067
;; LOADS-NOT: {{.}}
;; RUN: mswasm run --invoke=little_endian %s | FileCheck %s --match-full-lines --check-prefix=LE
;; LE: i32 4
;; LE-NEXT: i32 3
;; LE-NEXT: i32 2
;; LE-NEXT: i32 1
;; LE-NEXT: i32 0
;; LE-NOT: {{.}}
;; RUN: mswasm run --invoke=narrow_stores %s | FileCheck %s --match-full-lines --check-prefix=NARROW
;; NARROW: i32 -285147016
;; NARROW-NEXT: i64 9626517787330047
;; NARROW-NEXT: i32 2139095041
;; NARROW-NEXT: i64 -4503599627365836
;; NARROW-NEXT: f32 -nan (0xff800001)
;; NARROW-NEXT: f64 -nan (0xfff8000000001234)
;; NARROW-NOT: {{.}}
;; RUN: mswasm run --invoke=offsets %s | FileCheck %s --match-full-lines --check-prefix=OFFSETS
;; OFFSETS: i32 2222
;; OFFSETS-NEXT: i32 2222
;; OFFSETS-NEXT: i32 2222
;; OFFSETS-NEXT: i32 1111
;; OFFSETS-NEXT: i32 0
;; OFFSETS-NEXT: i32 0
;; OFFSETS-NOT: {{.}}
;; RUN: not mswasm run --invoke=past_end %s 2>&1 | FileCheck %s --check-prefix=PASTEND
;; PASTEND: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=before_start %s 2>&1 | FileCheck %s --check-prefix=BEFORE
;; BEFORE: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=offset_no_wrap %s 2>&1 | FileCheck %s --check-prefix=NOWRAP
;; NOWRAP: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=store_past_end %s 2>&1 | FileCheck %s --check-prefix=STOREEND
;; STOREEND: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=stack_overflow %s 2>&1 | FileCheck %s --check-prefix=STACKOVF
;; STACKOVF: ERROR: stack-buffer-overflow
;; RUN: mswasm run --invoke=read_only_load %s | FileCheck %s --match-full-lines --check-prefix=ROLOAD
;; ROLOAD: i32 67305985
;; RUN: not mswasm run --invoke=read_only_store %s 2>&1 | FileCheck %s --check-prefix=ROSTORE
;; ROSTORE: ERROR: write-to-read-only
;; RUN: not mswasm run --invoke=global_overflow %s 2>&1 | FileCheck %s --check-prefix=GLOBOVF
;; GLOBOVF: ERROR: global-buffer-overflow
;; RUN: mswasm run --invoke=handle_as_data %s | FileCheck %s --match-full-lines --check-prefix=HDATA
;; HDATA: i32 1
;; HDATA-NEXT: i32 0
;; HDATA-NEXT: i64 0
;; HDATA-NEXT: i32 1
;; HDATA-NEXT: i32 1
;; HDATA-NOT: {{.}}
;; RUN: mswasm run --invoke=handle_roundtrip %s | FileCheck %s --match-full-lines --check-prefix=HROUND
;; HROUND: i32 1
;; HROUND-NEXT: i32 4
;; HROUND-NEXT: i32 1234
;; HROUND-NEXT: i32 1
;; HROUND-NOT: {{.}}
;; RUN: mswasm run --invoke=zero_is_null %s | FileCheck %s --match-full-lines --check-prefix=ZNULL
;; ZNULL: i32 1
;; ZNULL-NEXT: i32 0
;; ZNULL-NOT: {{.}}
;; RUN: mswasm run --invoke=untagged_nonzero %s | FileCheck %s --match-full-lines --check-prefix=UNTAG
;; UNTAG: i32 0
;; UNTAG-NEXT: i32 74565
;; UNTAG-NEXT: i32 74565
;; UNTAG-NOT: {{.}}
;; RUN: not mswasm run --invoke=untagged_use %s 2>&1 | FileCheck %s --check-prefix=UNTAGUSE
;; UNTAGUSE: ERROR: pointer-built-from-data
;; RUN: mswasm run --invoke=untagged_addr0 %s | FileCheck %s --match-full-lines --check-prefix=ADDR0
;; ADDR0: i32 1
;; ADDR0-NEXT: i32 0
;; ADDR0-NOT: {{.}}
;; RUN: not mswasm run --invoke=untagged_addr0_use %s 2>&1 | FileCheck %s --check-prefix=ADDR0USE
;; ADDR0USE: ERROR: pointer-built-from-data
;; RUN: not mswasm run --invoke=data_write_clears_tag %s 2>&1 | FileCheck %s --check-prefix=CLEARS
;; CLEARS: ERROR: pointer-built-from-data
;; RUN: mswasm run --invoke=null_store_clears %s | FileCheck %s --match-full-lines --check-prefix=NULLCLR
;; NULLCLR: i32 1
;; NULLCLR-NEXT: i32 0
;; NULLCLR-NOT: {{.}}
;; RUN: not mswasm run --invoke=dangling_stays_handle %s 2>&1 | FileCheck %s --check-prefix=DANGLE
;; DANGLE: ERROR: use-after-free
;; RUN: not mswasm run --invoke=misaligned_handle_store %s 2>&1 | FileCheck %s --check-prefix=MISST
;; MISST: ERROR: misaligned-handle-access
;; RUN: not mswasm run --invoke=misaligned_handle_load %s 2>&1 | FileCheck %s --check-prefix=MISLD
;; MISLD: ERROR: misaligned-handle-access
;; RUN: not mswasm run --invoke=handle_load_past_end %s 2>&1 | FileCheck %s --check-prefix=HPAST
;; HPAST: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=offset_sum_no_wrap %s 2>&1 | FileCheck %s --check-prefix=SUMWRAP
;; SUMWRAP: ERROR: heap-buffer-overflow
;; RUN: mswasm run --invoke=offset_min_plus_memarg %s | FileCheck %s --match-full-lines --check-prefix=MINPLUS
;; MINPLUS: i32 42
;; RUN: mswasm run --invoke=handle_store_memarg_aligned %s | FileCheck %s --match-full-lines --check-prefix=HMEMARG
;; HMEMARG: i32 1
;; The access check's order (spec "The access check"): null before bounds, liveness before
;; bounds, bounds before 16-byte alignment, alignment before read-only.
;; RUN: not mswasm run --invoke=order_null_oob %s 2>&1 | FileCheck %s --check-prefix=ORDNULL
;; ORDNULL: ERROR: null-dereference
;; RUN: not mswasm run --invoke=order_freed_oob %s 2>&1 | FileCheck %s --check-prefix=ORDUAF
;; ORDUAF: ERROR: use-after-free
;; RUN: not mswasm run --invoke=order_scope_oob %s 2>&1 | FileCheck %s --check-prefix=ORDUAS
;; ORDUAS: ERROR: use-after-scope
;; RUN: not mswasm run --invoke=order_oob_misaligned %s 2>&1 | FileCheck %s --check-prefix=ORDOOBMIS
;; ORDOOBMIS: ERROR: heap-buffer-overflow
;; RUN: not mswasm run --invoke=order_misaligned_read_only %s 2>&1 | FileCheck %s --check-prefix=ORDMISRO
;; ORDMISRO: ERROR: misaligned-handle-access
;; RUN: not mswasm run --invoke=order_oob_read_only %s 2>&1 | FileCheck %s --check-prefix=ORDOOBRO
;; ORDOOBRO: ERROR: global-buffer-overflow
;; RUN: not mswasm run --invoke=handle_store_read_only %s 2>&1 | FileCheck %s --check-prefix=HSTRO
;; HSTRO: ERROR: write-to-read-only
;; RUN: not mswasm run --invoke=store_through_code %s 2>&1 | FileCheck %s --check-prefix=STCODE
;; STCODE: ERROR: code-handle-access
(module
  (segment $ro32 (size 32) (align 16) (readonly))
  (segment $ro (size 8) (align 16) (readonly) (data "\01\02\03\04"))
  (func $pattern (result handle) (local $h handle)
    i32.const 32
    i32.const 16
    segalloc
    local.tee $h
    i64.const 0xF1F2F3F4F5F6F7F8
    i64.segstore
    local.get $h)
  (func (export "loads")
    (result i32 i32 i32 i32 i32 i64 i64 i64 i64 i64 i64 i64 f32 f64 i32) (local $h handle)
    call $pattern
    local.set $h
    local.get $h
    i32.segload
    local.get $h
    i32.segload8_s
    local.get $h
    i32.segload8_u
    local.get $h
    i32.segload16_s
    local.get $h
    i32.segload16_u
    local.get $h
    i64.segload
    local.get $h
    i64.segload8_s
    local.get $h
    i64.segload8_u
    local.get $h
    i64.segload16_s
    local.get $h
    i64.segload16_u
    local.get $h
    i64.segload32_s
    local.get $h
    i64.segload32_u
    local.get $h
    f32.segload
    local.get $h
    f64.segload
    local.get $h
    i32.segload offset=3 align=1)
  (func (export "little_endian") (result i32 i32 i32 i32 i32) (local $h handle)
    i32.const 8
    i32.const 16
    segalloc
    local.tee $h
    i32.const 0x01020304
    i32.segstore
    local.get $h
    i32.segload8_u
    local.get $h
    i32.segload8_u offset=1
    local.get $h
    i32.segload8_u offset=2
    local.get $h
    i32.segload8_u offset=3
    local.get $h
    i32.segload8_u offset=4)
  ;; bytes 0-3: 78 00 01 ef; 4-11: ff 45 23 55 44 33 22 00; then 32-bit and 64-bit float stores.
  (func (export "narrow_stores") (result i32 i64 i32 i64 f32 f64) (local $h handle)
    i32.const 64
    i32.const 16
    segalloc
    local.tee $h
    i32.const 0x12345678
    i32.segstore8
    local.get $h
    i32.const 0xabcdef01
    i32.segstore16 offset=2
    local.get $h
    i64.const 0x1ff
    i64.segstore8 offset=4
    local.get $h
    i64.const 0x12345
    i64.segstore16 offset=5
    local.get $h
    i64.const 0x122334455
    i64.segstore32 offset=7
    local.get $h
    i32.segload
    local.get $h
    i64.segload offset=4
    local.get $h
    i32.const 0x7f800001
    f32.reinterpret_i32
    f32.segstore offset=16
    local.get $h
    i32.segload offset=16
    local.get $h
    f64.const -nan:0x1234
    f64.segstore offset=24
    local.get $h
    i64.segload offset=24
    local.get $h
    i32.const 0xff800001
    i32.segstore offset=32
    local.get $h
    f32.segload offset=32
    local.get $h
    i64.const 0xfff8000000001234
    i64.segstore offset=40
    local.get $h
    f64.segload offset=40)
  ;; handle.add moves the offset, memarg offsets add to it: (h+10) offset=6 is byte 16 of h;
  ;; (h-4) offset=4 is byte 0. The last two reads are the segment's last byte and a zero offset.
  (func (export "offsets") (result i32 i32 i32 i32 i32 i32) (local $h handle)
    i32.const 20
    i32.const 16
    segalloc
    local.tee $h
    i32.const 1111
    i32.segstore
    local.get $h
    i32.const 2222
    i32.segstore offset=16
    local.get $h
    i32.const 10
    handle.add
    i32.segload offset=6
    local.get $h
    i32.const 16
    handle.add
    i32.segload
    local.get $h
    i32.segload offset=16
    local.get $h
    i32.const -4
    handle.add
    i32.segload offset=4
    local.get $h
    i32.segload8_u offset=19
    local.get $h
    i32.const 19
    handle.add
    i32.segload8_u offset=0)
  (func (export "past_end") (result i32)
    i32.const 20
    i32.const 16
    segalloc
    i32.segload offset=17)
  (func (export "before_start") (result i32)
    i32.const 20
    i32.const 16
    segalloc
    i32.const -1
    handle.add
    i32.segload8_u)
  ;; offset 1 + memarg offset 0xffffffff = 2^32: out of bounds, not byte 0.
  (func (export "offset_no_wrap") (result i32)
    i32.const 20
    i32.const 16
    segalloc
    i32.const 1
    handle.add
    i32.segload8_u offset=4294967295)
  (func (export "store_past_end")
    i32.const 20
    i32.const 16
    segalloc
    i64.const 1
    i64.segstore offset=13)
  (func (export "stack_overflow") (result i64)
    i32.const 4
    stack.alloc align=4
    i64.segload)
  (func (export "read_only_load") (result i32)
    global.segment $ro
    i32.segload)
  (func (export "read_only_store")
    global.segment $ro
    i32.const 0
    i32.segstore8)
  (func (export "global_overflow") (result i32)
    global.segment $ro
    i32.segload offset=5)
  ;; a stored handle read as data: bytes 0-3 are its address, 4-15 are zero; f32 sees the same bits.
  (func (export "handle_as_data") (result i32 i32 i64 i32 i32) (local $h handle) (local $t handle)
    i32.const 32
    i32.const 16
    segalloc
    local.set $h
    i32.const 4
    i32.const 16
    segalloc
    local.set $t
    local.get $h
    local.get $t
    handle.segstore
    local.get $h
    i32.segload
    local.get $t
    handle.get_addr
    i32.eq
    local.get $h
    i32.segload offset=4
    local.get $h
    i64.segload offset=8
    local.get $h
    f32.segload
    i32.reinterpret_f32
    local.get $t
    handle.get_addr
    i32.eq
    local.get $h
    i64.segload
    local.get $t
    handle.get_addr
    i64.extend_i32_u
    i64.eq)
  ;; handle.segload gives back the stored handle with its authority and its offset.
  (func (export "handle_roundtrip") (result i32 i32 i32 i32) (local $h handle) (local $t handle) (local $r handle)
    i32.const 32
    i32.const 16
    segalloc
    local.set $h
    i32.const 8
    i32.const 16
    segalloc
    i32.const 4
    handle.add
    local.set $t
    local.get $h
    local.get $t
    handle.segstore offset=16
    local.get $h
    handle.segload offset=16
    local.tee $r
    local.get $t
    handle.eq
    local.get $r
    handle.get_offset
    local.get $r
    i32.const 1234
    i32.segstore
    local.get $t
    i32.segload
    local.get $h
    handle.segload offset=16
    handle.is_null
    i32.eqz)
  (func (export "zero_is_null") (result i32 i32)
    i32.const 32
    i32.const 16
    segalloc
    handle.segload
    handle.is_null
    i32.const 32
    i32.const 16
    segalloc
    handle.segload offset=16
    handle.get_addr)
  ;; untagged non-zero bytes: an invalid handle whose address (and offset) is bytes 0-3.
  (func (export "untagged_nonzero") (result i32 i32 i32) (local $h handle) (local $r handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    i32.const 0x12345
    i32.segstore
    local.get $h
    handle.segload
    local.tee $r
    handle.is_null
    local.get $r
    handle.get_addr
    local.get $r
    handle.get_offset)
  (func (export "untagged_use") (result i32) (local $h handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    i32.const 0x12345
    i32.segstore
    local.get $h
    handle.segload
    i32.segload)
  ;; bytes 0-3 zero but byte 8 not: an invalid handle at address 0, which is_null reports as
  ;; null (address 0, no authority) but whose use traps pointer-built-from-data.
  (func $addr0 (result handle) (local $h handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    i32.const 1
    i32.segstore8 offset=8
    local.get $h
    handle.segload)
  (func (export "untagged_addr0") (result i32 i32)
    call $addr0
    handle.is_null
    call $addr0
    handle.get_addr)
  (func (export "untagged_addr0_use") (result i32)
    call $addr0
    i32.segload)
  (func (export "data_write_clears_tag") (result i32) (local $h handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    i32.const 16
    i32.const 16
    segalloc
    handle.segstore
    local.get $h
    i32.const 0
    i32.segstore8 offset=15
    local.get $h
    handle.segload
    i32.segload)
  (func (export "null_store_clears") (result i32 i32) (local $h handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    i32.const 16
    i32.const 16
    segalloc
    handle.segstore
    local.get $h
    handle.null
    handle.segstore
    local.get $h
    handle.segload
    handle.is_null
    local.get $h
    i32.segload)
  (func (export "dangling_stays_handle") (result i32) (local $h handle) (local $t handle)
    i32.const 16
    i32.const 16
    segalloc
    local.set $h
    i32.const 16
    i32.const 16
    segalloc
    local.set $t
    local.get $h
    local.get $t
    handle.segstore
    local.get $t
    segfree
    local.get $h
    handle.segload
    i32.segload)
  (func (export "misaligned_handle_store")
    i32.const 32
    i32.const 16
    segalloc
    handle.null
    handle.segstore offset=4)
  (func (export "misaligned_handle_load") (result i32)
    i32.const 32
    i32.const 16
    segalloc
    i32.const 4
    handle.add
    handle.segload
    handle.is_null)
  (func (export "handle_load_past_end") (result i32)
    i32.const 24
    i32.const 16
    segalloc
    handle.segload offset=16
    handle.is_null)
  ;; handle offset 0x7fffffff + memarg offset 0x80000001 = 2^32 exactly: out of bounds (a 32-bit
  ;; sum would wrap to byte 0).
  (func (export "offset_sum_no_wrap") (result i32)
    i32.const 32
    i32.const 16
    segalloc
    i32.const 0x7fffffff
    handle.add
    i32.segload8_u offset=0x80000001)
  ;; handle offset -2^31 + memarg offset 2^31 = 0: byte 0, in bounds.
  (func (export "offset_min_plus_memarg") (result i32) (local $h handle)
    i32.const 32
    i32.const 16
    segalloc
    local.tee $h
    i32.const 42
    i32.segstore8
    local.get $h
    i32.const 0x80000000
    handle.add
    i32.segload8_u offset=0x80000000)
  ;; the 16-byte alignment rule applies to the effective address: offset 8 + memarg 8 is fine.
  (func (export "handle_store_memarg_aligned") (result i32) (local $h handle)
    i32.const 48
    i32.const 16
    segalloc
    local.tee $h
    i32.const 8
    handle.add
    local.get $h
    handle.segstore offset=8
    local.get $h
    handle.segload offset=16
    local.get $h
    handle.eq)
  (func $nothing)
  (func (export "order_null_oob") (result i32)
    handle.null
    i32.segload offset=100)
  (func (export "order_freed_oob") (result i32) (local $h handle)
    i32.const 16
    i32.const 16
    segalloc
    local.tee $h
    segfree
    local.get $h
    i32.segload offset=100)
  (func (export "order_scope_oob") (result i32) (local $h handle)
    i32.const 4
    stack.alloc
    local.tee $h
    stack.free
    local.get $h
    i32.segload offset=8)
  (func (export "order_oob_misaligned") (result i32)
    i32.const 16
    i32.const 16
    segalloc
    handle.segload offset=8
    handle.is_null)
  (func (export "order_misaligned_read_only")
    global.segment $ro32
    handle.null
    handle.segstore offset=4)
  (func (export "order_oob_read_only")
    global.segment $ro32
    i32.const 1
    i32.segstore offset=32)
  (func (export "handle_store_read_only")
    global.segment $ro32
    handle.null
    handle.segstore offset=16)
  (func (export "store_through_code")
    func.handle $nothing
    i32.const 1
    i32.segstore))
