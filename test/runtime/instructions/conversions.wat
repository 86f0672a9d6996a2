;; Execution results of the conversions: wrap/extend, trapping float-to-int truncation
;; (invalid-conversion-to-integer for NaN, infinities and values whose truncation is out of range;
;; fractions truncate toward zero, so -0.9 converts to unsigned 0), saturating truncation (NaN gives 0,
;; out-of-range values clamp), int-to-float rounding (to nearest, ties to even), demote (rounding,
;; overflow to inf, NaN canonical 0x7fc00000) and promote (exact, NaN canonical 0x7ff8000000000000),
;; and reinterpret (bits kept exactly, signalling NaNs included).
;; RUN: mswasm run --invoke=i32.wrap_i64 %s -- 5 | FileCheck %s --match-full-lines --check-prefix=I32_WRAP_I64_1
;; I32_WRAP_I64_1: i32 5
;; I32_WRAP_I64_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.wrap_i64 %s -- 4294967301 | FileCheck %s --match-full-lines --check-prefix=I32_WRAP_I64_2
;; I32_WRAP_I64_2: i32 5
;; I32_WRAP_I64_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.wrap_i64 %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_WRAP_I64_3
;; I32_WRAP_I64_3: i32 -1
;; I32_WRAP_I64_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.wrap_i64 %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=I32_WRAP_I64_4
;; I32_WRAP_I64_4: i32 -2147483648
;; I32_WRAP_I64_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.wrap_i64 %s -- 9223372034707292160 | FileCheck %s --match-full-lines --check-prefix=I32_WRAP_I64_5
;; I32_WRAP_I64_5: i32 -2147483648
;; I32_WRAP_I64_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_s %s -- 1 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_S_1
;; I64_EXTEND_I32_S_1: i64 1
;; I64_EXTEND_I32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_u %s -- 1 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_U_1
;; I64_EXTEND_I32_U_1: i64 1
;; I64_EXTEND_I32_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_S_2
;; I64_EXTEND_I32_S_2: i64 -1
;; I64_EXTEND_I32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_U_2
;; I64_EXTEND_I32_U_2: i64 4294967295
;; I64_EXTEND_I32_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_s %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_S_3
;; I64_EXTEND_I32_S_3: i64 -2147483648
;; I64_EXTEND_I32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_u %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_U_3
;; I64_EXTEND_I32_U_3: i64 2147483648
;; I64_EXTEND_I32_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_s %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_S_4
;; I64_EXTEND_I32_S_4: i64 2147483647
;; I64_EXTEND_I32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend_i32_u %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND_I32_U_4
;; I64_EXTEND_I32_U_4: i64 2147483647
;; I64_EXTEND_I32_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_S_1
;; I32_TRUNC_F32_S_1: i32 1
;; I32_TRUNC_F32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_S_2
;; I32_TRUNC_F32_S_2: i32 -1
;; I32_TRUNC_F32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_S_3
;; I32_TRUNC_F32_S_3: i32 0
;; I32_TRUNC_F32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_S_4
;; I32_TRUNC_F32_S_4: i32 0
;; I32_TRUNC_F32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_s %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_S_5
;; I32_TRUNC_F32_S_5: i32 2147483520
;; I32_TRUNC_F32_S_5-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- 0x1p31 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_6
;; I32_TRUNC_F32_S_6: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f32_s %s -- -0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_S_7
;; I32_TRUNC_F32_S_7: i32 -2147483648
;; I32_TRUNC_F32_S_7-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- -0x1.000002p31 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_8
;; I32_TRUNC_F32_S_8: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- 0x1.fffffep31 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_9
;; I32_TRUNC_F32_S_9: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- 0x1p32 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_10
;; I32_TRUNC_F32_S_10: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- 0x1.fffffep62 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_11
;; I32_TRUNC_F32_S_11: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- 0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_12
;; I32_TRUNC_F32_S_12: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- -0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_13
;; I32_TRUNC_F32_S_13: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- -0x1.000002p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_14
;; I32_TRUNC_F32_S_14: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- 0x1.fffffep63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_15
;; I32_TRUNC_F32_S_15: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_16
;; I32_TRUNC_F32_S_16: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_S_17
;; I32_TRUNC_F32_S_17: i32 -1
;; I32_TRUNC_F32_S_17-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- nan 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_18
;; I32_TRUNC_F32_S_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_19
;; I32_TRUNC_F32_S_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_s %s -- -inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_S_20
;; I32_TRUNC_F32_S_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_1
;; I32_TRUNC_SAT_F32_S_1: i32 1
;; I32_TRUNC_SAT_F32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_2
;; I32_TRUNC_SAT_F32_S_2: i32 -1
;; I32_TRUNC_SAT_F32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_3
;; I32_TRUNC_SAT_F32_S_3: i32 0
;; I32_TRUNC_SAT_F32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_4
;; I32_TRUNC_SAT_F32_S_4: i32 0
;; I32_TRUNC_SAT_F32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_5
;; I32_TRUNC_SAT_F32_S_5: i32 2147483520
;; I32_TRUNC_SAT_F32_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_6
;; I32_TRUNC_SAT_F32_S_6: i32 2147483647
;; I32_TRUNC_SAT_F32_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_7
;; I32_TRUNC_SAT_F32_S_7: i32 -2147483648
;; I32_TRUNC_SAT_F32_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -0x1.000002p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_8
;; I32_TRUNC_SAT_F32_S_8: i32 -2147483648
;; I32_TRUNC_SAT_F32_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1.fffffep31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_9
;; I32_TRUNC_SAT_F32_S_9: i32 2147483647
;; I32_TRUNC_SAT_F32_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_10
;; I32_TRUNC_SAT_F32_S_10: i32 2147483647
;; I32_TRUNC_SAT_F32_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1.fffffep62 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_11
;; I32_TRUNC_SAT_F32_S_11: i32 2147483647
;; I32_TRUNC_SAT_F32_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_12
;; I32_TRUNC_SAT_F32_S_12: i32 2147483647
;; I32_TRUNC_SAT_F32_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_13
;; I32_TRUNC_SAT_F32_S_13: i32 -2147483648
;; I32_TRUNC_SAT_F32_S_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -0x1.000002p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_14
;; I32_TRUNC_SAT_F32_S_14: i32 -2147483648
;; I32_TRUNC_SAT_F32_S_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1.fffffep63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_15
;; I32_TRUNC_SAT_F32_S_15: i32 2147483647
;; I32_TRUNC_SAT_F32_S_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_16
;; I32_TRUNC_SAT_F32_S_16: i32 2147483647
;; I32_TRUNC_SAT_F32_S_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_17
;; I32_TRUNC_SAT_F32_S_17: i32 -1
;; I32_TRUNC_SAT_F32_S_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- nan | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_18
;; I32_TRUNC_SAT_F32_S_18: i32 0
;; I32_TRUNC_SAT_F32_S_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_19
;; I32_TRUNC_SAT_F32_S_19: i32 2147483647
;; I32_TRUNC_SAT_F32_S_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_s %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_S_20
;; I32_TRUNC_SAT_F32_S_20: i32 -2147483648
;; I32_TRUNC_SAT_F32_S_20-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_U_1
;; I32_TRUNC_F32_U_1: i32 1
;; I32_TRUNC_F32_U_1-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- -1.9 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_2
;; I32_TRUNC_F32_U_2: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f32_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_U_3
;; I32_TRUNC_F32_U_3: i32 0
;; I32_TRUNC_F32_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_U_4
;; I32_TRUNC_F32_U_4: i32 0
;; I32_TRUNC_F32_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_u %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_U_5
;; I32_TRUNC_F32_U_5: i32 2147483520
;; I32_TRUNC_F32_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f32_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_U_6
;; I32_TRUNC_F32_U_6: i32 -2147483648
;; I32_TRUNC_F32_U_6-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- -0x1p31 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_7
;; I32_TRUNC_F32_U_7: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- -0x1.000002p31 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_8
;; I32_TRUNC_F32_U_8: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f32_u %s -- 0x1.fffffep31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F32_U_9
;; I32_TRUNC_F32_U_9: i32 -256
;; I32_TRUNC_F32_U_9-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- 0x1p32 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_10
;; I32_TRUNC_F32_U_10: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- 0x1.fffffep62 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_11
;; I32_TRUNC_F32_U_11: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- 0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_12
;; I32_TRUNC_F32_U_12: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- -0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_13
;; I32_TRUNC_F32_U_13: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- -0x1.000002p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_14
;; I32_TRUNC_F32_U_14: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- 0x1.fffffep63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_15
;; I32_TRUNC_F32_U_15: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_16
;; I32_TRUNC_F32_U_16: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- -1 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_17
;; I32_TRUNC_F32_U_17: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- nan 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_18
;; I32_TRUNC_F32_U_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_19
;; I32_TRUNC_F32_U_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f32_u %s -- -inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F32_U_20
;; I32_TRUNC_F32_U_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_1
;; I32_TRUNC_SAT_F32_U_1: i32 1
;; I32_TRUNC_SAT_F32_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_2
;; I32_TRUNC_SAT_F32_U_2: i32 0
;; I32_TRUNC_SAT_F32_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_3
;; I32_TRUNC_SAT_F32_U_3: i32 0
;; I32_TRUNC_SAT_F32_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_4
;; I32_TRUNC_SAT_F32_U_4: i32 0
;; I32_TRUNC_SAT_F32_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_5
;; I32_TRUNC_SAT_F32_U_5: i32 2147483520
;; I32_TRUNC_SAT_F32_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_6
;; I32_TRUNC_SAT_F32_U_6: i32 -2147483648
;; I32_TRUNC_SAT_F32_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_7
;; I32_TRUNC_SAT_F32_U_7: i32 0
;; I32_TRUNC_SAT_F32_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -0x1.000002p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_8
;; I32_TRUNC_SAT_F32_U_8: i32 0
;; I32_TRUNC_SAT_F32_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1.fffffep31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_9
;; I32_TRUNC_SAT_F32_U_9: i32 -256
;; I32_TRUNC_SAT_F32_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_10
;; I32_TRUNC_SAT_F32_U_10: i32 -1
;; I32_TRUNC_SAT_F32_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1.fffffep62 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_11
;; I32_TRUNC_SAT_F32_U_11: i32 -1
;; I32_TRUNC_SAT_F32_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_12
;; I32_TRUNC_SAT_F32_U_12: i32 -1
;; I32_TRUNC_SAT_F32_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_13
;; I32_TRUNC_SAT_F32_U_13: i32 0
;; I32_TRUNC_SAT_F32_U_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -0x1.000002p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_14
;; I32_TRUNC_SAT_F32_U_14: i32 0
;; I32_TRUNC_SAT_F32_U_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1.fffffep63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_15
;; I32_TRUNC_SAT_F32_U_15: i32 -1
;; I32_TRUNC_SAT_F32_U_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_16
;; I32_TRUNC_SAT_F32_U_16: i32 -1
;; I32_TRUNC_SAT_F32_U_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_17
;; I32_TRUNC_SAT_F32_U_17: i32 0
;; I32_TRUNC_SAT_F32_U_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- nan | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_18
;; I32_TRUNC_SAT_F32_U_18: i32 0
;; I32_TRUNC_SAT_F32_U_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_19
;; I32_TRUNC_SAT_F32_U_19: i32 -1
;; I32_TRUNC_SAT_F32_U_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f32_u %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F32_U_20
;; I32_TRUNC_SAT_F32_U_20: i32 0
;; I32_TRUNC_SAT_F32_U_20-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_S_1
;; I32_TRUNC_F64_S_1: i32 1
;; I32_TRUNC_F64_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_S_2
;; I32_TRUNC_F64_S_2: i32 -1
;; I32_TRUNC_F64_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_S_3
;; I32_TRUNC_F64_S_3: i32 0
;; I32_TRUNC_F64_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_S_4
;; I32_TRUNC_F64_S_4: i32 0
;; I32_TRUNC_F64_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_s %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_S_5
;; I32_TRUNC_F64_S_5: i32 2147483647
;; I32_TRUNC_F64_S_5-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- 0x1p31 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_6
;; I32_TRUNC_F64_S_6: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f64_s %s -- -2147483648.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_S_7
;; I32_TRUNC_F64_S_7: i32 -2147483648
;; I32_TRUNC_F64_S_7-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- -2147483649 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_8
;; I32_TRUNC_F64_S_8: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- 4294967295.9 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_9
;; I32_TRUNC_F64_S_9: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- 0x1p32 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_10
;; I32_TRUNC_F64_S_10: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- 0x1.fffffffffffffp62 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_11
;; I32_TRUNC_F64_S_11: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- 0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_12
;; I32_TRUNC_F64_S_12: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- -0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_13
;; I32_TRUNC_F64_S_13: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- -0x1.0000000000001p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_14
;; I32_TRUNC_F64_S_14: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- 0x1.fffffffffffffp63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_15
;; I32_TRUNC_F64_S_15: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_16
;; I32_TRUNC_F64_S_16: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f64_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_S_17
;; I32_TRUNC_F64_S_17: i32 -1
;; I32_TRUNC_F64_S_17-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- nan 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_18
;; I32_TRUNC_F64_S_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_19
;; I32_TRUNC_F64_S_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_s %s -- -inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_S_20
;; I32_TRUNC_F64_S_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_1
;; I32_TRUNC_SAT_F64_S_1: i32 1
;; I32_TRUNC_SAT_F64_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_2
;; I32_TRUNC_SAT_F64_S_2: i32 -1
;; I32_TRUNC_SAT_F64_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_3
;; I32_TRUNC_SAT_F64_S_3: i32 0
;; I32_TRUNC_SAT_F64_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_4
;; I32_TRUNC_SAT_F64_S_4: i32 0
;; I32_TRUNC_SAT_F64_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_5
;; I32_TRUNC_SAT_F64_S_5: i32 2147483647
;; I32_TRUNC_SAT_F64_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_6
;; I32_TRUNC_SAT_F64_S_6: i32 2147483647
;; I32_TRUNC_SAT_F64_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -2147483648.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_7
;; I32_TRUNC_SAT_F64_S_7: i32 -2147483648
;; I32_TRUNC_SAT_F64_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -2147483649 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_8
;; I32_TRUNC_SAT_F64_S_8: i32 -2147483648
;; I32_TRUNC_SAT_F64_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 4294967295.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_9
;; I32_TRUNC_SAT_F64_S_9: i32 2147483647
;; I32_TRUNC_SAT_F64_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_10
;; I32_TRUNC_SAT_F64_S_10: i32 2147483647
;; I32_TRUNC_SAT_F64_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 0x1.fffffffffffffp62 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_11
;; I32_TRUNC_SAT_F64_S_11: i32 2147483647
;; I32_TRUNC_SAT_F64_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_12
;; I32_TRUNC_SAT_F64_S_12: i32 2147483647
;; I32_TRUNC_SAT_F64_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_13
;; I32_TRUNC_SAT_F64_S_13: i32 -2147483648
;; I32_TRUNC_SAT_F64_S_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -0x1.0000000000001p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_14
;; I32_TRUNC_SAT_F64_S_14: i32 -2147483648
;; I32_TRUNC_SAT_F64_S_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 0x1.fffffffffffffp63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_15
;; I32_TRUNC_SAT_F64_S_15: i32 2147483647
;; I32_TRUNC_SAT_F64_S_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_16
;; I32_TRUNC_SAT_F64_S_16: i32 2147483647
;; I32_TRUNC_SAT_F64_S_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_17
;; I32_TRUNC_SAT_F64_S_17: i32 -1
;; I32_TRUNC_SAT_F64_S_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- nan | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_18
;; I32_TRUNC_SAT_F64_S_18: i32 0
;; I32_TRUNC_SAT_F64_S_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_19
;; I32_TRUNC_SAT_F64_S_19: i32 2147483647
;; I32_TRUNC_SAT_F64_S_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_s %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_S_20
;; I32_TRUNC_SAT_F64_S_20: i32 -2147483648
;; I32_TRUNC_SAT_F64_S_20-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_U_1
;; I32_TRUNC_F64_U_1: i32 1
;; I32_TRUNC_F64_U_1-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- -1.9 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_2
;; I32_TRUNC_F64_U_2: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f64_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_U_3
;; I32_TRUNC_F64_U_3: i32 0
;; I32_TRUNC_F64_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_U_4
;; I32_TRUNC_F64_U_4: i32 0
;; I32_TRUNC_F64_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_u %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_U_5
;; I32_TRUNC_F64_U_5: i32 2147483647
;; I32_TRUNC_F64_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_f64_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_U_6
;; I32_TRUNC_F64_U_6: i32 -2147483648
;; I32_TRUNC_F64_U_6-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- -2147483648.9 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_7
;; I32_TRUNC_F64_U_7: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- -2147483649 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_8
;; I32_TRUNC_F64_U_8: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_f64_u %s -- 4294967295.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_F64_U_9
;; I32_TRUNC_F64_U_9: i32 -1
;; I32_TRUNC_F64_U_9-NOT: {{.}}
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- 0x1p32 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_10
;; I32_TRUNC_F64_U_10: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- 0x1.fffffffffffffp62 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_11
;; I32_TRUNC_F64_U_11: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- 0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_12
;; I32_TRUNC_F64_U_12: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- -0x1p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_13
;; I32_TRUNC_F64_U_13: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- -0x1.0000000000001p63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_14
;; I32_TRUNC_F64_U_14: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- 0x1.fffffffffffffp63 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_15
;; I32_TRUNC_F64_U_15: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_16
;; I32_TRUNC_F64_U_16: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- -1 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_17
;; I32_TRUNC_F64_U_17: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- nan 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_18
;; I32_TRUNC_F64_U_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_19
;; I32_TRUNC_F64_U_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i32.trunc_f64_u %s -- -inf 2>&1 | FileCheck %s --check-prefix=I32_TRUNC_F64_U_20
;; I32_TRUNC_F64_U_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_1
;; I32_TRUNC_SAT_F64_U_1: i32 1
;; I32_TRUNC_SAT_F64_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_2
;; I32_TRUNC_SAT_F64_U_2: i32 0
;; I32_TRUNC_SAT_F64_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_3
;; I32_TRUNC_SAT_F64_U_3: i32 0
;; I32_TRUNC_SAT_F64_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_4
;; I32_TRUNC_SAT_F64_U_4: i32 0
;; I32_TRUNC_SAT_F64_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_5
;; I32_TRUNC_SAT_F64_U_5: i32 2147483647
;; I32_TRUNC_SAT_F64_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_6
;; I32_TRUNC_SAT_F64_U_6: i32 -2147483648
;; I32_TRUNC_SAT_F64_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -2147483648.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_7
;; I32_TRUNC_SAT_F64_U_7: i32 0
;; I32_TRUNC_SAT_F64_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -2147483649 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_8
;; I32_TRUNC_SAT_F64_U_8: i32 0
;; I32_TRUNC_SAT_F64_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 4294967295.9 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_9
;; I32_TRUNC_SAT_F64_U_9: i32 -1
;; I32_TRUNC_SAT_F64_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_10
;; I32_TRUNC_SAT_F64_U_10: i32 -1
;; I32_TRUNC_SAT_F64_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 0x1.fffffffffffffp62 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_11
;; I32_TRUNC_SAT_F64_U_11: i32 -1
;; I32_TRUNC_SAT_F64_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_12
;; I32_TRUNC_SAT_F64_U_12: i32 -1
;; I32_TRUNC_SAT_F64_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_13
;; I32_TRUNC_SAT_F64_U_13: i32 0
;; I32_TRUNC_SAT_F64_U_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -0x1.0000000000001p63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_14
;; I32_TRUNC_SAT_F64_U_14: i32 0
;; I32_TRUNC_SAT_F64_U_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 0x1.fffffffffffffp63 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_15
;; I32_TRUNC_SAT_F64_U_15: i32 -1
;; I32_TRUNC_SAT_F64_U_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_16
;; I32_TRUNC_SAT_F64_U_16: i32 -1
;; I32_TRUNC_SAT_F64_U_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_17
;; I32_TRUNC_SAT_F64_U_17: i32 0
;; I32_TRUNC_SAT_F64_U_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- nan | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_18
;; I32_TRUNC_SAT_F64_U_18: i32 0
;; I32_TRUNC_SAT_F64_U_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_19
;; I32_TRUNC_SAT_F64_U_19: i32 -1
;; I32_TRUNC_SAT_F64_U_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.trunc_sat_f64_u %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I32_TRUNC_SAT_F64_U_20
;; I32_TRUNC_SAT_F64_U_20: i32 0
;; I32_TRUNC_SAT_F64_U_20-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_1
;; I64_TRUNC_F32_S_1: i64 1
;; I64_TRUNC_F32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_2
;; I64_TRUNC_F32_S_2: i64 -1
;; I64_TRUNC_F32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_3
;; I64_TRUNC_F32_S_3: i64 0
;; I64_TRUNC_F32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_4
;; I64_TRUNC_F32_S_4: i64 0
;; I64_TRUNC_F32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_5
;; I64_TRUNC_F32_S_5: i64 2147483520
;; I64_TRUNC_F32_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_6
;; I64_TRUNC_F32_S_6: i64 2147483648
;; I64_TRUNC_F32_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- -0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_7
;; I64_TRUNC_F32_S_7: i64 -2147483648
;; I64_TRUNC_F32_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- -0x1.000002p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_8
;; I64_TRUNC_F32_S_8: i64 -2147483904
;; I64_TRUNC_F32_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- 0x1.fffffep31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_9
;; I64_TRUNC_F32_S_9: i64 4294967040
;; I64_TRUNC_F32_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_10
;; I64_TRUNC_F32_S_10: i64 4294967296
;; I64_TRUNC_F32_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- 0x1.fffffep62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_11
;; I64_TRUNC_F32_S_11: i64 9223371487098961920
;; I64_TRUNC_F32_S_11-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f32_s %s -- 0x1p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_S_12
;; I64_TRUNC_F32_S_12: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_13
;; I64_TRUNC_F32_S_13: i64 -9223372036854775808
;; I64_TRUNC_F32_S_13-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f32_s %s -- -0x1.000002p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_S_14
;; I64_TRUNC_F32_S_14: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_s %s -- 0x1.fffffep63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_S_15
;; I64_TRUNC_F32_S_15: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_s %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_S_16
;; I64_TRUNC_F32_S_16: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_S_17
;; I64_TRUNC_F32_S_17: i64 -1
;; I64_TRUNC_F32_S_17-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f32_s %s -- nan 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_S_18
;; I64_TRUNC_F32_S_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_s %s -- inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_S_19
;; I64_TRUNC_F32_S_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_s %s -- -inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_S_20
;; I64_TRUNC_F32_S_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_1
;; I64_TRUNC_SAT_F32_S_1: i64 1
;; I64_TRUNC_SAT_F32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_2
;; I64_TRUNC_SAT_F32_S_2: i64 -1
;; I64_TRUNC_SAT_F32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_3
;; I64_TRUNC_SAT_F32_S_3: i64 0
;; I64_TRUNC_SAT_F32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_4
;; I64_TRUNC_SAT_F32_S_4: i64 0
;; I64_TRUNC_SAT_F32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_5
;; I64_TRUNC_SAT_F32_S_5: i64 2147483520
;; I64_TRUNC_SAT_F32_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_6
;; I64_TRUNC_SAT_F32_S_6: i64 2147483648
;; I64_TRUNC_SAT_F32_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_7
;; I64_TRUNC_SAT_F32_S_7: i64 -2147483648
;; I64_TRUNC_SAT_F32_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -0x1.000002p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_8
;; I64_TRUNC_SAT_F32_S_8: i64 -2147483904
;; I64_TRUNC_SAT_F32_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1.fffffep31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_9
;; I64_TRUNC_SAT_F32_S_9: i64 4294967040
;; I64_TRUNC_SAT_F32_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_10
;; I64_TRUNC_SAT_F32_S_10: i64 4294967296
;; I64_TRUNC_SAT_F32_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1.fffffep62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_11
;; I64_TRUNC_SAT_F32_S_11: i64 9223371487098961920
;; I64_TRUNC_SAT_F32_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_12
;; I64_TRUNC_SAT_F32_S_12: i64 9223372036854775807
;; I64_TRUNC_SAT_F32_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_13
;; I64_TRUNC_SAT_F32_S_13: i64 -9223372036854775808
;; I64_TRUNC_SAT_F32_S_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -0x1.000002p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_14
;; I64_TRUNC_SAT_F32_S_14: i64 -9223372036854775808
;; I64_TRUNC_SAT_F32_S_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1.fffffep63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_15
;; I64_TRUNC_SAT_F32_S_15: i64 9223372036854775807
;; I64_TRUNC_SAT_F32_S_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_16
;; I64_TRUNC_SAT_F32_S_16: i64 9223372036854775807
;; I64_TRUNC_SAT_F32_S_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_17
;; I64_TRUNC_SAT_F32_S_17: i64 -1
;; I64_TRUNC_SAT_F32_S_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- nan | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_18
;; I64_TRUNC_SAT_F32_S_18: i64 0
;; I64_TRUNC_SAT_F32_S_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_19
;; I64_TRUNC_SAT_F32_S_19: i64 9223372036854775807
;; I64_TRUNC_SAT_F32_S_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_s %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_S_20
;; I64_TRUNC_SAT_F32_S_20: i64 -9223372036854775808
;; I64_TRUNC_SAT_F32_S_20-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_1
;; I64_TRUNC_F32_U_1: i64 1
;; I64_TRUNC_F32_U_1-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- -1.9 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_2
;; I64_TRUNC_F32_U_2: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_3
;; I64_TRUNC_F32_U_3: i64 0
;; I64_TRUNC_F32_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_4
;; I64_TRUNC_F32_U_4: i64 0
;; I64_TRUNC_F32_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_5
;; I64_TRUNC_F32_U_5: i64 2147483520
;; I64_TRUNC_F32_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_6
;; I64_TRUNC_F32_U_6: i64 2147483648
;; I64_TRUNC_F32_U_6-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- -0x1p31 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_7
;; I64_TRUNC_F32_U_7: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- -0x1.000002p31 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_8
;; I64_TRUNC_F32_U_8: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 0x1.fffffep31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_9
;; I64_TRUNC_F32_U_9: i64 4294967040
;; I64_TRUNC_F32_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_10
;; I64_TRUNC_F32_U_10: i64 4294967296
;; I64_TRUNC_F32_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 0x1.fffffep62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_11
;; I64_TRUNC_F32_U_11: i64 9223371487098961920
;; I64_TRUNC_F32_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_12
;; I64_TRUNC_F32_U_12: i64 -9223372036854775808
;; I64_TRUNC_F32_U_12-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- -0x1p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_13
;; I64_TRUNC_F32_U_13: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- -0x1.000002p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_14
;; I64_TRUNC_F32_U_14: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f32_u %s -- 0x1.fffffep63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F32_U_15
;; I64_TRUNC_F32_U_15: i64 -1099511627776
;; I64_TRUNC_F32_U_15-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_16
;; I64_TRUNC_F32_U_16: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- -1 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_17
;; I64_TRUNC_F32_U_17: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- nan 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_18
;; I64_TRUNC_F32_U_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_19
;; I64_TRUNC_F32_U_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f32_u %s -- -inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F32_U_20
;; I64_TRUNC_F32_U_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_1
;; I64_TRUNC_SAT_F32_U_1: i64 1
;; I64_TRUNC_SAT_F32_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_2
;; I64_TRUNC_SAT_F32_U_2: i64 0
;; I64_TRUNC_SAT_F32_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_3
;; I64_TRUNC_SAT_F32_U_3: i64 0
;; I64_TRUNC_SAT_F32_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_4
;; I64_TRUNC_SAT_F32_U_4: i64 0
;; I64_TRUNC_SAT_F32_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1.fffffep30 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_5
;; I64_TRUNC_SAT_F32_U_5: i64 2147483520
;; I64_TRUNC_SAT_F32_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_6
;; I64_TRUNC_SAT_F32_U_6: i64 2147483648
;; I64_TRUNC_SAT_F32_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_7
;; I64_TRUNC_SAT_F32_U_7: i64 0
;; I64_TRUNC_SAT_F32_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -0x1.000002p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_8
;; I64_TRUNC_SAT_F32_U_8: i64 0
;; I64_TRUNC_SAT_F32_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1.fffffep31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_9
;; I64_TRUNC_SAT_F32_U_9: i64 4294967040
;; I64_TRUNC_SAT_F32_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_10
;; I64_TRUNC_SAT_F32_U_10: i64 4294967296
;; I64_TRUNC_SAT_F32_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1.fffffep62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_11
;; I64_TRUNC_SAT_F32_U_11: i64 9223371487098961920
;; I64_TRUNC_SAT_F32_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_12
;; I64_TRUNC_SAT_F32_U_12: i64 -9223372036854775808
;; I64_TRUNC_SAT_F32_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_13
;; I64_TRUNC_SAT_F32_U_13: i64 0
;; I64_TRUNC_SAT_F32_U_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -0x1.000002p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_14
;; I64_TRUNC_SAT_F32_U_14: i64 0
;; I64_TRUNC_SAT_F32_U_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1.fffffep63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_15
;; I64_TRUNC_SAT_F32_U_15: i64 -1099511627776
;; I64_TRUNC_SAT_F32_U_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_16
;; I64_TRUNC_SAT_F32_U_16: i64 -1
;; I64_TRUNC_SAT_F32_U_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_17
;; I64_TRUNC_SAT_F32_U_17: i64 0
;; I64_TRUNC_SAT_F32_U_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- nan | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_18
;; I64_TRUNC_SAT_F32_U_18: i64 0
;; I64_TRUNC_SAT_F32_U_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_19
;; I64_TRUNC_SAT_F32_U_19: i64 -1
;; I64_TRUNC_SAT_F32_U_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f32_u %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F32_U_20
;; I64_TRUNC_SAT_F32_U_20: i64 0
;; I64_TRUNC_SAT_F32_U_20-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_1
;; I64_TRUNC_F64_S_1: i64 1
;; I64_TRUNC_F64_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_2
;; I64_TRUNC_F64_S_2: i64 -1
;; I64_TRUNC_F64_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_3
;; I64_TRUNC_F64_S_3: i64 0
;; I64_TRUNC_F64_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_4
;; I64_TRUNC_F64_S_4: i64 0
;; I64_TRUNC_F64_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_5
;; I64_TRUNC_F64_S_5: i64 2147483647
;; I64_TRUNC_F64_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_6
;; I64_TRUNC_F64_S_6: i64 2147483648
;; I64_TRUNC_F64_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- -2147483648.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_7
;; I64_TRUNC_F64_S_7: i64 -2147483648
;; I64_TRUNC_F64_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- -2147483649 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_8
;; I64_TRUNC_F64_S_8: i64 -2147483649
;; I64_TRUNC_F64_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- 4294967295.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_9
;; I64_TRUNC_F64_S_9: i64 4294967295
;; I64_TRUNC_F64_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_10
;; I64_TRUNC_F64_S_10: i64 4294967296
;; I64_TRUNC_F64_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- 0x1.fffffffffffffp62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_11
;; I64_TRUNC_F64_S_11: i64 9223372036854774784
;; I64_TRUNC_F64_S_11-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f64_s %s -- 0x1p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_S_12
;; I64_TRUNC_F64_S_12: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_13
;; I64_TRUNC_F64_S_13: i64 -9223372036854775808
;; I64_TRUNC_F64_S_13-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f64_s %s -- -0x1.0000000000001p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_S_14
;; I64_TRUNC_F64_S_14: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_s %s -- 0x1.fffffffffffffp63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_S_15
;; I64_TRUNC_F64_S_15: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_s %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_S_16
;; I64_TRUNC_F64_S_16: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f64_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_S_17
;; I64_TRUNC_F64_S_17: i64 -1
;; I64_TRUNC_F64_S_17-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f64_s %s -- nan 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_S_18
;; I64_TRUNC_F64_S_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_s %s -- inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_S_19
;; I64_TRUNC_F64_S_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_s %s -- -inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_S_20
;; I64_TRUNC_F64_S_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_1
;; I64_TRUNC_SAT_F64_S_1: i64 1
;; I64_TRUNC_SAT_F64_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_2
;; I64_TRUNC_SAT_F64_S_2: i64 -1
;; I64_TRUNC_SAT_F64_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_3
;; I64_TRUNC_SAT_F64_S_3: i64 0
;; I64_TRUNC_SAT_F64_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_4
;; I64_TRUNC_SAT_F64_S_4: i64 0
;; I64_TRUNC_SAT_F64_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_5
;; I64_TRUNC_SAT_F64_S_5: i64 2147483647
;; I64_TRUNC_SAT_F64_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_6
;; I64_TRUNC_SAT_F64_S_6: i64 2147483648
;; I64_TRUNC_SAT_F64_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -2147483648.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_7
;; I64_TRUNC_SAT_F64_S_7: i64 -2147483648
;; I64_TRUNC_SAT_F64_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -2147483649 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_8
;; I64_TRUNC_SAT_F64_S_8: i64 -2147483649
;; I64_TRUNC_SAT_F64_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 4294967295.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_9
;; I64_TRUNC_SAT_F64_S_9: i64 4294967295
;; I64_TRUNC_SAT_F64_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_10
;; I64_TRUNC_SAT_F64_S_10: i64 4294967296
;; I64_TRUNC_SAT_F64_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 0x1.fffffffffffffp62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_11
;; I64_TRUNC_SAT_F64_S_11: i64 9223372036854774784
;; I64_TRUNC_SAT_F64_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_12
;; I64_TRUNC_SAT_F64_S_12: i64 9223372036854775807
;; I64_TRUNC_SAT_F64_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_13
;; I64_TRUNC_SAT_F64_S_13: i64 -9223372036854775808
;; I64_TRUNC_SAT_F64_S_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -0x1.0000000000001p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_14
;; I64_TRUNC_SAT_F64_S_14: i64 -9223372036854775808
;; I64_TRUNC_SAT_F64_S_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 0x1.fffffffffffffp63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_15
;; I64_TRUNC_SAT_F64_S_15: i64 9223372036854775807
;; I64_TRUNC_SAT_F64_S_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_16
;; I64_TRUNC_SAT_F64_S_16: i64 9223372036854775807
;; I64_TRUNC_SAT_F64_S_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_17
;; I64_TRUNC_SAT_F64_S_17: i64 -1
;; I64_TRUNC_SAT_F64_S_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- nan | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_18
;; I64_TRUNC_SAT_F64_S_18: i64 0
;; I64_TRUNC_SAT_F64_S_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_19
;; I64_TRUNC_SAT_F64_S_19: i64 9223372036854775807
;; I64_TRUNC_SAT_F64_S_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_s %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_S_20
;; I64_TRUNC_SAT_F64_S_20: i64 -9223372036854775808
;; I64_TRUNC_SAT_F64_S_20-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_1
;; I64_TRUNC_F64_U_1: i64 1
;; I64_TRUNC_F64_U_1-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- -1.9 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_2
;; I64_TRUNC_F64_U_2: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_3
;; I64_TRUNC_F64_U_3: i64 0
;; I64_TRUNC_F64_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_4
;; I64_TRUNC_F64_U_4: i64 0
;; I64_TRUNC_F64_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_5
;; I64_TRUNC_F64_U_5: i64 2147483647
;; I64_TRUNC_F64_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_6
;; I64_TRUNC_F64_U_6: i64 2147483648
;; I64_TRUNC_F64_U_6-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- -2147483648.9 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_7
;; I64_TRUNC_F64_U_7: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- -2147483649 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_8
;; I64_TRUNC_F64_U_8: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 4294967295.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_9
;; I64_TRUNC_F64_U_9: i64 4294967295
;; I64_TRUNC_F64_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_10
;; I64_TRUNC_F64_U_10: i64 4294967296
;; I64_TRUNC_F64_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 0x1.fffffffffffffp62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_11
;; I64_TRUNC_F64_U_11: i64 9223372036854774784
;; I64_TRUNC_F64_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_12
;; I64_TRUNC_F64_U_12: i64 -9223372036854775808
;; I64_TRUNC_F64_U_12-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- -0x1p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_13
;; I64_TRUNC_F64_U_13: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- -0x1.0000000000001p63 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_14
;; I64_TRUNC_F64_U_14: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_f64_u %s -- 0x1.fffffffffffffp63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_F64_U_15
;; I64_TRUNC_F64_U_15: i64 -2048
;; I64_TRUNC_F64_U_15-NOT: {{.}}
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- 0x1p64 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_16
;; I64_TRUNC_F64_U_16: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- -1 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_17
;; I64_TRUNC_F64_U_17: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- nan 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_18
;; I64_TRUNC_F64_U_18: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_19
;; I64_TRUNC_F64_U_19: ERROR: invalid-conversion-to-integer
;; RUN: not mswasm run --invoke=i64.trunc_f64_u %s -- -inf 2>&1 | FileCheck %s --check-prefix=I64_TRUNC_F64_U_20
;; I64_TRUNC_F64_U_20: ERROR: invalid-conversion-to-integer
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_1
;; I64_TRUNC_SAT_F64_U_1: i64 1
;; I64_TRUNC_SAT_F64_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -1.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_2
;; I64_TRUNC_SAT_F64_U_2: i64 0
;; I64_TRUNC_SAT_F64_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -0.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_3
;; I64_TRUNC_SAT_F64_U_3: i64 0
;; I64_TRUNC_SAT_F64_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_4
;; I64_TRUNC_SAT_F64_U_4: i64 0
;; I64_TRUNC_SAT_F64_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 2147483647.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_5
;; I64_TRUNC_SAT_F64_U_5: i64 2147483647
;; I64_TRUNC_SAT_F64_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 0x1p31 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_6
;; I64_TRUNC_SAT_F64_U_6: i64 2147483648
;; I64_TRUNC_SAT_F64_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -2147483648.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_7
;; I64_TRUNC_SAT_F64_U_7: i64 0
;; I64_TRUNC_SAT_F64_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -2147483649 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_8
;; I64_TRUNC_SAT_F64_U_8: i64 0
;; I64_TRUNC_SAT_F64_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 4294967295.9 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_9
;; I64_TRUNC_SAT_F64_U_9: i64 4294967295
;; I64_TRUNC_SAT_F64_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 0x1p32 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_10
;; I64_TRUNC_SAT_F64_U_10: i64 4294967296
;; I64_TRUNC_SAT_F64_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 0x1.fffffffffffffp62 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_11
;; I64_TRUNC_SAT_F64_U_11: i64 9223372036854774784
;; I64_TRUNC_SAT_F64_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_12
;; I64_TRUNC_SAT_F64_U_12: i64 -9223372036854775808
;; I64_TRUNC_SAT_F64_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -0x1p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_13
;; I64_TRUNC_SAT_F64_U_13: i64 0
;; I64_TRUNC_SAT_F64_U_13-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -0x1.0000000000001p63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_14
;; I64_TRUNC_SAT_F64_U_14: i64 0
;; I64_TRUNC_SAT_F64_U_14-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 0x1.fffffffffffffp63 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_15
;; I64_TRUNC_SAT_F64_U_15: i64 -2048
;; I64_TRUNC_SAT_F64_U_15-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- 0x1p64 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_16
;; I64_TRUNC_SAT_F64_U_16: i64 -1
;; I64_TRUNC_SAT_F64_U_16-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_17
;; I64_TRUNC_SAT_F64_U_17: i64 0
;; I64_TRUNC_SAT_F64_U_17-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- nan | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_18
;; I64_TRUNC_SAT_F64_U_18: i64 0
;; I64_TRUNC_SAT_F64_U_18-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_19
;; I64_TRUNC_SAT_F64_U_19: i64 -1
;; I64_TRUNC_SAT_F64_U_19-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.trunc_sat_f64_u %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I64_TRUNC_SAT_F64_U_20
;; I64_TRUNC_SAT_F64_U_20: i64 0
;; I64_TRUNC_SAT_F64_U_20-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_1
;; F32_CONVERT_I32_S_1: f32 0 (0x00000000)
;; F32_CONVERT_I32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- 1 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_2
;; F32_CONVERT_I32_S_2: f32 1 (0x3f800000)
;; F32_CONVERT_I32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_3
;; F32_CONVERT_I32_S_3: f32 -1 (0xbf800000)
;; F32_CONVERT_I32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_4
;; F32_CONVERT_I32_S_4: f32 2.14748365e+09 (0x4f000000)
;; F32_CONVERT_I32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_5
;; F32_CONVERT_I32_S_5: f32 -2.14748365e+09 (0xcf000000)
;; F32_CONVERT_I32_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_6
;; F32_CONVERT_I32_S_6: f32 16777216 (0x4b800000)
;; F32_CONVERT_I32_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- 16777219 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_7
;; F32_CONVERT_I32_S_7: f32 16777220 (0x4b800002)
;; F32_CONVERT_I32_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- -16777217 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_8
;; F32_CONVERT_I32_S_8: f32 -16777216 (0xcb800000)
;; F32_CONVERT_I32_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- 123456789 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_9
;; F32_CONVERT_I32_S_9: f32 123456792 (0x4ceb79a3)
;; F32_CONVERT_I32_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- -2147483519 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_10
;; F32_CONVERT_I32_S_10: f32 -2.14748352e+09 (0xceffffff)
;; F32_CONVERT_I32_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- -2147483520 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_11
;; F32_CONVERT_I32_S_11: f32 -2.14748352e+09 (0xceffffff)
;; F32_CONVERT_I32_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_s %s -- -2147483264 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_S_12
;; F32_CONVERT_I32_S_12: f32 -2.14748326e+09 (0xcefffffd)
;; F32_CONVERT_I32_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_1
;; F32_CONVERT_I32_U_1: f32 0 (0x00000000)
;; F32_CONVERT_I32_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- 1 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_2
;; F32_CONVERT_I32_U_2: f32 1 (0x3f800000)
;; F32_CONVERT_I32_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_3
;; F32_CONVERT_I32_U_3: f32 4.2949673e+09 (0x4f800000)
;; F32_CONVERT_I32_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_4
;; F32_CONVERT_I32_U_4: f32 2.14748365e+09 (0x4f000000)
;; F32_CONVERT_I32_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_5
;; F32_CONVERT_I32_U_5: f32 2.14748365e+09 (0x4f000000)
;; F32_CONVERT_I32_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_6
;; F32_CONVERT_I32_U_6: f32 16777216 (0x4b800000)
;; F32_CONVERT_I32_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- 16777219 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_7
;; F32_CONVERT_I32_U_7: f32 16777220 (0x4b800002)
;; F32_CONVERT_I32_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- -16777217 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_8
;; F32_CONVERT_I32_U_8: f32 4.27819008e+09 (0x4f7f0000)
;; F32_CONVERT_I32_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- 123456789 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_9
;; F32_CONVERT_I32_U_9: f32 123456792 (0x4ceb79a3)
;; F32_CONVERT_I32_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- -2147483519 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_10
;; F32_CONVERT_I32_U_10: f32 2.1474839e+09 (0x4f000001)
;; F32_CONVERT_I32_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- -2147483520 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_11
;; F32_CONVERT_I32_U_11: f32 2.14748365e+09 (0x4f000000)
;; F32_CONVERT_I32_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i32_u %s -- -2147483264 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I32_U_12
;; F32_CONVERT_I32_U_12: f32 2.14748416e+09 (0x4f000002)
;; F32_CONVERT_I32_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_1
;; F32_CONVERT_I64_S_1: f32 0 (0x00000000)
;; F32_CONVERT_I64_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_2
;; F32_CONVERT_I64_S_2: f32 -1 (0xbf800000)
;; F32_CONVERT_I64_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- 9007199254740993 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_3
;; F32_CONVERT_I64_S_3: f32 9.00719925e+15 (0x5a000000)
;; F32_CONVERT_I64_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- 9007199254740995 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_4
;; F32_CONVERT_I64_S_4: f32 9.00719925e+15 (0x5a000000)
;; F32_CONVERT_I64_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_5
;; F32_CONVERT_I64_S_5: f32 9.22337204e+18 (0x5f000000)
;; F32_CONVERT_I64_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_6
;; F32_CONVERT_I64_S_6: f32 -9.22337204e+18 (0xdf000000)
;; F32_CONVERT_I64_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- 9007199791611905 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_7
;; F32_CONVERT_I64_S_7: f32 9.00720033e+15 (0x5a000001)
;; F32_CONVERT_I64_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -9223371487098961919 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_8
;; F32_CONVERT_I64_S_8: f32 -9.22337149e+18 (0xdeffffff)
;; F32_CONVERT_I64_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -9007199523176448 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_9
;; F32_CONVERT_I64_S_9: f32 -9.00719925e+15 (0xda000000)
;; F32_CONVERT_I64_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_10
;; F32_CONVERT_I64_S_10: f32 16777216 (0x4b800000)
;; F32_CONVERT_I64_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -9223372036854774784 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_11
;; F32_CONVERT_I64_S_11: f32 -9.22337204e+18 (0xdf000000)
;; F32_CONVERT_I64_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -9223372036854774783 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_12
;; F32_CONVERT_I64_S_12: f32 -9.22337204e+18 (0xdf000000)
;; F32_CONVERT_I64_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -9223372036854772736 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_13
;; F32_CONVERT_I64_S_13: f32 -9.22337204e+18 (0xdf000000)
;; F32_CONVERT_I64_S_13-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -1025 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_14
;; F32_CONVERT_I64_S_14: f32 -1025 (0xc4802000)
;; F32_CONVERT_I64_S_14-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_s %s -- -1024 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_S_15
;; F32_CONVERT_I64_S_15: f32 -1024 (0xc4800000)
;; F32_CONVERT_I64_S_15-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_1
;; F32_CONVERT_I64_U_1: f32 0 (0x00000000)
;; F32_CONVERT_I64_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_2
;; F32_CONVERT_I64_U_2: f32 1.84467441e+19 (0x5f800000)
;; F32_CONVERT_I64_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- 9007199254740993 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_3
;; F32_CONVERT_I64_U_3: f32 9.00719925e+15 (0x5a000000)
;; F32_CONVERT_I64_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- 9007199254740995 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_4
;; F32_CONVERT_I64_U_4: f32 9.00719925e+15 (0x5a000000)
;; F32_CONVERT_I64_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_5
;; F32_CONVERT_I64_U_5: f32 9.22337204e+18 (0x5f000000)
;; F32_CONVERT_I64_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_6
;; F32_CONVERT_I64_U_6: f32 9.22337204e+18 (0x5f000000)
;; F32_CONVERT_I64_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- 9007199791611905 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_7
;; F32_CONVERT_I64_U_7: f32 9.00720033e+15 (0x5a000001)
;; F32_CONVERT_I64_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -9223371487098961919 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_8
;; F32_CONVERT_I64_U_8: f32 9.22337314e+18 (0x5f000001)
;; F32_CONVERT_I64_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -9007199523176448 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_9
;; F32_CONVERT_I64_U_9: f32 1.84377369e+19 (0x5f7fe000)
;; F32_CONVERT_I64_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_10
;; F32_CONVERT_I64_U_10: f32 16777216 (0x4b800000)
;; F32_CONVERT_I64_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -9223372036854774784 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_11
;; F32_CONVERT_I64_U_11: f32 9.22337204e+18 (0x5f000000)
;; F32_CONVERT_I64_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -9223372036854774783 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_12
;; F32_CONVERT_I64_U_12: f32 9.22337204e+18 (0x5f000000)
;; F32_CONVERT_I64_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -9223372036854772736 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_13
;; F32_CONVERT_I64_U_13: f32 9.22337204e+18 (0x5f000000)
;; F32_CONVERT_I64_U_13-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -1025 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_14
;; F32_CONVERT_I64_U_14: f32 1.84467441e+19 (0x5f800000)
;; F32_CONVERT_I64_U_14-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.convert_i64_u %s -- -1024 | FileCheck %s --match-full-lines --check-prefix=F32_CONVERT_I64_U_15
;; F32_CONVERT_I64_U_15: f32 1.84467441e+19 (0x5f800000)
;; F32_CONVERT_I64_U_15-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_1
;; F64_CONVERT_I32_S_1: f64 0 (0x0000000000000000)
;; F64_CONVERT_I32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- 1 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_2
;; F64_CONVERT_I32_S_2: f64 1 (0x3ff0000000000000)
;; F64_CONVERT_I32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_3
;; F64_CONVERT_I32_S_3: f64 -1 (0xbff0000000000000)
;; F64_CONVERT_I32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_4
;; F64_CONVERT_I32_S_4: f64 2147483647 (0x41dfffffffc00000)
;; F64_CONVERT_I32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_5
;; F64_CONVERT_I32_S_5: f64 -2147483648 (0xc1e0000000000000)
;; F64_CONVERT_I32_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_6
;; F64_CONVERT_I32_S_6: f64 16777217 (0x4170000010000000)
;; F64_CONVERT_I32_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- 16777219 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_7
;; F64_CONVERT_I32_S_7: f64 16777219 (0x4170000030000000)
;; F64_CONVERT_I32_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- -16777217 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_8
;; F64_CONVERT_I32_S_8: f64 -16777217 (0xc170000010000000)
;; F64_CONVERT_I32_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- 123456789 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_9
;; F64_CONVERT_I32_S_9: f64 123456789 (0x419d6f3454000000)
;; F64_CONVERT_I32_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- -2147483519 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_10
;; F64_CONVERT_I32_S_10: f64 -2147483519 (0xc1dfffffdfc00000)
;; F64_CONVERT_I32_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- -2147483520 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_11
;; F64_CONVERT_I32_S_11: f64 -2147483520 (0xc1dfffffe0000000)
;; F64_CONVERT_I32_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_s %s -- -2147483264 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_S_12
;; F64_CONVERT_I32_S_12: f64 -2147483264 (0xc1dfffffa0000000)
;; F64_CONVERT_I32_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_1
;; F64_CONVERT_I32_U_1: f64 0 (0x0000000000000000)
;; F64_CONVERT_I32_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- 1 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_2
;; F64_CONVERT_I32_U_2: f64 1 (0x3ff0000000000000)
;; F64_CONVERT_I32_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_3
;; F64_CONVERT_I32_U_3: f64 4294967295 (0x41efffffffe00000)
;; F64_CONVERT_I32_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_4
;; F64_CONVERT_I32_U_4: f64 2147483647 (0x41dfffffffc00000)
;; F64_CONVERT_I32_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_5
;; F64_CONVERT_I32_U_5: f64 2147483648 (0x41e0000000000000)
;; F64_CONVERT_I32_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_6
;; F64_CONVERT_I32_U_6: f64 16777217 (0x4170000010000000)
;; F64_CONVERT_I32_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- 16777219 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_7
;; F64_CONVERT_I32_U_7: f64 16777219 (0x4170000030000000)
;; F64_CONVERT_I32_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- -16777217 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_8
;; F64_CONVERT_I32_U_8: f64 4278190079 (0x41efdfffffe00000)
;; F64_CONVERT_I32_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- 123456789 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_9
;; F64_CONVERT_I32_U_9: f64 123456789 (0x419d6f3454000000)
;; F64_CONVERT_I32_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- -2147483519 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_10
;; F64_CONVERT_I32_U_10: f64 2147483777 (0x41e0000010200000)
;; F64_CONVERT_I32_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- -2147483520 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_11
;; F64_CONVERT_I32_U_11: f64 2147483776 (0x41e0000010000000)
;; F64_CONVERT_I32_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i32_u %s -- -2147483264 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I32_U_12
;; F64_CONVERT_I32_U_12: f64 2147484032 (0x41e0000030000000)
;; F64_CONVERT_I32_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_1
;; F64_CONVERT_I64_S_1: f64 0 (0x0000000000000000)
;; F64_CONVERT_I64_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_2
;; F64_CONVERT_I64_S_2: f64 -1 (0xbff0000000000000)
;; F64_CONVERT_I64_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- 9007199254740993 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_3
;; F64_CONVERT_I64_S_3: f64 9007199254740992 (0x4340000000000000)
;; F64_CONVERT_I64_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- 9007199254740995 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_4
;; F64_CONVERT_I64_S_4: f64 9007199254740996 (0x4340000000000002)
;; F64_CONVERT_I64_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_5
;; F64_CONVERT_I64_S_5: f64 9.2233720368547758e+18 (0x43e0000000000000)
;; F64_CONVERT_I64_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_6
;; F64_CONVERT_I64_S_6: f64 -9.2233720368547758e+18 (0xc3e0000000000000)
;; F64_CONVERT_I64_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- 9007199791611905 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_7
;; F64_CONVERT_I64_S_7: f64 9007199791611904 (0x4340000010000000)
;; F64_CONVERT_I64_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -9223371487098961919 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_8
;; F64_CONVERT_I64_S_8: f64 -9.2233714870989619e+18 (0xc3dfffffe0000000)
;; F64_CONVERT_I64_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -9007199523176448 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_9
;; F64_CONVERT_I64_S_9: f64 -9007199523176448 (0xc340000008000000)
;; F64_CONVERT_I64_S_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_10
;; F64_CONVERT_I64_S_10: f64 16777217 (0x4170000010000000)
;; F64_CONVERT_I64_S_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -9223372036854774784 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_11
;; F64_CONVERT_I64_S_11: f64 -9.2233720368547748e+18 (0xc3dfffffffffffff)
;; F64_CONVERT_I64_S_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -9223372036854774783 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_12
;; F64_CONVERT_I64_S_12: f64 -9.2233720368547748e+18 (0xc3dfffffffffffff)
;; F64_CONVERT_I64_S_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -9223372036854772736 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_13
;; F64_CONVERT_I64_S_13: f64 -9.2233720368547727e+18 (0xc3dffffffffffffd)
;; F64_CONVERT_I64_S_13-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -1025 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_14
;; F64_CONVERT_I64_S_14: f64 -1025 (0xc090040000000000)
;; F64_CONVERT_I64_S_14-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_s %s -- -1024 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_S_15
;; F64_CONVERT_I64_S_15: f64 -1024 (0xc090000000000000)
;; F64_CONVERT_I64_S_15-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- 0 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_1
;; F64_CONVERT_I64_U_1: f64 0 (0x0000000000000000)
;; F64_CONVERT_I64_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -1 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_2
;; F64_CONVERT_I64_U_2: f64 1.8446744073709552e+19 (0x43f0000000000000)
;; F64_CONVERT_I64_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- 9007199254740993 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_3
;; F64_CONVERT_I64_U_3: f64 9007199254740992 (0x4340000000000000)
;; F64_CONVERT_I64_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- 9007199254740995 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_4
;; F64_CONVERT_I64_U_4: f64 9007199254740996 (0x4340000000000002)
;; F64_CONVERT_I64_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_5
;; F64_CONVERT_I64_U_5: f64 9.2233720368547758e+18 (0x43e0000000000000)
;; F64_CONVERT_I64_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_6
;; F64_CONVERT_I64_U_6: f64 9.2233720368547758e+18 (0x43e0000000000000)
;; F64_CONVERT_I64_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- 9007199791611905 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_7
;; F64_CONVERT_I64_U_7: f64 9007199791611904 (0x4340000010000000)
;; F64_CONVERT_I64_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -9223371487098961919 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_8
;; F64_CONVERT_I64_U_8: f64 9.2233725866105897e+18 (0x43e0000010000000)
;; F64_CONVERT_I64_U_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -9007199523176448 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_9
;; F64_CONVERT_I64_U_9: f64 1.8437736874186375e+19 (0x43effbfffffe0000)
;; F64_CONVERT_I64_U_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- 16777217 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_10
;; F64_CONVERT_I64_U_10: f64 16777217 (0x4170000010000000)
;; F64_CONVERT_I64_U_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -9223372036854774784 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_11
;; F64_CONVERT_I64_U_11: f64 9.2233720368547758e+18 (0x43e0000000000000)
;; F64_CONVERT_I64_U_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -9223372036854774783 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_12
;; F64_CONVERT_I64_U_12: f64 9.2233720368547779e+18 (0x43e0000000000001)
;; F64_CONVERT_I64_U_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -9223372036854772736 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_13
;; F64_CONVERT_I64_U_13: f64 9.2233720368547799e+18 (0x43e0000000000002)
;; F64_CONVERT_I64_U_13-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -1025 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_14
;; F64_CONVERT_I64_U_14: f64 1.844674407370955e+19 (0x43efffffffffffff)
;; F64_CONVERT_I64_U_14-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.convert_i64_u %s -- -1024 | FileCheck %s --match-full-lines --check-prefix=F64_CONVERT_I64_U_15
;; F64_CONVERT_I64_U_15: f64 1.8446744073709552e+19 (0x43f0000000000000)
;; F64_CONVERT_I64_U_15-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_1
;; F32_DEMOTE_F64_1: f32 1.5 (0x3fc00000)
;; F32_DEMOTE_F64_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0.1 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_2
;; F32_DEMOTE_F64_2: f32 0.100000001 (0x3dcccccd)
;; F32_DEMOTE_F64_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- -0 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_3
;; F32_DEMOTE_F64_3: f32 -0 (0x80000000)
;; F32_DEMOTE_F64_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- inf | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_4
;; F32_DEMOTE_F64_4: f32 inf (0x7f800000)
;; F32_DEMOTE_F64_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- -inf | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_5
;; F32_DEMOTE_F64_5: f32 -inf (0xff800000)
;; F32_DEMOTE_F64_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0x1.fffffffffffffp1023 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_6
;; F32_DEMOTE_F64_6: f32 inf (0x7f800000)
;; F32_DEMOTE_F64_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0x1.fffffefffffffp127 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_7
;; F32_DEMOTE_F64_7: f32 3.40282347e+38 (0x7f7fffff)
;; F32_DEMOTE_F64_7-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0x1.ffffffp127 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_8
;; F32_DEMOTE_F64_8: f32 inf (0x7f800000)
;; F32_DEMOTE_F64_8-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- -0x1.ffffffp127 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_9
;; F32_DEMOTE_F64_9: f32 -inf (0xff800000)
;; F32_DEMOTE_F64_9-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_10
;; F32_DEMOTE_F64_10: f32 1.40129846e-45 (0x00000001)
;; F32_DEMOTE_F64_10-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0x1p-150 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_11
;; F32_DEMOTE_F64_11: f32 0 (0x00000000)
;; F32_DEMOTE_F64_11-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0x1.0000000000001p-150 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_12
;; F32_DEMOTE_F64_12: f32 1.40129846e-45 (0x00000001)
;; F32_DEMOTE_F64_12-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 0x1.8p-149 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_13
;; F32_DEMOTE_F64_13: f32 2.80259693e-45 (0x00000002)
;; F32_DEMOTE_F64_13-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64 %s -- 1e-300 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_14
;; F32_DEMOTE_F64_14: f32 0 (0x00000000)
;; F32_DEMOTE_F64_14-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64_bits %s -- 0x7ff8000000000000 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_BITS_1
;; F32_DEMOTE_F64_BITS_1: f32 nan (0x7fc00000)
;; F32_DEMOTE_F64_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64_bits %s -- 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_BITS_2
;; F32_DEMOTE_F64_BITS_2: f32 nan (0x7fc00000)
;; F32_DEMOTE_F64_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64_bits %s -- 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_BITS_3
;; F32_DEMOTE_F64_BITS_3: f32 nan (0x7fc00000)
;; F32_DEMOTE_F64_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.demote_f64_bits %s -- 0x7fffffffffffffff | FileCheck %s --match-full-lines --check-prefix=F32_DEMOTE_F64_BITS_4
;; F32_DEMOTE_F64_BITS_4: f32 nan (0x7fc00000)
;; F32_DEMOTE_F64_BITS_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32 %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_1
;; F64_PROMOTE_F32_1: f64 1.5 (0x3ff8000000000000)
;; F64_PROMOTE_F32_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32 %s -- 0.1 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_2
;; F64_PROMOTE_F32_2: f64 0.10000000149011612 (0x3fb99999a0000000)
;; F64_PROMOTE_F32_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32 %s -- -0 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_3
;; F64_PROMOTE_F32_3: f64 -0 (0x8000000000000000)
;; F64_PROMOTE_F32_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32 %s -- -inf | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_4
;; F64_PROMOTE_F32_4: f64 -inf (0xfff0000000000000)
;; F64_PROMOTE_F32_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32 %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_5
;; F64_PROMOTE_F32_5: f64 1.4012984643248171e-45 (0x36a0000000000000)
;; F64_PROMOTE_F32_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32 %s -- 0x1.fffffep127 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_6
;; F64_PROMOTE_F32_6: f64 3.4028234663852886e+38 (0x47efffffe0000000)
;; F64_PROMOTE_F32_6-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32_bits %s -- 0x7fc00000 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_BITS_1
;; F64_PROMOTE_F32_BITS_1: f64 nan (0x7ff8000000000000)
;; F64_PROMOTE_F32_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_BITS_2
;; F64_PROMOTE_F32_BITS_2: f64 nan (0x7ff8000000000000)
;; F64_PROMOTE_F32_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_BITS_3
;; F64_PROMOTE_F32_BITS_3: f64 nan (0x7ff8000000000000)
;; F64_PROMOTE_F32_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.promote_f32_bits %s -- 0x7fffffff | FileCheck %s --match-full-lines --check-prefix=F64_PROMOTE_F32_BITS_4
;; F64_PROMOTE_F32_BITS_4: f64 nan (0x7ff8000000000000)
;; F64_PROMOTE_F32_BITS_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.reinterpret_f32 %s -- 1 | FileCheck %s --match-full-lines --check-prefix=I32_REINTERPRET_F32_1
;; I32_REINTERPRET_F32_1: i32 1065353216
;; I32_REINTERPRET_F32_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.reinterpret_f64 %s -- 1 | FileCheck %s --match-full-lines --check-prefix=I64_REINTERPRET_F64_1
;; I64_REINTERPRET_F64_1: i64 4607182418800017408
;; I64_REINTERPRET_F64_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.reinterpret_f32 %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I32_REINTERPRET_F32_2
;; I32_REINTERPRET_F32_2: i32 -2147483648
;; I32_REINTERPRET_F32_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.reinterpret_f64 %s -- -0 | FileCheck %s --match-full-lines --check-prefix=I64_REINTERPRET_F64_2
;; I64_REINTERPRET_F64_2: i64 -9223372036854775808
;; I64_REINTERPRET_F64_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.reinterpret_f32 %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I32_REINTERPRET_F32_3
;; I32_REINTERPRET_F32_3: i32 -8388608
;; I32_REINTERPRET_F32_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.reinterpret_f64 %s -- -inf | FileCheck %s --match-full-lines --check-prefix=I64_REINTERPRET_F64_3
;; I64_REINTERPRET_F64_3: i64 -4503599627370496
;; I64_REINTERPRET_F64_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.reinterpret_f32 %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=I32_REINTERPRET_F32_4
;; I32_REINTERPRET_F32_4: i32 1
;; I32_REINTERPRET_F32_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.reinterpret_f64 %s -- 0x1p-149 | FileCheck %s --match-full-lines --check-prefix=I64_REINTERPRET_F64_4
;; I64_REINTERPRET_F64_4: i64 3936146074321813504
;; I64_REINTERPRET_F64_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.reinterpret_i32 %s -- 0x3fc00000 | FileCheck %s --match-full-lines --check-prefix=F32_REINTERPRET_I32_1
;; F32_REINTERPRET_I32_1: f32 1.5 (0x3fc00000)
;; F32_REINTERPRET_I32_1-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip32 %s -- 0x3fc00000 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP32_1
;; ROUNDTRIP32_1: i32 1069547520
;; ROUNDTRIP32_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.reinterpret_i32 %s -- 0x80000000 | FileCheck %s --match-full-lines --check-prefix=F32_REINTERPRET_I32_2
;; F32_REINTERPRET_I32_2: f32 -0 (0x80000000)
;; F32_REINTERPRET_I32_2-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip32 %s -- 0x80000000 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP32_2
;; ROUNDTRIP32_2: i32 -2147483648
;; ROUNDTRIP32_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.reinterpret_i32 %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=F32_REINTERPRET_I32_3
;; F32_REINTERPRET_I32_3: f32 nan (0x7f800001)
;; F32_REINTERPRET_I32_3-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip32 %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP32_3
;; ROUNDTRIP32_3: i32 2139095041
;; ROUNDTRIP32_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.reinterpret_i32 %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=F32_REINTERPRET_I32_4
;; F32_REINTERPRET_I32_4: f32 -nan (0xffc01234)
;; F32_REINTERPRET_I32_4-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip32 %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP32_4
;; ROUNDTRIP32_4: i32 -4189644
;; ROUNDTRIP32_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f32.reinterpret_i32 %s -- 0x1 | FileCheck %s --match-full-lines --check-prefix=F32_REINTERPRET_I32_5
;; F32_REINTERPRET_I32_5: f32 1.40129846e-45 (0x00000001)
;; F32_REINTERPRET_I32_5-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip32 %s -- 0x1 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP32_5
;; ROUNDTRIP32_5: i32 1
;; ROUNDTRIP32_5-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.reinterpret_i64 %s -- 0x3ff8000000000000 | FileCheck %s --match-full-lines --check-prefix=F64_REINTERPRET_I64_1
;; F64_REINTERPRET_I64_1: f64 1.5 (0x3ff8000000000000)
;; F64_REINTERPRET_I64_1-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip64 %s -- 0x3ff8000000000000 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP64_1
;; ROUNDTRIP64_1: i64 4609434218613702656
;; ROUNDTRIP64_1-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.reinterpret_i64 %s -- 0x8000000000000000 | FileCheck %s --match-full-lines --check-prefix=F64_REINTERPRET_I64_2
;; F64_REINTERPRET_I64_2: f64 -0 (0x8000000000000000)
;; F64_REINTERPRET_I64_2-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip64 %s -- 0x8000000000000000 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP64_2
;; ROUNDTRIP64_2: i64 -9223372036854775808
;; ROUNDTRIP64_2-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.reinterpret_i64 %s -- 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=F64_REINTERPRET_I64_3
;; F64_REINTERPRET_I64_3: f64 nan (0x7ff0000000000001)
;; F64_REINTERPRET_I64_3-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip64 %s -- 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP64_3
;; ROUNDTRIP64_3: i64 9218868437227405313
;; ROUNDTRIP64_3-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.reinterpret_i64 %s -- 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=F64_REINTERPRET_I64_4
;; F64_REINTERPRET_I64_4: f64 -nan (0xfff8000000001234)
;; F64_REINTERPRET_I64_4-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip64 %s -- 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP64_4
;; ROUNDTRIP64_4: i64 -2251799813680588
;; ROUNDTRIP64_4-NOT: {{.}}
;; RUN: mswasm run --invoke=f64.reinterpret_i64 %s -- 0x1 | FileCheck %s --match-full-lines --check-prefix=F64_REINTERPRET_I64_5
;; F64_REINTERPRET_I64_5: f64 4.9406564584124654e-324 (0x0000000000000001)
;; F64_REINTERPRET_I64_5-NOT: {{.}}
;; RUN: mswasm run --invoke=roundtrip64 %s -- 0x1 | FileCheck %s --match-full-lines --check-prefix=ROUNDTRIP64_5
;; ROUNDTRIP64_5: i64 1
;; ROUNDTRIP64_5-NOT: {{.}}
(module
  (func (export "i32.wrap_i64") (param i64) (result i32)
    local.get 0
    i32.wrap_i64)
  (func (export "i64.extend_i32_s") (param i32) (result i64)
    local.get 0
    i64.extend_i32_s)
  (func (export "i64.extend_i32_u") (param i32) (result i64)
    local.get 0
    i64.extend_i32_u)
  (func (export "i32.trunc_f32_s") (param f32) (result i32)
    local.get 0
    i32.trunc_f32_s)
  (func (export "i32.trunc_sat_f32_s") (param f32) (result i32)
    local.get 0
    i32.trunc_sat_f32_s)
  (func (export "i32.trunc_f32_u") (param f32) (result i32)
    local.get 0
    i32.trunc_f32_u)
  (func (export "i32.trunc_sat_f32_u") (param f32) (result i32)
    local.get 0
    i32.trunc_sat_f32_u)
  (func (export "i32.trunc_f64_s") (param f64) (result i32)
    local.get 0
    i32.trunc_f64_s)
  (func (export "i32.trunc_sat_f64_s") (param f64) (result i32)
    local.get 0
    i32.trunc_sat_f64_s)
  (func (export "i32.trunc_f64_u") (param f64) (result i32)
    local.get 0
    i32.trunc_f64_u)
  (func (export "i32.trunc_sat_f64_u") (param f64) (result i32)
    local.get 0
    i32.trunc_sat_f64_u)
  (func (export "i64.trunc_f32_s") (param f32) (result i64)
    local.get 0
    i64.trunc_f32_s)
  (func (export "i64.trunc_sat_f32_s") (param f32) (result i64)
    local.get 0
    i64.trunc_sat_f32_s)
  (func (export "i64.trunc_f32_u") (param f32) (result i64)
    local.get 0
    i64.trunc_f32_u)
  (func (export "i64.trunc_sat_f32_u") (param f32) (result i64)
    local.get 0
    i64.trunc_sat_f32_u)
  (func (export "i64.trunc_f64_s") (param f64) (result i64)
    local.get 0
    i64.trunc_f64_s)
  (func (export "i64.trunc_sat_f64_s") (param f64) (result i64)
    local.get 0
    i64.trunc_sat_f64_s)
  (func (export "i64.trunc_f64_u") (param f64) (result i64)
    local.get 0
    i64.trunc_f64_u)
  (func (export "i64.trunc_sat_f64_u") (param f64) (result i64)
    local.get 0
    i64.trunc_sat_f64_u)
  (func (export "f32.convert_i32_s") (param i32) (result f32)
    local.get 0
    f32.convert_i32_s)
  (func (export "f32.convert_i32_u") (param i32) (result f32)
    local.get 0
    f32.convert_i32_u)
  (func (export "f32.convert_i64_s") (param i64) (result f32)
    local.get 0
    f32.convert_i64_s)
  (func (export "f32.convert_i64_u") (param i64) (result f32)
    local.get 0
    f32.convert_i64_u)
  (func (export "f64.convert_i32_s") (param i32) (result f64)
    local.get 0
    f64.convert_i32_s)
  (func (export "f64.convert_i32_u") (param i32) (result f64)
    local.get 0
    f64.convert_i32_u)
  (func (export "f64.convert_i64_s") (param i64) (result f64)
    local.get 0
    f64.convert_i64_s)
  (func (export "f64.convert_i64_u") (param i64) (result f64)
    local.get 0
    f64.convert_i64_u)
  (func (export "f32.demote_f64") (param f64) (result f32)
    local.get 0
    f32.demote_f64)
  (func (export "f32.demote_f64_bits") (param i64) (result f32)
    local.get 0
    f64.reinterpret_i64
    f32.demote_f64)
  (func (export "f64.promote_f32") (param f32) (result f64)
    local.get 0
    f64.promote_f32)
  (func (export "f64.promote_f32_bits") (param i32) (result f64)
    local.get 0
    f32.reinterpret_i32
    f64.promote_f32)
  (func (export "i32.reinterpret_f32") (param f32) (result i32)
    local.get 0
    i32.reinterpret_f32)
  (func (export "i64.reinterpret_f64") (param f64) (result i64)
    local.get 0
    i64.reinterpret_f64)
  (func (export "f32.reinterpret_i32") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32)
  (func (export "f64.reinterpret_i64") (param i64) (result f64)
    local.get 0
    f64.reinterpret_i64)
  (func (export "roundtrip32") (param i32) (result i32)
    local.get 0
    f32.reinterpret_i32
    i32.reinterpret_f32)
  (func (export "roundtrip64") (param i64) (result i64)
    local.get 0
    f64.reinterpret_i64
    i64.reinterpret_f64))
