;; Execution results of i64 comparisons: signed and unsigned orderings differ for values with
;; the top bit set; every result is 0 or 1.
;; RUN: mswasm run --invoke=eqz %s -- 0 | FileCheck %s --match-full-lines --check-prefix=EQZ_1
;; EQZ_1: i32 1
;; EQZ_1-NOT: {{.}}
;; RUN: mswasm run --invoke=eqz %s -- 1 | FileCheck %s --match-full-lines --check-prefix=EQZ_2
;; EQZ_2: i32 0
;; EQZ_2-NOT: {{.}}
;; RUN: mswasm run --invoke=eqz %s -- -1 | FileCheck %s --match-full-lines --check-prefix=EQZ_3
;; EQZ_3: i32 0
;; EQZ_3-NOT: {{.}}
;; RUN: mswasm run --invoke=eqz %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=EQZ_4
;; EQZ_4: i32 0
;; EQZ_4-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=EQ_1
;; EQ_1: i32 1
;; EQ_1-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=EQ_2
;; EQ_2: i32 0
;; EQ_2-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=EQ_3
;; EQ_3: i32 0
;; EQ_3-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=EQ_4
;; EQ_4: i32 0
;; EQ_4-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=EQ_5
;; EQ_5: i32 0
;; EQ_5-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=EQ_6
;; EQ_6: i32 0
;; EQ_6-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=EQ_7
;; EQ_7: i32 0
;; EQ_7-NOT: {{.}}
;; RUN: mswasm run --invoke=eq %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=EQ_8
;; EQ_8: i32 1
;; EQ_8-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=NE_1
;; NE_1: i32 0
;; NE_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=NE_2
;; NE_2: i32 1
;; NE_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=NE_3
;; NE_3: i32 1
;; NE_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=NE_4
;; NE_4: i32 1
;; NE_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=NE_5
;; NE_5: i32 1
;; NE_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=NE_6
;; NE_6: i32 1
;; NE_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=NE_7
;; NE_7: i32 1
;; NE_7-NOT: {{.}}
;; RUN: mswasm run --invoke=ne %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=NE_8
;; NE_8: i32 0
;; NE_8-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=LT_S_1
;; LT_S_1: i32 0
;; LT_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=LT_S_2
;; LT_S_2: i32 1
;; LT_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=LT_S_3
;; LT_S_3: i32 0
;; LT_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=LT_S_4
;; LT_S_4: i32 1
;; LT_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=LT_S_5
;; LT_S_5: i32 0
;; LT_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=LT_S_6
;; LT_S_6: i32 1
;; LT_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=LT_S_7
;; LT_S_7: i32 0
;; LT_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_s %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=LT_S_8
;; LT_S_8: i32 0
;; LT_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=LT_U_1
;; LT_U_1: i32 0
;; LT_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=LT_U_2
;; LT_U_2: i32 1
;; LT_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=LT_U_3
;; LT_U_3: i32 0
;; LT_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=LT_U_4
;; LT_U_4: i32 0
;; LT_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=LT_U_5
;; LT_U_5: i32 1
;; LT_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=LT_U_6
;; LT_U_6: i32 0
;; LT_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=LT_U_7
;; LT_U_7: i32 1
;; LT_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=lt_u %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=LT_U_8
;; LT_U_8: i32 0
;; LT_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=GT_S_1
;; GT_S_1: i32 0
;; GT_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=GT_S_2
;; GT_S_2: i32 0
;; GT_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=GT_S_3
;; GT_S_3: i32 1
;; GT_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=GT_S_4
;; GT_S_4: i32 0
;; GT_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=GT_S_5
;; GT_S_5: i32 1
;; GT_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=GT_S_6
;; GT_S_6: i32 0
;; GT_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=GT_S_7
;; GT_S_7: i32 1
;; GT_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_s %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=GT_S_8
;; GT_S_8: i32 0
;; GT_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=GT_U_1
;; GT_U_1: i32 0
;; GT_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=GT_U_2
;; GT_U_2: i32 0
;; GT_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=GT_U_3
;; GT_U_3: i32 1
;; GT_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=GT_U_4
;; GT_U_4: i32 1
;; GT_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=GT_U_5
;; GT_U_5: i32 0
;; GT_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=GT_U_6
;; GT_U_6: i32 1
;; GT_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=GT_U_7
;; GT_U_7: i32 0
;; GT_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=gt_u %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=GT_U_8
;; GT_U_8: i32 0
;; GT_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=LE_S_1
;; LE_S_1: i32 1
;; LE_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=LE_S_2
;; LE_S_2: i32 1
;; LE_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=LE_S_3
;; LE_S_3: i32 0
;; LE_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=LE_S_4
;; LE_S_4: i32 1
;; LE_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=LE_S_5
;; LE_S_5: i32 0
;; LE_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=LE_S_6
;; LE_S_6: i32 1
;; LE_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=LE_S_7
;; LE_S_7: i32 0
;; LE_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=le_s %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=LE_S_8
;; LE_S_8: i32 1
;; LE_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=LE_U_1
;; LE_U_1: i32 1
;; LE_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=LE_U_2
;; LE_U_2: i32 1
;; LE_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=LE_U_3
;; LE_U_3: i32 0
;; LE_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=LE_U_4
;; LE_U_4: i32 0
;; LE_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=LE_U_5
;; LE_U_5: i32 1
;; LE_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=LE_U_6
;; LE_U_6: i32 0
;; LE_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=LE_U_7
;; LE_U_7: i32 1
;; LE_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=le_u %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=LE_U_8
;; LE_U_8: i32 1
;; LE_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=GE_S_1
;; GE_S_1: i32 1
;; GE_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=GE_S_2
;; GE_S_2: i32 0
;; GE_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=GE_S_3
;; GE_S_3: i32 1
;; GE_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=GE_S_4
;; GE_S_4: i32 0
;; GE_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=GE_S_5
;; GE_S_5: i32 1
;; GE_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=GE_S_6
;; GE_S_6: i32 0
;; GE_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=GE_S_7
;; GE_S_7: i32 1
;; GE_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_s %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=GE_S_8
;; GE_S_8: i32 1
;; GE_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=GE_U_1
;; GE_U_1: i32 1
;; GE_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=GE_U_2
;; GE_U_2: i32 0
;; GE_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- 2 1 | FileCheck %s --match-full-lines --check-prefix=GE_U_3
;; GE_U_3: i32 1
;; GE_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=GE_U_4
;; GE_U_4: i32 1
;; GE_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- 1 -1 | FileCheck %s --match-full-lines --check-prefix=GE_U_5
;; GE_U_5: i32 0
;; GE_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- -9223372036854775808 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=GE_U_6
;; GE_U_6: i32 1
;; GE_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- 9223372036854775807 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=GE_U_7
;; GE_U_7: i32 0
;; GE_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=ge_u %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=GE_U_8
;; GE_U_8: i32 1
;; GE_U_8-NOT: {{.}}
(module
  (func (export "eqz") (param i64) (result i32)
    local.get 0
    i64.eqz)
  (func (export "eq") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.eq)
  (func (export "ne") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.ne)
  (func (export "lt_s") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.lt_s)
  (func (export "lt_u") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.lt_u)
  (func (export "gt_s") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.gt_s)
  (func (export "gt_u") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.gt_u)
  (func (export "le_s") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.le_s)
  (func (export "le_u") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.le_u)
  (func (export "ge_s") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.ge_s)
  (func (export "ge_u") (param i64 i64) (result i32)
    local.get 0
    local.get 1
    i64.ge_u))
