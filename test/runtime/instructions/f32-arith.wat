;; Execution results of f32 arithmetic (IEEE 754 binary32, round to nearest, ties to even):
;; overflow to infinity, subnormals, signed zeros, inf - inf, 0/0, x/0, sqrt of negatives. Every NaN
;; result is the canonical NaN 0x7fc00000 whatever the inputs' signs and payloads (spec, "NaN
;; determinism"); the *_bits exports take the operands' bit patterns as integers. Also f32.const.
;; RUN: mswasm run --invoke=consts %s | FileCheck %s --match-full-lines --check-prefix=CONSTS_1
;; CONSTS_1: f32 1.5 (0x3fc00000)
;; CONSTS_1-NEXT: f32 -0 (0x80000000)
;; CONSTS_1-NEXT: f32 inf (0x7f800000)
;; CONSTS_1-NEXT: f32 1.40129846e-45 (0x00000001)
;; CONSTS_1-NEXT: f32 3.40282347e+38 (0x7f7fffff)
;; CONSTS_1-NEXT: f32 nan (0x7fa00000)
;; CONSTS_1-NEXT: f32 -nan (0xff801234)
;; CONSTS_1-NEXT: f32 nan (0x7f800001)
;; CONSTS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1.5 2.25 | FileCheck %s --match-full-lines --check-prefix=ADD_1
;; ADD_1: f32 3.75 (0x40700000)
;; ADD_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=ADD_2
;; ADD_2: f32 -0 (0x80000000)
;; ADD_2-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=ADD_3
;; ADD_3: f32 0 (0x00000000)
;; ADD_3-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=ADD_4
;; ADD_4: f32 0 (0x00000000)
;; ADD_4-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 0x1.fffffep127 0x1.fffffep127 | FileCheck %s --match-full-lines --check-prefix=ADD_5
;; ADD_5: f32 inf (0x7f800000)
;; ADD_5-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- inf -inf | FileCheck %s --match-full-lines --check-prefix=ADD_6
;; ADD_6: f32 nan (0x7fc00000)
;; ADD_6-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- inf 1 | FileCheck %s --match-full-lines --check-prefix=ADD_7
;; ADD_7: f32 inf (0x7f800000)
;; ADD_7-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1 0x1p-24 | FileCheck %s --match-full-lines --check-prefix=ADD_8
;; ADD_8: f32 1 (0x3f800000)
;; ADD_8-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1 0x1.000002p-24 | FileCheck %s --match-full-lines --check-prefix=ADD_9
;; ADD_9: f32 1.00000012 (0x3f800001)
;; ADD_9-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 0x1p-149 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=ADD_10
;; ADD_10: f32 2.80259693e-45 (0x00000002)
;; ADD_10-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=ADD_11
;; ADD_11: f32 nan (0x7fc00000)
;; ADD_11-NOT: {{.}}
;; RUN: mswasm run --invoke=add_bits %s -- 0xffc01234 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=ADD_BITS_1
;; ADD_BITS_1: f32 nan (0x7fc00000)
;; ADD_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add_bits %s -- 0x7f800001 0x0 | FileCheck %s --match-full-lines --check-prefix=ADD_BITS_2
;; ADD_BITS_2: f32 nan (0x7fc00000)
;; ADD_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=add_bits %s -- 0x3f800000 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=ADD_BITS_3
;; ADD_BITS_3: f32 nan (0x7fc00000)
;; ADD_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 1 2.5 | FileCheck %s --match-full-lines --check-prefix=SUB_1
;; SUB_1: f32 -1.5 (0xbfc00000)
;; SUB_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=SUB_2
;; SUB_2: f32 -0 (0x80000000)
;; SUB_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 0 0 | FileCheck %s --match-full-lines --check-prefix=SUB_3
;; SUB_3: f32 0 (0x00000000)
;; SUB_3-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=SUB_4
;; SUB_4: f32 0 (0x00000000)
;; SUB_4-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=SUB_5
;; SUB_5: f32 nan (0x7fc00000)
;; SUB_5-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -0x1.fffffep127 0x1.fffffep127 | FileCheck %s --match-full-lines --check-prefix=SUB_6
;; SUB_6: f32 -inf (0xff800000)
;; SUB_6-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 0x1p-126 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=SUB_7
;; SUB_7: f32 1.17549421e-38 (0x007fffff)
;; SUB_7-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=SUB_8
;; SUB_8: f32 nan (0x7fc00000)
;; SUB_8-NOT: {{.}}
;; RUN: mswasm run --invoke=sub_bits %s -- 0xffc01234 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=SUB_BITS_1
;; SUB_BITS_1: f32 nan (0x7fc00000)
;; SUB_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sub_bits %s -- 0x7f800001 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=SUB_BITS_2
;; SUB_BITS_2: f32 nan (0x7fc00000)
;; SUB_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 1.5 -4 | FileCheck %s --match-full-lines --check-prefix=MUL_1
;; MUL_1: f32 -6 (0xc0c00000)
;; MUL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -0 5 | FileCheck %s --match-full-lines --check-prefix=MUL_2
;; MUL_2: f32 -0 (0x80000000)
;; MUL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=MUL_3
;; MUL_3: f32 0 (0x00000000)
;; MUL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0 inf | FileCheck %s --match-full-lines --check-prefix=MUL_4
;; MUL_4: f32 nan (0x7fc00000)
;; MUL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -inf -2 | FileCheck %s --match-full-lines --check-prefix=MUL_5
;; MUL_5: f32 inf (0x7f800000)
;; MUL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0x1.fffffep127 2 | FileCheck %s --match-full-lines --check-prefix=MUL_6
;; MUL_6: f32 inf (0x7f800000)
;; MUL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0x1p-149 0.5 | FileCheck %s --match-full-lines --check-prefix=MUL_7
;; MUL_7: f32 0 (0x00000000)
;; MUL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0x1p-126 0.5 | FileCheck %s --match-full-lines --check-prefix=MUL_8
;; MUL_8: f32 5.87747175e-39 (0x00400000)
;; MUL_8-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 3 0x1p-2 | FileCheck %s --match-full-lines --check-prefix=MUL_9
;; MUL_9: f32 0.75 (0x3f400000)
;; MUL_9-NOT: {{.}}
;; RUN: mswasm run --invoke=mul_bits %s -- 0xffc01234 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=MUL_BITS_1
;; MUL_BITS_1: f32 nan (0x7fc00000)
;; MUL_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=mul_bits %s -- 0x7f800001 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=MUL_BITS_2
;; MUL_BITS_2: f32 nan (0x7fc00000)
;; MUL_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 7 2 | FileCheck %s --match-full-lines --check-prefix=DIV_1
;; DIV_1: f32 3.5 (0x40600000)
;; DIV_1-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 3 | FileCheck %s --match-full-lines --check-prefix=DIV_2
;; DIV_2: f32 0.333333343 (0x3eaaaaab)
;; DIV_2-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 0 | FileCheck %s --match-full-lines --check-prefix=DIV_3
;; DIV_3: f32 inf (0x7f800000)
;; DIV_3-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- -1 0 | FileCheck %s --match-full-lines --check-prefix=DIV_4
;; DIV_4: f32 -inf (0xff800000)
;; DIV_4-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 -0 | FileCheck %s --match-full-lines --check-prefix=DIV_5
;; DIV_5: f32 -inf (0xff800000)
;; DIV_5-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 0 0 | FileCheck %s --match-full-lines --check-prefix=DIV_6
;; DIV_6: f32 nan (0x7fc00000)
;; DIV_6-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=DIV_7
;; DIV_7: f32 nan (0x7fc00000)
;; DIV_7-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- -inf 2 | FileCheck %s --match-full-lines --check-prefix=DIV_8
;; DIV_8: f32 -inf (0xff800000)
;; DIV_8-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 inf | FileCheck %s --match-full-lines --check-prefix=DIV_9
;; DIV_9: f32 0 (0x00000000)
;; DIV_9-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- -1 inf | FileCheck %s --match-full-lines --check-prefix=DIV_10
;; DIV_10: f32 -0 (0x80000000)
;; DIV_10-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 0x1p-149 2 | FileCheck %s --match-full-lines --check-prefix=DIV_11
;; DIV_11: f32 0 (0x00000000)
;; DIV_11-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 0x1.fffffep127 0.5 | FileCheck %s --match-full-lines --check-prefix=DIV_12
;; DIV_12: f32 inf (0x7f800000)
;; DIV_12-NOT: {{.}}
;; RUN: mswasm run --invoke=div_bits %s -- 0xffc01234 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=DIV_BITS_1
;; DIV_BITS_1: f32 nan (0x7fc00000)
;; DIV_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=div_bits %s -- 0x3f800000 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=DIV_BITS_2
;; DIV_BITS_2: f32 nan (0x7fc00000)
;; DIV_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 4 | FileCheck %s --match-full-lines --check-prefix=SQRT_1
;; SQRT_1: f32 2 (0x40000000)
;; SQRT_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 2 | FileCheck %s --match-full-lines --check-prefix=SQRT_2
;; SQRT_2: f32 1.41421354 (0x3fb504f3)
;; SQRT_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 0 | FileCheck %s --match-full-lines --check-prefix=SQRT_3
;; SQRT_3: f32 0 (0x00000000)
;; SQRT_3-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- -0 | FileCheck %s --match-full-lines --check-prefix=SQRT_4
;; SQRT_4: f32 -0 (0x80000000)
;; SQRT_4-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- -1 | FileCheck %s --match-full-lines --check-prefix=SQRT_5
;; SQRT_5: f32 nan (0x7fc00000)
;; SQRT_5-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- inf | FileCheck %s --match-full-lines --check-prefix=SQRT_6
;; SQRT_6: f32 inf (0x7f800000)
;; SQRT_6-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- -inf | FileCheck %s --match-full-lines --check-prefix=SQRT_7
;; SQRT_7: f32 nan (0x7fc00000)
;; SQRT_7-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=SQRT_8
;; SQRT_8: f32 3.74339207e-23 (0x1a3504f3)
;; SQRT_8-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 0x1p-2 | FileCheck %s --match-full-lines --check-prefix=SQRT_9
;; SQRT_9: f32 0.5 (0x3f000000)
;; SQRT_9-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=SQRT_BITS_1
;; SQRT_BITS_1: f32 nan (0x7fc00000)
;; SQRT_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=SQRT_BITS_2
;; SQRT_BITS_2: f32 nan (0x7fc00000)
;; SQRT_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt_bits %s -- 0xbf800000 | FileCheck %s --match-full-lines --check-prefix=SQRT_BITS_3
;; SQRT_BITS_3: f32 nan (0x7fc00000)
;; SQRT_BITS_3-NOT: {{.}}
(module
  (func (export "consts") (result f32 f32 f32 f32 f32 f32 f32 f32)
    f32.const 1.5
    f32.const -0
    f32.const inf
    f32.const 0x1p-149
    f32.const 0x1.fffffep127
    f32.const nan:0x200000
    f32.const -nan:0x1234
    f32.const nan:0x1)
  (func (export "add") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.add)
  (func (export "add_bits") (param i32 i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.add)
  (func (export "sub") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.sub)
  (func (export "sub_bits") (param i32 i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.sub)
  (func (export "mul") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.mul)
  (func (export "mul_bits") (param i32 i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.mul)
  (func (export "div") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.div)
  (func (export "div_bits") (param i32 i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.div)
  (func (export "sqrt") (param f32) (result f32)
    local.get 0
    f32.sqrt)
  (func (export "sqrt_bits") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    f32.sqrt))
