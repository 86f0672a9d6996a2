;; Execution results of f32 comparisons: NaN is unordered (every comparison but ne gives 0,
;; ne gives 1), -0 equals +0, infinities compare normally.
;; RUN: mswasm run --invoke=eq %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=EQ_1
;; EQ_1: i32 1
;; EQ_1-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=EQ_2
;; EQ_2: i32 0
;; EQ_2-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=EQ_3
;; EQ_3: i32 0
;; EQ_3-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=EQ_4
;; EQ_4: i32 1
;; EQ_4-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- nan nan | FileCheck %s --match-full-lines --check-prefix=EQ_5
;; EQ_5: i32 0
;; EQ_5-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=EQ_6
;; EQ_6: i32 0
;; EQ_6-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=EQ_7
;; EQ_7: i32 0
;; EQ_7-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- -inf inf | FileCheck %s --match-full-lines --check-prefix=EQ_8
;; EQ_8: i32 0
;; EQ_8-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=EQ_9
;; EQ_9: i32 1
;; EQ_9-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=EQ_10
;; EQ_10: i32 0
;; EQ_10-NOT: {{.}}
;; RUN: mswasm run --invoke=eq_bits %s -- 0x7f800001 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=EQ_BITS_1
;; EQ_BITS_1: i32 0
;; EQ_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=NE_1
;; NE_1: i32 0
;; NE_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=NE_2
;; NE_2: i32 1
;; NE_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=NE_3
;; NE_3: i32 1
;; NE_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=NE_4
;; NE_4: i32 0
;; NE_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- nan nan | FileCheck %s --match-full-lines --check-prefix=NE_5
;; NE_5: i32 1
;; NE_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=NE_6
;; NE_6: i32 1
;; NE_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=NE_7
;; NE_7: i32 1
;; NE_7-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- -inf inf | FileCheck %s --match-full-lines --check-prefix=NE_8
;; NE_8: i32 1
;; NE_8-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=NE_9
;; NE_9: i32 0
;; NE_9-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=NE_10
;; NE_10: i32 1
;; NE_10-NOT: {{.}}
;; RUN: mswasm run --invoke=ne_bits %s -- 0x7f800001 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=NE_BITS_1
;; NE_BITS_1: i32 1
;; NE_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=LT_1
;; LT_1: i32 0
;; LT_1-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=LT_2
;; LT_2: i32 1
;; LT_2-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=LT_3
;; LT_3: i32 0
;; LT_3-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=LT_4
;; LT_4: i32 0
;; LT_4-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- nan nan | FileCheck %s --match-full-lines --check-prefix=LT_5
;; LT_5: i32 0
;; LT_5-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=LT_6
;; LT_6: i32 0
;; LT_6-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=LT_7
;; LT_7: i32 0
;; LT_7-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- -inf inf | FileCheck %s --match-full-lines --check-prefix=LT_8
;; LT_8: i32 1
;; LT_8-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=LT_9
;; LT_9: i32 0
;; LT_9-NOT: {{.}}
;; RUN: mswasm run --invoke=lt %s -- 0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=LT_10
;; LT_10: i32 0
;; LT_10-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_bits %s -- 0x7f800001 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=LT_BITS_1
;; LT_BITS_1: i32 0
;; LT_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=GT_1
;; GT_1: i32 0
;; GT_1-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=GT_2
;; GT_2: i32 0
;; GT_2-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=GT_3
;; GT_3: i32 1
;; GT_3-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=GT_4
;; GT_4: i32 0
;; GT_4-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- nan nan | FileCheck %s --match-full-lines --check-prefix=GT_5
;; GT_5: i32 0
;; GT_5-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=GT_6
;; GT_6: i32 0
;; GT_6-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=GT_7
;; GT_7: i32 0
;; GT_7-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- -inf inf | FileCheck %s --match-full-lines --check-prefix=GT_8
;; GT_8: i32 0
;; GT_8-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=GT_9
;; GT_9: i32 0
;; GT_9-NOT: {{.}}
;; RUN: mswasm run --invoke=gt %s -- 0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=GT_10
;; GT_10: i32 1
;; GT_10-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_bits %s -- 0x7f800001 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=GT_BITS_1
;; GT_BITS_1: i32 0
;; GT_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=LE_1
;; LE_1: i32 1
;; LE_1-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=LE_2
;; LE_2: i32 1
;; LE_2-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=LE_3
;; LE_3: i32 0
;; LE_3-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=LE_4
;; LE_4: i32 1
;; LE_4-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- nan nan | FileCheck %s --match-full-lines --check-prefix=LE_5
;; LE_5: i32 0
;; LE_5-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=LE_6
;; LE_6: i32 0
;; LE_6-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=LE_7
;; LE_7: i32 0
;; LE_7-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- -inf inf | FileCheck %s --match-full-lines --check-prefix=LE_8
;; LE_8: i32 1
;; LE_8-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=LE_9
;; LE_9: i32 1
;; LE_9-NOT: {{.}}
;; RUN: mswasm run --invoke=le %s -- 0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=LE_10
;; LE_10: i32 0
;; LE_10-NOT: {{.}}
;; RUN: mswasm run --invoke=le_bits %s -- 0x7f800001 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=LE_BITS_1
;; LE_BITS_1: i32 0
;; LE_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=GE_1
;; GE_1: i32 1
;; GE_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=GE_2
;; GE_2: i32 0
;; GE_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=GE_3
;; GE_3: i32 1
;; GE_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=GE_4
;; GE_4: i32 1
;; GE_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- nan nan | FileCheck %s --match-full-lines --check-prefix=GE_5
;; GE_5: i32 0
;; GE_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- nan 1 | FileCheck %s --match-full-lines --check-prefix=GE_6
;; GE_6: i32 0
;; GE_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- 1 nan | FileCheck %s --match-full-lines --check-prefix=GE_7
;; GE_7: i32 0
;; GE_7-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- -inf inf | FileCheck %s --match-full-lines --check-prefix=GE_8
;; GE_8: i32 0
;; GE_8-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- inf inf | FileCheck %s --match-full-lines --check-prefix=GE_9
;; GE_9: i32 1
;; GE_9-NOT: {{.}}
;; RUN: mswasm run --invoke=ge %s -- 0x1p-149 0 | FileCheck %s --match-full-lines --check-prefix=GE_10
;; GE_10: i32 1
;; GE_10-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_bits %s -- 0x7f800001 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=GE_BITS_1
;; GE_BITS_1: i32 0
;; GE_BITS_1-NOT: {{.}}
(module
  (func (export "eq") (param f32 f32) (result i32)
    local.get 0
    local.get 1
    f32.eq)
  (func (export "eq_bits") (param i32 i32) (result i32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.eq)
  (func (export "ne") (param f32 f32) (result i32)
    local.get 0
    local.get 1
    f32.ne)
  (func (export "ne_bits") (param i32 i32) (result i32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.ne)
  (func (export "lt") (param f32 f32) (result i32)
    local.get 0
    local.get 1
    f32.lt)
  (func (export "lt_bits") (param i32 i32) (result i32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.lt)
  (func (export "gt") (param f32 f32) (result i32)
    local.get 0
    local.get 1
    f32.gt)
  (func (export "gt_bits") (param i32 i32) (result i32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.gt)
  (func (export "le") (param f32 f32) (result i32)
    local.get 0
    local.get 1
    f32.le)
  (func (export "le_bits") (param i32 i32) (result i32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.le)
  (func (export "ge") (param f32 f32) (result i32)
    local.get 0
    local.get 1
    f32.ge)
  (func (export "ge_bits") (param i32 i32) (result i32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.ge))
