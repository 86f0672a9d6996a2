;; Execution results of f32.min and f32.max: NaN in either operand gives the canonical NaN
;; (0x7fc00000); min(-0, +0) is -0 and max(-0, +0) is +0 in either order; infinities order normally.
;; RUN: mswasm run --invoke=min %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=MIN_1
;; MIN_1: f32 1 (0x3f800000)
;; MIN_1-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=MIN_2
;; MIN_2: f32 1 (0x3f800000)
;; MIN_2-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=MIN_3
;; MIN_3: f32 -1 (0xbf800000)
;; MIN_3-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=MIN_4
;; MIN_4: f32 -0 (0x80000000)
;; MIN_4-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=MIN_5
;; MIN_5: f32 -0 (0x80000000)
;; MIN_5-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=MIN_6
;; MIN_6: f32 -0 (0x80000000)
;; MIN_6-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -inf 1 | FileCheck %s --match-full-lines --check-prefix=MIN_7
;; MIN_7: f32 -inf (0xff800000)
;; MIN_7-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- inf 0x1.fffffep127 | FileCheck %s --match-full-lines --check-prefix=MIN_8
;; MIN_8: f32 3.40282347e+38 (0x7f7fffff)
;; MIN_8-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=MIN_9
;; MIN_9: f32 nan (0x7fc00000)
;; MIN_9-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=MIN_10
;; MIN_10: f32 nan (0x7fc00000)
;; MIN_10-NOT: {{.}}
;; RUN: mswasm run --invoke=min %s -- -0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=MIN_11
;; MIN_11: f32 -1.40129846e-45 (0x80000001)
;; MIN_11-NOT: {{.}}
;; RUN: mswasm run --invoke=min_bits %s -- 0xffc01234 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=MIN_BITS_1
;; MIN_BITS_1: f32 nan (0x7fc00000)
;; MIN_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=min_bits %s -- 0x3f800000 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=MIN_BITS_2
;; MIN_BITS_2: f32 nan (0x7fc00000)
;; MIN_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=min_bits %s -- 0x7f800001 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=MIN_BITS_3
;; MIN_BITS_3: f32 nan (0x7fc00000)
;; MIN_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=MAX_1
;; MAX_1: f32 2 (0x40000000)
;; MAX_1-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=MAX_2
;; MAX_2: f32 2 (0x40000000)
;; MAX_2-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=MAX_3
;; MAX_3: f32 1 (0x3f800000)
;; MAX_3-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=MAX_4
;; MAX_4: f32 0 (0x00000000)
;; MAX_4-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -0 0 | FileCheck %s --match-full-lines --check-prefix=MAX_5
;; MAX_5: f32 0 (0x00000000)
;; MAX_5-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -0 -0 | FileCheck %s --match-full-lines --check-prefix=MAX_6
;; MAX_6: f32 -0 (0x80000000)
;; MAX_6-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -inf 1 | FileCheck %s --match-full-lines --check-prefix=MAX_7
;; MAX_7: f32 1 (0x3f800000)
;; MAX_7-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- inf 0x1.fffffep127 | FileCheck %s --match-full-lines --check-prefix=MAX_8
;; MAX_8: f32 inf (0x7f800000)
;; MAX_8-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=MAX_9
;; MAX_9: f32 nan (0x7fc00000)
;; MAX_9-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=MAX_10
;; MAX_10: f32 nan (0x7fc00000)
;; MAX_10-NOT: {{.}}
;; RUN: mswasm run --invoke=max %s -- -0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=MAX_11
;; MAX_11: f32 0 (0x00000000)
;; MAX_11-NOT: {{.}}
;; RUN: mswasm run --invoke=max_bits %s -- 0xffc01234 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=MAX_BITS_1
;; MAX_BITS_1: f32 nan (0x7fc00000)
;; MAX_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=max_bits %s -- 0x3f800000 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=MAX_BITS_2
;; MAX_BITS_2: f32 nan (0x7fc00000)
;; MAX_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=max_bits %s -- 0x7f800001 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=MAX_BITS_3
;; MAX_BITS_3: f32 nan (0x7fc00000)
;; MAX_BITS_3-NOT: {{.}}
(module
  (func (export "min") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.min)
  (func (export "min_bits") (param i32 i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.min)
  (func (export "max") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.max)
  (func (export "max_bits") (param i32 i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.max))
