;; Execution results of f64.min and f64.max: NaN in either operand gives the canonical NaN
;; (0x7ff8000000000000); min(-0, +0) is -0 and max(-0, +0) is +0 in either order; infinities order normally.
;; RUN: mswasm run --invoke=min %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=MIN_1
;; MIN_1: f64 1 (0x3ff0000000000000)
;; MIN_1-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=MIN_2
;; MIN_2: f64 1 (0x3ff0000000000000)
;; MIN_2-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=MIN_3
;; MIN_3: f64 -1 (0xbff0000000000000)
;; MIN_3-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=MIN_4
;; MIN_4: f64 -0 (0x8000000000000000)
;; MIN_4-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=MIN_5
;; MIN_5: f64 -0 (0x8000000000000000)
;; MIN_5-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=MIN_6
;; MIN_6: f64 -0 (0x8000000000000000)
;; MIN_6-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -inf 1 | FileCheck %s --match-full-lines --check-prefix=MIN_7
;; MIN_7: f64 -inf (0xfff0000000000000)
;; MIN_7-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- inf 0x1.fffffffffffffp1023 | FileCheck %s --match-full-lines --check-prefix=MIN_8
;; MIN_8: f64 1.7976931348623157e+308 (0x7fefffffffffffff)
;; MIN_8-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=MIN_9
;; MIN_9: f64 nan (0x7ff8000000000000)
;; MIN_9-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=MIN_10
;; MIN_10: f64 nan (0x7ff8000000000000)
;; MIN_10-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -0x1p-1074 0 | FileCheck %s --match-full-lines --check-prefix=MIN_11
;; MIN_11: f64 -4.9406564584124654e-324 (0x8000000000000001)
;; MIN_11-NOT: {{.}}
;; RUN: mswasm run --invoke=min_bits %s -- 0xfff8000000001234 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=MIN_BITS_1
;; MIN_BITS_1: f64 nan (0x7ff8000000000000)
;; MIN_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=min_bits %s -- 0x3ff0000000000000 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=MIN_BITS_2
;; MIN_BITS_2: f64 nan (0x7ff8000000000000)
;; MIN_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=min_bits %s -- 0x7ff0000000000001 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=MIN_BITS_3
;; MIN_BITS_3: f64 nan (0x7ff8000000000000)
;; MIN_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=MAX_1
;; MAX_1: f64 2 (0x4000000000000000)
;; MAX_1-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=MAX_2
;; MAX_2: f64 2 (0x4000000000000000)
;; MAX_2-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=MAX_3
;; MAX_3: f64 1 (0x3ff0000000000000)
;; MAX_3-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=MAX_4
;; MAX_4: f64 0 (0x0000000000000000)
;; MAX_4-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=MAX_5
;; MAX_5: f64 0 (0x0000000000000000)
;; MAX_5-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=MAX_6
;; MAX_6: f64 -0 (0x8000000000000000)
;; MAX_6-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -inf 1 | FileCheck %s --match-full-lines --check-prefix=MAX_7
;; MAX_7: f64 1 (0x3ff0000000000000)
;; MAX_7-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- inf 0x1.fffffffffffffp1023 | FileCheck %s --match-full-lines --check-prefix=MAX_8
;; MAX_8: f64 inf (0x7ff0000000000000)
;; MAX_8-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=MAX_9
;; MAX_9: f64 nan (0x7ff8000000000000)
;; MAX_9-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=MAX_10
;; MAX_10: f64 nan (0x7ff8000000000000)
;; MAX_10-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -0x1p-1074 0 | FileCheck %s --match-full-lines --check-prefix=MAX_11
;; MAX_11: f64 0 (0x0000000000000000)
;; MAX_11-NOT: {{.}}
;; RUN: mswasm run --invoke=max_bits %s -- 0xfff8000000001234 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=MAX_BITS_1
;; MAX_BITS_1: f64 nan (0x7ff8000000000000)
;; MAX_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=max_bits %s -- 0x3ff0000000000000 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=MAX_BITS_2
;; MAX_BITS_2: f64 nan (0x7ff8000000000000)
;; MAX_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=max_bits %s -- 0x7ff0000000000001 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=MAX_BITS_3
;; MAX_BITS_3: f64 nan (0x7ff8000000000000)
;; MAX_BITS_3-NOT: {{.}}
(module
  (func (export "min") (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.min)
  (func (export "min_bits") (param i64 i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    local.get 1
    f64.reinterpret_i64
    f64.min)
  (func (export "max") (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.max)
  (func (export "max_bits") (param i64 i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    local.get 1
    f64.reinterpret_i64
    f64.max))
