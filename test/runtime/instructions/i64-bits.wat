;; Execution results of i64 bitwise operators: and/or/xor, shifts and rotates (the count is
;; taken modulo 64, so counts >= 64 and negative counts wrap), shr_s replicates the sign bit, clz/ctz
;; of 0 give 64, popcnt.
;; RUN: mswasm run --invoke=and %s -- 4278255360 267390960 | FileCheck %s --match-full-lines --check-prefix=AND_1
;; AND_1: i64 251662080
;; AND_1-NOT: {{.}}
;; RUN: mswasm run --invoke=and %s -- -1 -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=AND_2
;; AND_2: i64 -9223372036854775808
;; AND_2-NOT: {{.}}
;; RUN: mswasm run --invoke=and %s -- 0 -1 | FileCheck %s --match-full-lines --check-prefix=AND_3
;; AND_3: i64 0
;; AND_3-NOT: {{.}}
;; RUN: mswasm run --invoke=or %s -- 4278255360 267390960 | FileCheck %s --match-full-lines --check-prefix=OR_1
;; OR_1: i64 4293984240
;; OR_1-NOT: {{.}}
;; RUN: mswasm run --invoke=or %s -- 0 0 | FileCheck %s --match-full-lines --check-prefix=OR_2
;; OR_2: i64 0
;; OR_2-NOT: {{.}}
;; RUN: mswasm run --invoke=or %s -- -9223372036854775808 1 | FileCheck %s --match-full-lines --check-prefix=OR_3
;; OR_3: i64 -9223372036854775807
;; OR_3-NOT: {{.}}
;; RUN: mswasm run --invoke=xor %s -- 4278255360 267390960 | FileCheck %s --match-full-lines --check-prefix=XOR_1
;; XOR_1: i64 4042322160
;; XOR_1-NOT: {{.}}
;; RUN: mswasm run --invoke=xor %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=XOR_2
;; XOR_2: i64 0
;; XOR_2-NOT: {{.}}
;; RUN: mswasm run --invoke=xor %s -- -1 21845 | FileCheck %s --match-full-lines --check-prefix=XOR_3
;; XOR_3: i64 -21846
;; XOR_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 3 | FileCheck %s --match-full-lines --check-prefix=SHL_1
;; SHL_1: i64 8
;; SHL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 63 | FileCheck %s --match-full-lines --check-prefix=SHL_2
;; SHL_2: i64 -9223372036854775808
;; SHL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 64 | FileCheck %s --match-full-lines --check-prefix=SHL_3
;; SHL_3: i64 1
;; SHL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 65 | FileCheck %s --match-full-lines --check-prefix=SHL_4
;; SHL_4: i64 2
;; SHL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 3 -1 | FileCheck %s --match-full-lines --check-prefix=SHL_5
;; SHL_5: i64 -9223372036854775808
;; SHL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- -1 4 | FileCheck %s --match-full-lines --check-prefix=SHL_6
;; SHL_6: i64 -16
;; SHL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 305419896 132 | FileCheck %s --match-full-lines --check-prefix=SHL_7
;; SHL_7: i64 4886718336
;; SHL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_S_1
;; SHR_S_1: i64 -4
;; SHR_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- 16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_S_2
;; SHR_S_2: i64 4
;; SHR_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -9223372036854775808 63 | FileCheck %s --match-full-lines --check-prefix=SHR_S_3
;; SHR_S_3: i64 -1
;; SHR_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -9223372036854775808 64 | FileCheck %s --match-full-lines --check-prefix=SHR_S_4
;; SHR_S_4: i64 -9223372036854775808
;; SHR_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -9223372036854775808 65 | FileCheck %s --match-full-lines --check-prefix=SHR_S_5
;; SHR_S_5: i64 -4611686018427387904
;; SHR_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- 9223372036854775807 62 | FileCheck %s --match-full-lines --check-prefix=SHR_S_6
;; SHR_S_6: i64 1
;; SHR_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -1 100 | FileCheck %s --match-full-lines --check-prefix=SHR_S_7
;; SHR_S_7: i64 -1
;; SHR_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- 64 -1 | FileCheck %s --match-full-lines --check-prefix=SHR_S_8
;; SHR_S_8: i64 0
;; SHR_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_U_1
;; SHR_U_1: i64 4611686018427387900
;; SHR_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- 16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_U_2
;; SHR_U_2: i64 4
;; SHR_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -9223372036854775808 63 | FileCheck %s --match-full-lines --check-prefix=SHR_U_3
;; SHR_U_3: i64 1
;; SHR_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -9223372036854775808 64 | FileCheck %s --match-full-lines --check-prefix=SHR_U_4
;; SHR_U_4: i64 -9223372036854775808
;; SHR_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -9223372036854775808 65 | FileCheck %s --match-full-lines --check-prefix=SHR_U_5
;; SHR_U_5: i64 4611686018427387904
;; SHR_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=SHR_U_6
;; SHR_U_6: i64 1
;; SHR_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -1 100 | FileCheck %s --match-full-lines --check-prefix=SHR_U_7
;; SHR_U_7: i64 268435455
;; SHR_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=ROTL_1
;; ROTL_1: i64 2
;; ROTL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- -9223372036854775808 1 | FileCheck %s --match-full-lines --check-prefix=ROTL_2
;; ROTL_2: i64 1
;; ROTL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 305419896 8 | FileCheck %s --match-full-lines --check-prefix=ROTL_3
;; ROTL_3: i64 78187493376
;; ROTL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 305419896 72 | FileCheck %s --match-full-lines --check-prefix=ROTL_4
;; ROTL_4: i64 78187493376
;; ROTL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- -2 -1 | FileCheck %s --match-full-lines --check-prefix=ROTL_5
;; ROTL_5: i64 9223372036854775807
;; ROTL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 2147483649 0 | FileCheck %s --match-full-lines --check-prefix=ROTL_6
;; ROTL_6: i64 2147483649
;; ROTL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 2882343476 60 | FileCheck %s --match-full-lines --check-prefix=ROTL_7
;; ROTL_7: i64 4611686018607534371
;; ROTL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=ROTR_1
;; ROTR_1: i64 -9223372036854775808
;; ROTR_1-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- -9223372036854775808 1 | FileCheck %s --match-full-lines --check-prefix=ROTR_2
;; ROTR_2: i64 4611686018427387904
;; ROTR_2-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 305419896 8 | FileCheck %s --match-full-lines --check-prefix=ROTR_3
;; ROTR_3: i64 8646911284552545366
;; ROTR_3-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 305419896 72 | FileCheck %s --match-full-lines --check-prefix=ROTR_4
;; ROTR_4: i64 8646911284552545366
;; ROTR_4-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- -2 -1 | FileCheck %s --match-full-lines --check-prefix=ROTR_5
;; ROTR_5: i64 -3
;; ROTR_5-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 2147483649 0 | FileCheck %s --match-full-lines --check-prefix=ROTR_6
;; ROTR_6: i64 2147483649
;; ROTR_6-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 2882343476 60 | FileCheck %s --match-full-lines --check-prefix=ROTR_7
;; ROTR_7: i64 46117495616
;; ROTR_7-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 0 | FileCheck %s --match-full-lines --check-prefix=CLZ_1
;; CLZ_1: i64 64
;; CLZ_1-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 1 | FileCheck %s --match-full-lines --check-prefix=CLZ_2
;; CLZ_2: i64 63
;; CLZ_2-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- -1 | FileCheck %s --match-full-lines --check-prefix=CLZ_3
;; CLZ_3: i64 0
;; CLZ_3-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=CLZ_4
;; CLZ_4: i64 0
;; CLZ_4-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 65536 | FileCheck %s --match-full-lines --check-prefix=CLZ_5
;; CLZ_5: i64 47
;; CLZ_5-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=CLZ_6
;; CLZ_6: i64 1
;; CLZ_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 0 | FileCheck %s --match-full-lines --check-prefix=CTZ_1
;; CTZ_1: i64 64
;; CTZ_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 1 | FileCheck %s --match-full-lines --check-prefix=CTZ_2
;; CTZ_2: i64 0
;; CTZ_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- -1 | FileCheck %s --match-full-lines --check-prefix=CTZ_3
;; CTZ_3: i64 0
;; CTZ_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=CTZ_4
;; CTZ_4: i64 63
;; CTZ_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 65536 | FileCheck %s --match-full-lines --check-prefix=CTZ_5
;; CTZ_5: i64 16
;; CTZ_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 3072 | FileCheck %s --match-full-lines --check-prefix=CTZ_6
;; CTZ_6: i64 10
;; CTZ_6-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 0 | FileCheck %s --match-full-lines --check-prefix=POPCNT_1
;; POPCNT_1: i64 0
;; POPCNT_1-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 1 | FileCheck %s --match-full-lines --check-prefix=POPCNT_2
;; POPCNT_2: i64 1
;; POPCNT_2-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- -1 | FileCheck %s --match-full-lines --check-prefix=POPCNT_3
;; POPCNT_3: i64 64
;; POPCNT_3-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- -9223372036854775808 | FileCheck %s --match-full-lines --check-prefix=POPCNT_4
;; POPCNT_4: i64 1
;; POPCNT_4-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 1431655765 | FileCheck %s --match-full-lines --check-prefix=POPCNT_5
;; POPCNT_5: i64 16
;; POPCNT_5-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 1085102592571150095 | FileCheck %s --match-full-lines --check-prefix=POPCNT_6
;; POPCNT_6: i64 32
;; POPCNT_6-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 9223372036854775807 | FileCheck %s --match-full-lines --check-prefix=POPCNT_7
;; POPCNT_7: i64 63
;; POPCNT_7-NOT: {{.}}
(module
  (func (export "and") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.and)
  (func (export "or") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.or)
  (func (export "xor") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.xor)
  (func (export "shl") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.shl)
  (func (export "shr_s") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.shr_s)
  (func (export "shr_u") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.shr_u)
  (func (export "rotl") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.rotl)
  (func (export "rotr") (param i64 i64) (result i64)
    local.get 0
    local.get 1
    i64.rotr)
  (func (export "clz") (param i64) (result i64)
    local.get 0
    i64.clz)
  (func (export "ctz") (param i64) (result i64)
    local.get 0
    i64.ctz)
  (func (export "popcnt") (param i64) (result i64)
    local.get 0
    i64.popcnt))
