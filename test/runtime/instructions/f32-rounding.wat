;; Execution results of f32 rounding to an integral value: ceil, floor, trunc and nearest
;; (ties to even), with signed zeros kept (ceil(-0.5) is -0), integral, infinite and huge values
;; unchanged, and NaN results canonical (0x7fc00000).
;; RUN: mswasm run --invoke=ceil %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=CEIL_1
;; CEIL_1: f32 2 (0x40000000)
;; CEIL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=CEIL_2
;; CEIL_2: f32 -1 (0xbf800000)
;; CEIL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 0.5 | FileCheck %s --match-full-lines --check-prefix=CEIL_3
;; CEIL_3: f32 1 (0x3f800000)
;; CEIL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- -0.5 | FileCheck %s --match-full-lines --check-prefix=CEIL_4
;; CEIL_4: f32 -0 (0x80000000)
;; CEIL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 2.5 | FileCheck %s --match-full-lines --check-prefix=CEIL_5
;; CEIL_5: f32 3 (0x40400000)
;; CEIL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- -2.5 | FileCheck %s --match-full-lines --check-prefix=CEIL_6
;; CEIL_6: f32 -2 (0xc0000000)
;; CEIL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 3.5 | FileCheck %s --match-full-lines --check-prefix=CEIL_7
;; CEIL_7: f32 4 (0x40800000)
;; CEIL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 0 | FileCheck %s --match-full-lines --check-prefix=CEIL_8
;; CEIL_8: f32 0 (0x00000000)
;; CEIL_8-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- -0 | FileCheck %s --match-full-lines --check-prefix=CEIL_9
;; CEIL_9: f32 -0 (0x80000000)
;; CEIL_9-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 0x1.fffffep-2 | FileCheck %s --match-full-lines --check-prefix=CEIL_10
;; CEIL_10: f32 1 (0x3f800000)
;; CEIL_10-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=CEIL_11
;; CEIL_11: f32 1 (0x3f800000)
;; CEIL_11-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- -0x1p-149 | FileCheck %s --match-full-lines --check-prefix=CEIL_12
;; CEIL_12: f32 -0 (0x80000000)
;; CEIL_12-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- inf | FileCheck %s --match-full-lines --check-prefix=CEIL_13
;; CEIL_13: f32 inf (0x7f800000)
;; CEIL_13-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- -inf | FileCheck %s --match-full-lines --check-prefix=CEIL_14
;; CEIL_14: f32 -inf (0xff800000)
;; CEIL_14-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 0x1p23 | FileCheck %s --match-full-lines --check-prefix=CEIL_15
;; CEIL_15: f32 8388608 (0x4b000000)
;; CEIL_15-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- -0x1.000002p23 | FileCheck %s --match-full-lines --check-prefix=CEIL_16
;; CEIL_16: f32 -8388609 (0xcb000001)
;; CEIL_16-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- 1e30 | FileCheck %s --match-full-lines --check-prefix=CEIL_17
;; CEIL_17: f32 1.00000002e+30 (0x7149f2ca)
;; CEIL_17-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil %s -- nan | FileCheck %s --match-full-lines --check-prefix=CEIL_18
;; CEIL_18: f32 nan (0x7fc00000)
;; CEIL_18-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=CEIL_BITS_1
;; CEIL_BITS_1: f32 nan (0x7fc00000)
;; CEIL_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ceil_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=CEIL_BITS_2
;; CEIL_BITS_2: f32 nan (0x7fc00000)
;; CEIL_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=FLOOR_1
;; FLOOR_1: f32 1 (0x3f800000)
;; FLOOR_1-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=FLOOR_2
;; FLOOR_2: f32 -2 (0xc0000000)
;; FLOOR_2-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 0.5 | FileCheck %s --match-full-lines --check-prefix=FLOOR_3
;; FLOOR_3: f32 0 (0x00000000)
;; FLOOR_3-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- -0.5 | FileCheck %s --match-full-lines --check-prefix=FLOOR_4
;; FLOOR_4: f32 -1 (0xbf800000)
;; FLOOR_4-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 2.5 | FileCheck %s --match-full-lines --check-prefix=FLOOR_5
;; FLOOR_5: f32 2 (0x40000000)
;; FLOOR_5-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- -2.5 | FileCheck %s --match-full-lines --check-prefix=FLOOR_6
;; FLOOR_6: f32 -3 (0xc0400000)
;; FLOOR_6-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 3.5 | FileCheck %s --match-full-lines --check-prefix=FLOOR_7
;; FLOOR_7: f32 3 (0x40400000)
;; FLOOR_7-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 0 | FileCheck %s --match-full-lines --check-prefix=FLOOR_8
;; FLOOR_8: f32 0 (0x00000000)
;; FLOOR_8-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- -0 | FileCheck %s --match-full-lines --check-prefix=FLOOR_9
;; FLOOR_9: f32 -0 (0x80000000)
;; FLOOR_9-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 0x1.fffffep-2 | FileCheck %s --match-full-lines --check-prefix=FLOOR_10
;; FLOOR_10: f32 0 (0x00000000)
;; FLOOR_10-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=FLOOR_11
;; FLOOR_11: f32 0 (0x00000000)
;; FLOOR_11-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- -0x1p-149 | FileCheck %s --match-full-lines --check-prefix=FLOOR_12
;; FLOOR_12: f32 -1 (0xbf800000)
;; FLOOR_12-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- inf | FileCheck %s --match-full-lines --check-prefix=FLOOR_13
;; FLOOR_13: f32 inf (0x7f800000)
;; FLOOR_13-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- -inf | FileCheck %s --match-full-lines --check-prefix=FLOOR_14
;; FLOOR_14: f32 -inf (0xff800000)
;; FLOOR_14-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 0x1p23 | FileCheck %s --match-full-lines --check-prefix=FLOOR_15
;; FLOOR_15: f32 8388608 (0x4b000000)
;; FLOOR_15-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- -0x1.000002p23 | FileCheck %s --match-full-lines --check-prefix=FLOOR_16
;; FLOOR_16: f32 -8388609 (0xcb000001)
;; FLOOR_16-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- 1e30 | FileCheck %s --match-full-lines --check-prefix=FLOOR_17
;; FLOOR_17: f32 1.00000002e+30 (0x7149f2ca)
;; FLOOR_17-NOT: {{.}}
;; RUN: mswasm run --invoke=floor %s -- nan | FileCheck %s --match-full-lines --check-prefix=FLOOR_18
;; FLOOR_18: f32 nan (0x7fc00000)
;; FLOOR_18-NOT: {{.}}
;; RUN: mswasm run --invoke=floor_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=FLOOR_BITS_1
;; FLOOR_BITS_1: f32 nan (0x7fc00000)
;; FLOOR_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=floor_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=FLOOR_BITS_2
;; FLOOR_BITS_2: f32 nan (0x7fc00000)
;; FLOOR_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=TRUNC_1
;; TRUNC_1: f32 1 (0x3f800000)
;; TRUNC_1-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=TRUNC_2
;; TRUNC_2: f32 -1 (0xbf800000)
;; TRUNC_2-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 0.5 | FileCheck %s --match-full-lines --check-prefix=TRUNC_3
;; TRUNC_3: f32 0 (0x00000000)
;; TRUNC_3-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- -0.5 | FileCheck %s --match-full-lines --check-prefix=TRUNC_4
;; TRUNC_4: f32 -0 (0x80000000)
;; TRUNC_4-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 2.5 | FileCheck %s --match-full-lines --check-prefix=TRUNC_5
;; TRUNC_5: f32 2 (0x40000000)
;; TRUNC_5-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- -2.5 | FileCheck %s --match-full-lines --check-prefix=TRUNC_6
;; TRUNC_6: f32 -2 (0xc0000000)
;; TRUNC_6-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 3.5 | FileCheck %s --match-full-lines --check-prefix=TRUNC_7
;; TRUNC_7: f32 3 (0x40400000)
;; TRUNC_7-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 0 | FileCheck %s --match-full-lines --check-prefix=TRUNC_8
;; TRUNC_8: f32 0 (0x00000000)
;; TRUNC_8-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- -0 | FileCheck %s --match-full-lines --check-prefix=TRUNC_9
;; TRUNC_9: f32 -0 (0x80000000)
;; TRUNC_9-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 0x1.fffffep-2 | FileCheck %s --match-full-lines --check-prefix=TRUNC_10
;; TRUNC_10: f32 0 (0x00000000)
;; TRUNC_10-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=TRUNC_11
;; TRUNC_11: f32 0 (0x00000000)
;; TRUNC_11-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- -0x1p-149 | FileCheck %s --match-full-lines --check-prefix=TRUNC_12
;; TRUNC_12: f32 -0 (0x80000000)
;; TRUNC_12-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- inf | FileCheck %s --match-full-lines --check-prefix=TRUNC_13
;; TRUNC_13: f32 inf (0x7f800000)
;; TRUNC_13-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- -inf | FileCheck %s --match-full-lines --check-prefix=TRUNC_14
;; TRUNC_14: f32 -inf (0xff800000)
;; TRUNC_14-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 0x1p23 | FileCheck %s --match-full-lines --check-prefix=TRUNC_15
;; TRUNC_15: f32 8388608 (0x4b000000)
;; TRUNC_15-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- -0x1.000002p23 | FileCheck %s --match-full-lines --check-prefix=TRUNC_16
;; TRUNC_16: f32 -8388609 (0xcb000001)
;; TRUNC_16-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- 1e30 | FileCheck %s --match-full-lines --check-prefix=TRUNC_17
;; TRUNC_17: f32 1.00000002e+30 (0x7149f2ca)
;; TRUNC_17-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc %s -- nan | FileCheck %s --match-full-lines --check-prefix=TRUNC_18
;; TRUNC_18: f32 nan (0x7fc00000)
;; TRUNC_18-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=TRUNC_BITS_1
;; TRUNC_BITS_1: f32 nan (0x7fc00000)
;; TRUNC_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=trunc_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=TRUNC_BITS_2
;; TRUNC_BITS_2: f32 nan (0x7fc00000)
;; TRUNC_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=NEAREST_1
;; NEAREST_1: f32 2 (0x40000000)
;; NEAREST_1-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=NEAREST_2
;; NEAREST_2: f32 -2 (0xc0000000)
;; NEAREST_2-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 0.5 | FileCheck %s --match-full-lines --check-prefix=NEAREST_3
;; NEAREST_3: f32 0 (0x00000000)
;; NEAREST_3-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- -0.5 | FileCheck %s --match-full-lines --check-prefix=NEAREST_4
;; NEAREST_4: f32 -0 (0x80000000)
;; NEAREST_4-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 2.5 | FileCheck %s --match-full-lines --check-prefix=NEAREST_5
;; NEAREST_5: f32 2 (0x40000000)
;; NEAREST_5-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- -2.5 | FileCheck %s --match-full-lines --check-prefix=NEAREST_6
;; NEAREST_6: f32 -2 (0xc0000000)
;; NEAREST_6-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 3.5 | FileCheck %s --match-full-lines --check-prefix=NEAREST_7
;; NEAREST_7: f32 4 (0x40800000)
;; NEAREST_7-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 0 | FileCheck %s --match-full-lines --check-prefix=NEAREST_8
;; NEAREST_8: f32 0 (0x00000000)
;; NEAREST_8-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- -0 | FileCheck %s --match-full-lines --check-prefix=NEAREST_9
;; NEAREST_9: f32 -0 (0x80000000)
;; NEAREST_9-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 0x1.fffffep-2 | FileCheck %s --match-full-lines --check-prefix=NEAREST_10
;; NEAREST_10: f32 0 (0x00000000)
;; NEAREST_10-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=NEAREST_11
;; NEAREST_11: f32 0 (0x00000000)
;; NEAREST_11-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- -0x1p-149 | FileCheck %s --match-full-lines --check-prefix=NEAREST_12
;; NEAREST_12: f32 -0 (0x80000000)
;; NEAREST_12-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- inf | FileCheck %s --match-full-lines --check-prefix=NEAREST_13
;; NEAREST_13: f32 inf (0x7f800000)
;; NEAREST_13-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- -inf | FileCheck %s --match-full-lines --check-prefix=NEAREST_14
;; NEAREST_14: f32 -inf (0xff800000)
;; NEAREST_14-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 0x1p23 | FileCheck %s --match-full-lines --check-prefix=NEAREST_15
;; NEAREST_15: f32 8388608 (0x4b000000)
;; NEAREST_15-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- -0x1.000002p23 | FileCheck %s --match-full-lines --check-prefix=NEAREST_16
;; NEAREST_16: f32 -8388609 (0xcb000001)
;; NEAREST_16-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- 1e30 | FileCheck %s --match-full-lines --check-prefix=NEAREST_17
;; NEAREST_17: f32 1.00000002e+30 (0x7149f2ca)
;; NEAREST_17-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest %s -- nan | FileCheck %s --match-full-lines --check-prefix=NEAREST_18
;; NEAREST_18: f32 nan (0x7fc00000)
;; NEAREST_18-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=NEAREST_BITS_1
;; NEAREST_BITS_1: f32 nan (0x7fc00000)
;; NEAREST_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=nearest_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=NEAREST_BITS_2
;; NEAREST_BITS_2: f32 nan (0x7fc00000)
;; NEAREST_BITS_2-NOT: {{.}}
(module
  (func (export "ceil") (param f32) (result f32)
    local.get 0
    f32.ceil)
  (func (export "ceil_bits") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    f32.ceil)
  (func (export "floor") (param f32) (result f32)
    local.get 0
    f32.floor)
  (func (export "floor_bits") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    f32.floor)
  (func (export "trunc") (param f32) (result f32)
    local.get 0
    f32.trunc)
  (func (export "trunc_bits") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    f32.trunc)
  (func (export "nearest") (param f32) (result f32)
    local.get 0
    f32.nearest)
  (func (export "nearest_bits") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    f32.nearest))
