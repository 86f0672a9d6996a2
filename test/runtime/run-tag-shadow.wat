;; Tags live in a shadow indexed by address (runtime/include/mswasm/runtime/tag_shadow.h), and the
;; native tier loads and stores handles inline once a segment holds one (its first handle store goes
;; through the runtime). Every case stores at least twice into the same segment so that the inline
;; paths run; lit and lit-interp run this file on both tiers, which must agree.
;; RUN: mswasm run --invoke=reload %s | FileCheck %s --check-prefix=RELOAD
;; RELOAD: i32 77
;; RUN: not mswasm run --invoke=reload_keeps_bound %s 2>&1 | FileCheck %s --check-prefix=BOUND
;; BOUND: ERROR: heap-buffer-overflow: read of size 4
;; BOUND: bound 8, offset 0
;; RUN: not mswasm run --invoke=slice_keeps_bound %s 2>&1 | FileCheck %s --check-prefix=SLICE
;; SLICE: ERROR: heap-buffer-overflow: read of size 4
;; SLICE: bound 4, offset 0
;; RUN: mswasm run --invoke=data_beside_keeps %s | FileCheck %s --check-prefix=BESIDE
;; BESIDE: i32 55
;; RUN: not mswasm run --invoke=data_inside_clears %s 2>&1 | FileCheck %s --check-prefix=FORGED
;; FORGED: ERROR: pointer-built-from-data: read of size 4
;; RUN: mswasm run --invoke=overlapping_handle_store %s | FileCheck %s --check-prefix=OVERLAP
;; OVERLAP: i32 3
;; RUN: not mswasm run --invoke=overlapped_is_data %s 2>&1 | FileCheck %s --check-prefix=FORGED
;; RUN: mswasm run --invoke=null_over_tag %s | FileCheck %s --check-prefix=NULL
;; NULL: i32 1
;; RUN: mswasm run --invoke=reused_range_is_clean %s | FileCheck %s --check-prefix=CLEAN
;; CLEAN: i32 3
;; RUN: not mswasm run --invoke=dangling_kept %s 2>&1 | FileCheck %s --check-prefix=UAF
;; UAF: ERROR: use-after-free: read of size 4
;; RUN: not mswasm run --invoke=misaligned_after_tag %s 2>&1 | FileCheck %s --check-prefix=MISALIGNED
;; MISALIGNED: ERROR: misaligned-handle-access
;; RUN: mswasm run --invoke=null_into_fresh %s | FileCheck %s --check-prefix=FRESH
;; FRESH: i32 4660
;; RUN: not mswasm run --invoke=int_handle_reloaded %s 2>&1 | FileCheck %s --check-prefix=FORGED
;; RUN: mswasm run --invoke=code_handle_reload %s | FileCheck %s --check-prefix=CODE
;; CODE: i32 42
(module
  (type $ri (func (result i32)))
  (func $forty_two (result i32) i32.const 42)
  ;; A 64-byte segment with a handle already stored at offset 48 (its first, runtime-made tag).
  (func $box (result handle) (local handle)
    i32.const 64
    i32.const 16
    segalloc
    local.tee 0
    i32.const 16
    i32.const 16
    segalloc
    handle.segstore offset=48
    local.get 0)
  ;; box[16] = an 8-byte segment holding 77; returns the box.
  (func $box_with_eight (result handle) (local $b handle) (local $c handle)
    call $box
    local.set $b
    i32.const 8
    i32.const 16
    segalloc
    local.tee $c
    i32.const 77
    i32.segstore
    local.get $b
    local.get $c
    handle.segstore offset=16
    local.get $b)
  (func (export "reload") (result i32)
    call $box_with_eight
    handle.segload offset=16
    i32.segload)
  (func (export "reload_keeps_bound") (result i32)
    call $box_with_eight
    handle.segload offset=16
    i32.segload offset=8)
  (func (export "slice_keeps_bound") (result i32) (local $b handle)
    call $box
    local.tee $b
    i32.const 32
    i32.const 16
    segalloc
    i32.const 4
    handle.slice
    handle.segstore offset=16
    local.get $b
    handle.segload offset=16
    i32.segload offset=4)
  ;; Data stores right before and right after the granule [16, 32) leave it tagged.
  (func (export "data_beside_keeps") (result i32) (local $b handle)
    call $box_with_eight
    local.tee $b
    i64.const -1
    i64.segstore offset=8
    local.get $b
    i64.const -1
    i64.segstore offset=32
    local.get $b
    handle.segload offset=16
    local.tee $b
    i32.const 55
    i32.segstore
    local.get $b
    i32.segload)
  ;; One byte written at the granule's last byte clears its tag.
  (func (export "data_inside_clears") (result i32) (local $b handle)
    call $box_with_eight
    local.tee $b
    i32.const 0
    i32.segstore8 offset=31
    local.get $b
    handle.segload offset=16
    i32.segload)
  ;; Handles at 0 and 16, then one at 8: both older granules overlap it and lose their tags.
  ;; Loaded again, [16, 32) is all zero (null), [8, 24) is the new handle. Returns 1 + 2.
  (func $overlapped (result handle) (local $b handle)
    call $box_with_eight
    local.tee $b
    local.get $b
    handle.segload offset=16
    handle.segstore offset=0
    local.get $b
    local.get $b
    handle.segload offset=16
    handle.segstore offset=8
    local.get $b)
  (func (export "overlapping_handle_store") (result i32) (local $b handle)
    call $overlapped
    local.tee $b
    handle.segload offset=16
    handle.is_null
    local.get $b
    handle.segload offset=8
    i32.segload
    i32.const 77
    i32.eq
    i32.const 2
    i32.mul
    i32.add)
  ;; [0, 16) now holds the first handle's address then the new handle's first 8 bytes: data.
  (func (export "overlapped_is_data") (result i32)
    call $overlapped
    handle.segload offset=0
    i32.segload)
  (func (export "null_over_tag") (result i32) (local $b handle)
    call $box_with_eight
    local.tee $b
    handle.null
    handle.segstore offset=16
    local.get $b
    handle.segload offset=16
    handle.is_null)
  ;; A freed box's range is handed out again (first fit): no tag of the old box survives there.
  (func (export "reused_range_is_clean") (result i32) (local $b handle) (local $addr i32)
    call $box_with_eight
    local.tee $b
    handle.get_addr
    local.set $addr
    local.get $b
    segfree
    i32.const 64
    i32.const 16
    segalloc
    local.tee $b
    handle.get_addr
    local.get $addr
    i32.eq
    local.get $b
    handle.segload offset=16
    handle.is_null
    i32.const 2
    i32.mul
    i32.add)
  ;; A stored handle keeps its id after its segment dies: using it is a use-after-free.
  (func (export "dangling_kept") (result i32) (local $b handle)
    call $box_with_eight
    local.tee $b
    handle.segload offset=16
    segfree
    local.get $b
    handle.segload offset=16
    i32.segload)
  (func (export "misaligned_after_tag") (result i32)
    call $box
    i32.const 4
    handle.add
    handle.null
    handle.segstore
    i32.const 0)
  ;; Handles without authority stored into a segment that never held one (inline in native code):
  ;; null clears the 16 bytes, a handle made from an integer writes its address.
  (func $fresh_with_int (result handle) (local $b handle)
    i32.const 32
    i32.const 16
    segalloc
    local.tee $b
    i32.const 7
    i32.segstore offset=20
    local.get $b
    handle.null
    handle.segstore offset=16
    local.get $b
    i32.const 4660
    handle.from_int
    handle.segstore offset=0
    local.get $b)
  (func (export "null_into_fresh") (result i32)
    call $fresh_with_int
    i32.segload offset=20
    call $fresh_with_int
    i32.segload offset=0
    i32.add)
  (func (export "int_handle_reloaded") (result i32)
    call $fresh_with_int
    handle.segload offset=0
    i32.segload)
  (func (export "code_handle_reload") (result i32) (local $b handle)
    call $box
    local.tee $b
    func.handle $forty_two
    handle.segstore offset=0
    local.get $b
    handle.segload offset=0
    call.handle (type $ri)))
