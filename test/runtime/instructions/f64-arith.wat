;; Execution results of f64 arithmetic (IEEE 754 binary64, round to nearest, ties to even):
;; overflow to infinity, subnormals, signed zeros, inf - inf, 0/0, x/0, sqrt of negatives. Every NaN
;; result is the canonical NaN 0x7ff8000000000000 whatever the inputs' signs and payloads (spec, "NaN
;; determinism"); the *_bits exports take the operands' bit patterns as integers. Also f64.const.
;; RUN: mswasm run --invoke=consts %s | FileCheck %s --match-full-lines --check-prefix=CONSTS_1
;; CONSTS_1: f64 1.5 (0x3ff8000000000000)
;; CONSTS_1-NEXT: f64 -0 (0x8000000000000000)
;; CONSTS_1-NEXT: f64 inf (0x7ff0000000000000)
;; CONSTS_1-NEXT: f64 4.9406564584124654e-324 (0x0000000000000001)
;; CONSTS_1-NEXT: f64 1.7976931348623157e+308 (0x7fefffffffffffff)
;; CONSTS_1-NEXT: f64 nan (0x7ff4000000000000)
;; CONSTS_1-NEXT: f64 -nan (0xfff0000000001234)
;; CONSTS_1-NEXT: f64 nan (0x7ff0000000000001)
;; CONSTS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1.5 2.25 | FileCheck %s --match-full-lines --check-prefix=ADD_1
;; ADD_1: f64 3.75 (0x400e000000000000)
;; ADD_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=ADD_2
;; ADD_2: f64 -0 (0x8000000000000000)
;; ADD_2-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=ADD_3
;; ADD_3: f64 0 (0x0000000000000000)
;; ADD_3-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=ADD_4
;; ADD_4: f64 0 (0x0000000000000000)
;; ADD_4-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 0x1.fffffffffffffp1023 0x1.fffffffffffffp1023 | FileCheck %s --match-full-lines --check-prefix=ADD_5
;; ADD_5: f64 inf (0x7ff0000000000000)
;; ADD_5-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- inf -inf | FileCheck %s --match-full-lines --check-prefix=ADD_6
;; ADD_6: f64 nan (0x7ff8000000000000)
;; ADD_6-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- inf 1 | FileCheck %s --match-full-lines --check-prefix=ADD_7
;; ADD_7: f64 inf (0x7ff0000000000000)
;; ADD_7-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1 0x1p-53 | FileCheck %s --match-full-lines --check-prefix=ADD_8
;; ADD_8: f64 1 (0x3ff0000000000000)
;; ADD_8-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1 0x1.0000000000001p-53 | FileCheck %s --match-full-lines --check-prefix=ADD_9
;; ADD_9: f64 1.0000000000000002 (0x3ff0000000000001)
;; ADD_9-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 0x1p-1074 0x1p-1074 | FileCheck %s --match-full-lines --check-prefix=ADD_10
;; ADD_10: f64 9.8813129168249309e-324 (0x0000000000000002)
;; ADD_10-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=ADD_11
;; ADD_11: f64 nan (0x7ff8000000000000)
;; ADD_11-NOT: {{.}}
;; RUN: mswasm run --invoke=add_bits %s -- 0xfff8000000001234 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=ADD_BITS_1
;; ADD_BITS_1: f64 nan (0x7ff8000000000000)
;; ADD_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add_bits %s -- 0x7ff0000000000001 0x0 | FileCheck %s --match-full-lines --check-prefix=ADD_BITS_2
;; ADD_BITS_2: f64 nan (0x7ff8000000000000)
;; ADD_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=add_bits %s -- 0x3ff0000000000000 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=ADD_BITS_3
;; ADD_BITS_3: f64 nan (0x7ff8000000000000)
;; ADD_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 1 2.5 | FileCheck %s --match-full-lines --check-prefix=SUB_1
;; SUB_1: f64 -1.5 (0xbff8000000000000)
;; SUB_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=SUB_2
;; SUB_2: f64 -0 (0x8000000000000000)
;; SUB_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 0 0 | FileCheck %s --match-full-lines --check-prefix=SUB_3
;; SUB_3: f64 0 (0x0000000000000000)
;; SUB_3-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=SUB_4
;; SUB_4: f64 0 (0x0000000000000000)
;; SUB_4-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=SUB_5
;; SUB_5: f64 nan (0x7ff8000000000000)
;; SUB_5-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -0x1.fffffffffffffp1023 0x1.fffffffffffffp1023 | FileCheck %s --match-full-lines --check-prefix=SUB_6
;; SUB_6: f64 -inf (0xfff0000000000000)
;; SUB_6-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 0x1p-1022 0x1p-1074 | FileCheck %s --match-full-lines --check-prefix=SUB_7
;; SUB_7: f64 2.2250738585072009e-308 (0x000fffffffffffff)
;; SUB_7-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=SUB_8
;; SUB_8: f64 nan (0x7ff8000000000000)
;; SUB_8-NOT: {{.}}
;; RUN: mswasm run --invoke=sub_bits %s -- 0xfff8000000001234 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=SUB_BITS_1
;; SUB_BITS_1: f64 nan (0x7ff8000000000000)
;; SUB_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sub_bits %s -- 0x7ff0000000000001 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=SUB_BITS_2
;; SUB_BITS_2: f64 nan (0x7ff8000000000000)
;; SUB_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 1.5 -4 | FileCheck %s --match-full-lines --check-prefix=MUL_1
;; MUL_1: f64 -6 (0xc018000000000000)
;; MUL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -0 5 | FileCheck %s --match-full-lines --check-prefix=MUL_2
;; MUL_2: f64 -0 (0x8000000000000000)
;; MUL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=MUL_3
;; MUL_3: f64 0 (0x0000000000000000)
;; MUL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0 inf | FileCheck %s --match-full-lines --check-prefix=MUL_4
;; MUL_4: f64 nan (0x7ff8000000000000)
;; MUL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -inf -2 | FileCheck %s --match-full-lines --check-prefix=MUL_5
;; MUL_5: f64 inf (0x7ff0000000000000)
;; MUL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0x1.fffffffffffffp1023 2 | FileCheck %s --match-full-lines --check-prefix=MUL_6
;; MUL_6: f64 inf (0x7ff0000000000000)
;; MUL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0x1p-1074 0.5 | FileCheck %s --match-full-lines --check-prefix=MUL_7
;; MUL_7: f64 0 (0x0000000000000000)
;; MUL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 0x1p-1022 0.5 | FileCheck %s --match-full-lines --check-prefix=MUL_8
;; MUL_8: f64 1.1125369292536007e-308 (0x0008000000000000)
;; MUL_8-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 3 0x1p-2 | FileCheck %s --match-full-lines --check-prefix=MUL_9
;; MUL_9: f64 0.75 (0x3fe8000000000000)
;; MUL_9-NOT: {{.}}
;; RUN: mswasm run --invoke=mul_bits %s -- 0xfff8000000001234 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=MUL_BITS_1
;; MUL_BITS_1: f64 nan (0x7ff8000000000000)
;; MUL_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=mul_bits %s -- 0x7ff0000000000001 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=MUL_BITS_2
;; MUL_BITS_2: f64 nan (0x7ff8000000000000)
;; MUL_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 7 2 | FileCheck %s --match-full-lines --check-prefix=DIV_1
;; DIV_1: f64 3.5 (0x400c000000000000)
;; DIV_1-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 3 | FileCheck %s --match-full-lines --check-prefix=DIV_2
;; DIV_2: f64 0.33333333333333331 (0x3fd5555555555555)
;; DIV_2-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 0 | FileCheck %s --match-full-lines --check-prefix=DIV_3
;; DIV_3: f64 inf (0x7ff0000000000000)
;; DIV_3-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- -1 0 | FileCheck %s --match-full-lines --check-prefix=DIV_4
;; DIV_4: f64 -inf (0xfff0000000000000)
;; DIV_4-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 -0 | FileCheck %s --match-full-lines --check-prefix=DIV_5
;; DIV_5: f64 -inf (0xfff0000000000000)
;; DIV_5-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 0 0 | FileCheck %s --match-full-lines --check-prefix=DIV_6
;; DIV_6: f64 nan (0x7ff8000000000000)
;; DIV_6-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=DIV_7
;; DIV_7: f64 nan (0x7ff8000000000000)
;; DIV_7-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- -inf 2 | FileCheck %s --match-full-lines --check-prefix=DIV_8
;; DIV_8: f64 -inf (0xfff0000000000000)
;; DIV_8-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 1 inf | FileCheck %s --match-full-lines --check-prefix=DIV_9
;; DIV_9: f64 0 (0x0000000000000000)
;; DIV_9-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- -1 inf | FileCheck %s --match-full-lines --check-prefix=DIV_10
;; DIV_10: f64 -0 (0x8000000000000000)
;; DIV_10-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 0x1p-1074 2 | FileCheck %s --match-full-lines --check-prefix=DIV_11
;; DIV_11: f64 0 (0x0000000000000000)
;; DIV_11-NOT: {{.}}
;; RUN: mswasm run --invoke=div %s -- 0x1.fffffffffffffp1023 0.5 | FileCheck %s --match-full-lines --check-prefix=DIV_12
;; DIV_12: f64 inf (0x7ff0000000000000)
;; DIV_12-NOT: {{.}}
;; RUN: mswasm run --invoke=div_bits %s -- 0xfff8000000001234 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=DIV_BITS_1
;; DIV_BITS_1: f64 nan (0x7ff8000000000000)
;; DIV_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=div_bits %s -- 0x3ff0000000000000 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=DIV_BITS_2
;; DIV_BITS_2: f64 nan (0x7ff8000000000000)
;; DIV_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 4 | FileCheck %s --match-full-lines --check-prefix=SQRT_1
;; SQRT_1: f64 2 (0x4000000000000000)
;; SQRT_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 2 | FileCheck %s --match-full-lines --check-prefix=SQRT_2
;; SQRT_2: f64 1.4142135623730951 (0x3ff6a09e667f3bcd)
;; SQRT_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 0 | FileCheck %s --match-full-lines --check-prefix=SQRT_3
;; SQRT_3: f64 0 (0x0000000000000000)
;; SQRT_3-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- -0 | FileCheck %s --match-full-lines --check-prefix=SQRT_4
;; SQRT_4: f64 -0 (0x8000000000000000)
;; SQRT_4-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- -1 | FileCheck %s --match-full-lines --check-prefix=SQRT_5
;; SQRT_5: f64 nan (0x7ff8000000000000)
;; SQRT_5-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- inf | FileCheck %s --match-full-lines --check-prefix=SQRT_6
;; SQRT_6: f64 inf (0x7ff0000000000000)
;; SQRT_6-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- -inf | FileCheck %s --match-full-lines --check-prefix=SQRT_7
;; SQRT_7: f64 nan (0x7ff8000000000000)
;; SQRT_7-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 0x1p-1074 | FileCheck %s --match-full-lines --check-prefix=SQRT_8
;; SQRT_8: f64 2.2227587494850775e-162 (0x1e60000000000000)
;; SQRT_8-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt %s -- 0x1p-2 | FileCheck %s --match-full-lines --check-prefix=SQRT_9
;; SQRT_9: f64 0.5 (0x3fe0000000000000)
;; SQRT_9-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt_bits %s -- 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=SQRT_BITS_1
;; SQRT_BITS_1: f64 nan (0x7ff8000000000000)
;; SQRT_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt_bits %s -- 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=SQRT_BITS_2
;; SQRT_BITS_2: f64 nan (0x7ff8000000000000)
;; SQRT_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sqrt_bits %s -- 0xbff0000000000000 | FileCheck %s --match-full-lines --check-prefix=SQRT_BITS_3
;; SQRT_BITS_3: f64 nan (0x7ff8000000000000)
;; SQRT_BITS_3-NOT: {{.}}
(module
  (func (export "consts") (result f64 f64 f64 f64 f64 f64 f64 f64)
    f64.const 1.5
    f64.const -0
    f64.const inf
    f64.const 0x1p-1074
    f64.const 0x1.fffffffffffffp1023
    f64.const nan:0x4000000000000
    f64.const -nan:0x1234
    f64.const nan:0x1)
  (func (export "add") (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.add)
  (func (export "add_bits") (param i64 i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    local.get 1
    f64.reinterpret_i64
    f64.add)
  (func (export "sub") (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.sub)
  (func (export "sub_bits") (param i64 i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    local.get 1
    f64.reinterpret_i64
    f64.sub)
  (func (export "mul") (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.mul)
  (func (export "mul_bits") (param i64 i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    local.get 1
    f64.reinterpret_i64
    f64.mul)
  (func (export "div") (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.div)
  (func (export "div_bits") (param i64 i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    local.get 1
    f64.reinterpret_i64
    f64.div)
  (func (export "sqrt") (param f64) (result f64)
    local.get 0
    f64.sqrt)
  (func (export "sqrt_bits") (param i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    f64.sqrt))
