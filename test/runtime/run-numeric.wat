;; Numeric results through --invoke: Wasm 1.0 semantics, NaN canonicalisation, saturation.
;; RUN: mswasm run --invoke=div_s %s -- -7 2 | FileCheck %s --check-prefix=DIV
;; DIV: i32 -3
;; RUN: mswasm run --invoke=rem_s %s -- -2147483648 -1 | FileCheck %s --check-prefix=REM
;; REM: i32 0
;; RUN: mswasm run --invoke=nan_add %s | FileCheck %s --check-prefix=NAN
;; NAN: f32 nan (0x7fc00000)
;; RUN: mswasm run --invoke=neg_nan %s | FileCheck %s --check-prefix=NEG
;; NEG: f32 nan (0x7f801234)
;; RUN: mswasm run --invoke=sat %s 1e30 | FileCheck %s --check-prefix=SAT
;; SAT: i64 9223372036854775807
;; RUN: mswasm run --invoke=min0 %s | FileCheck %s --check-prefix=MIN
;; MIN: f64 -0 (0x8000000000000000)
;; RUN: mswasm run --invoke=ext %s 255 | FileCheck %s --check-prefix=EXT
;; EXT: i64 -1
;; RUN: mswasm run --invoke=multi %s 5 | FileCheck %s --check-prefix=MULTI
;; MULTI: i32 6
;; MULTI-NEXT: i64 4
;; RUN: not mswasm run --invoke=div_s %s 1 0 2>&1 | FileCheck %s --check-prefix=ZERO
;; ZERO: ERROR: integer-divide-by-zero
(module
  (func (export "div_s") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "rem_s") (param i32 i32) (result i32) local.get 0 local.get 1 i32.rem_s)
  (func (export "nan_add") (result f32) f32.const -nan:0x1234 f32.const 1 f32.add)
  (func (export "neg_nan") (result f32) f32.const -nan:0x1234 f32.neg)
  (func (export "sat") (param f64) (result i64) local.get 0 i64.trunc_sat_f64_s)
  (func (export "min0") (result f64) f64.const 0 f64.const -0 f64.min)
  (func (export "ext") (param i64) (result i64) local.get 0 i64.extend8_s)
  (func (export "multi") (param i32) (result i32 i64)
    local.get 0
    i32.const 1
    i32.add
    local.get 0
    i64.extend_i32_u
    i64.const 1
    i64.sub))
