;; Default tag rules: a stored handle reads as data as its address; a data write into its granule
;; makes the reloaded handle invalid (pointer-built-from-data when used); zero bytes load as null;
;; segment.copy of whole co-aligned granules moves the handle.
;; RUN: mswasm run --invoke=address_as_data %s | FileCheck %s --check-prefix=ADDR
;; ADDR: i32 1
;; RUN: mswasm run --invoke=zero_is_null %s | FileCheck %s --check-prefix=NULL
;; NULL: i32 1
;; RUN: mswasm run --invoke=copy_keeps %s | FileCheck %s --check-prefix=COPY
;; COPY: i32 99
;; RUN: not mswasm run --invoke=overwritten %s 2>&1 | FileCheck %s --check-prefix=FORGED
;; FORGED: ERROR: pointer-built-from-data: read of size 4
;; FORGED: through invalid handle (from-data)
(module
  (func $pair (result handle handle) (local handle handle)
    i32.const 64
    i32.const 16
    segalloc
    local.tee 0
    i32.const 16
    i32.const 16
    segalloc
    local.tee 1
    handle.segstore
    local.get 1
    i32.const 99
    i32.segstore
    local.get 0
    local.get 1)
  (func (export "address_as_data") (result i32) (local handle handle)
    call $pair
    local.set 1
    local.set 0
    local.get 0
    i32.segload
    local.get 1
    handle.get_addr
    i32.eq)
  (func (export "zero_is_null") (result i32)
    call $pair
    drop
    handle.segload offset=16
    handle.is_null)
  (func (export "copy_keeps") (result i32) (local handle)
    call $pair
    drop
    local.tee 0
    i32.const 32
    handle.add
    local.get 0
    i32.const 16
    segment.copy
    local.get 0
    handle.segload offset=32
    i32.segload)
  (func (export "overwritten") (result i32) (local handle)
    call $pair
    drop
    local.tee 0
    i32.const 7
    i32.segstore8 offset=9
    local.get 0
    handle.segload
    i32.segload))
