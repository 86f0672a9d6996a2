;; Execution results of local.get/local.set/local.tee and global.get/global.set: locals start at
;; zero (handles at null), tee leaves its value on the stack, values of every type (NaN bits
;; included) round-trip unchanged, globals keep their initialisers (constants, handle.null,
;; global.segment, func.handle) and mutable globals keep values between calls of one run.
;; RUN: mswasm run --invoke=defaults %s | FileCheck %s --match-full-lines --check-prefix=DEFAULTS
;; DEFAULTS: i32 0
;; DEFAULTS-NEXT: i64 0
;; DEFAULTS-NEXT: f32 0 (0x00000000)
;; DEFAULTS-NEXT: f64 0 (0x0000000000000000)
;; DEFAULTS-NEXT: i32 1
;; DEFAULTS-NOT: {{.}}
;; RUN: mswasm run --invoke=set_tee %s -- 5 | FileCheck %s --match-full-lines --check-prefix=TEE
;; TEE: i32 10
;; TEE-NEXT: i32 5
;; TEE-NOT: {{.}}
;; RUN: mswasm run --invoke=params %s -- -3 0x123456789 -0 1e300 | FileCheck %s --match-full-lines --check-prefix=PARAMS
;; PARAMS: f64 1.0000000000000001e+300 (0x7e37e43c8800759c)
;; PARAMS-NEXT: f32 -0 (0x80000000)
;; PARAMS-NEXT: i64 4886718345
;; PARAMS-NEXT: i32 -3
;; PARAMS-NOT: {{.}}
;; RUN: mswasm run --invoke=nan_local %s | FileCheck %s --match-full-lines --check-prefix=NANLOCAL
;; NANLOCAL: f32 -nan (0xff800001)
;; NANLOCAL-NEXT: f64 nan (0x7ff0000000000001)
;; NANLOCAL-NOT: {{.}}
;; RUN: mswasm run --invoke=handle_local %s | FileCheck %s --match-full-lines --check-prefix=HLOCAL
;; HLOCAL: i32 77
;; RUN: mswasm run --invoke=globals_init %s | FileCheck %s --match-full-lines --check-prefix=GINIT
;; GINIT: i32 -7
;; GINIT-NEXT: i64 -9223372036854775808
;; GINIT-NEXT: f32 -1.5 (0xbfc00000)
;; GINIT-NEXT: f64 nan (0x7ff0000000000001)
;; GINIT-NEXT: i32 1
;; GINIT-NEXT: i32 105
;; GINIT-NEXT: i32 9
;; GINIT-NOT: {{.}}
;; RUN: mswasm run --invoke=globals_set %s | FileCheck %s --match-full-lines --check-prefix=GSET
;; GSET: i32 3
;; GSET-NEXT: i64 -1
;; GSET-NEXT: f32 nan (0x7fa00000)
;; GSET-NEXT: f64 -0 (0x8000000000000000)
;; GSET-NEXT: i32 0
;; GSET-NEXT: i32 88
;; GSET-NOT: {{.}}
(module
  (segment $s (size 4) (align 4) (data "hi\00\00"))
  (global $gi (mut i32) i32.const -7)
  (global $gl (mut i64) i64.const -9223372036854775808)
  (global $gf (mut f32) f32.const -1.5)
  (global $gd (mut f64) f64.const nan:0x1)
  (global $gh (mut handle) handle.null)
  (global $gseg handle global.segment $s)
  (global $gfn handle func.handle $nine)
  (type $to_i32 (func (result i32)))
  (func $nine (result i32) i32.const 9)
  (func (export "defaults") (result i32 i64 f32 f64 i32) (local i32 i64 f32 f64 handle)
    local.get 0
    local.get 1
    local.get 2
    local.get 3
    local.get 4
    handle.is_null)
  (func (export "set_tee") (param i32) (result i32 i32) (local i32)
    local.get 0
    i32.const 2
    i32.mul
    local.tee 1
    local.get 0)
  (func (export "params") (param i32 i64 f32 f64) (result f64 f32 i64 i32)
    local.get 3
    local.get 2
    local.get 1
    local.get 0)
  (func (export "nan_local") (result f32 f64) (local f32 f64)
    i32.const 0xff800001
    f32.reinterpret_i32
    local.set 0
    f64.const nan:0x1
    local.set 1
    local.get 0
    local.get 1)
  (func (export "handle_local") (result i32) (local $h handle) (local $c handle)
    i32.const 8
    i32.const 16
    segalloc
    local.tee $h
    local.set $c
    local.get $h
    i32.const 77
    i32.segstore
    local.get $c
    i32.segload)
  (func (export "globals_init") (result i32 i64 f32 f64 i32 i32 i32)
    global.get $gi
    global.get $gl
    global.get $gf
    global.get $gd
    global.get $gh
    handle.is_null
    global.get $gseg
    i32.segload8_u offset=1
    global.get $gfn
    call.handle $to_i32)
  (func $store_all
    i32.const 3
    global.set $gi
    i64.const -1
    global.set $gl
    f32.const nan:0x200000
    global.set $gf
    f64.const -0
    global.set $gd
    i32.const 4
    i32.const 16
    segalloc
    global.set $gh
    global.get $gh
    i32.const 88
    i32.segstore)
  (func (export "globals_set") (result i32 i64 f32 f64 i32 i32)
    call $store_all
    global.get $gi
    global.get $gl
    global.get $gf
    global.get $gd
    global.get $gh
    handle.is_null
    global.get $gh
    i32.segload))
