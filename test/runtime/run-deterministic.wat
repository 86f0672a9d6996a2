;; --deterministic: clock_time returns 2000-01-01 plus 1 ms per call; random_get is seeded.
;; RUN: mswasm run --deterministic --invoke=clock %s | FileCheck %s --check-prefix=CLOCK
;; CLOCK: i64 946684800002000000
;; RUN: mswasm run --deterministic --invoke=rand %s > %t.a
;; RUN: mswasm run --deterministic --invoke=rand %s > %t.b
;; RUN: diff %t.a %t.b
(module
  (import "mswasm" "clock_time" (func $clock (param i32) (result i64)))
  (import "mswasm" "random_get" (func $random (param handle i32) (result i32)))
  (func (export "clock") (result i64)
    i32.const 1
    call $clock
    drop
    i32.const 0
    call $clock)
  (func (export "rand") (result i64) (local handle)
    i32.const 8
    i32.const 8
    segalloc
    local.tee 0
    i32.const 8
    call $random
    drop
    local.get 0
    i64.segload))
