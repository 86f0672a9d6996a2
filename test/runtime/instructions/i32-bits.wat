;; Execution results of i32 bitwise operators: and/or/xor, shifts and rotates (the count is
;; taken modulo 32, so counts >= 32 and negative counts wrap), shr_s replicates the sign bit, clz/ctz
;; of 0 give 32, popcnt.
;; RUN: mswasm run --invoke=and %s -- -16711936 267390960 | FileCheck %s --match-full-lines --check-prefix=AND_1
;; AND_1: i32 251662080
;; AND_1-NOT: {{.}}
;; RUN: mswasm run --invoke=and %s -- -1 -2147483648 | FileCheck %s --match-full-lines --check-prefix=AND_2
;; AND_2: i32 -2147483648
;; AND_2-NOT: {{.}}
;; RUN: mswasm run --invoke=and %s -- 0 -1 | FileCheck %s --match-full-lines --check-prefix=AND_3
;; AND_3: i32 0
;; AND_3-NOT: {{.}}
;; RUN: mswasm run --invoke=or %s -- -16711936 267390960 | FileCheck %s --match-full-lines --check-prefix=OR_1
;; OR_1: i32 -983056
;; OR_1-NOT: {{.}}
;; RUN: mswasm run --invoke=or %s -- 0 0 | FileCheck %s --match-full-lines --check-prefix=OR_2
;; OR_2: i32 0
;; OR_2-NOT: {{.}}
;; RUN: mswasm run --invoke=or %s -- -2147483648 1 | FileCheck %s --match-full-lines --check-prefix=OR_3
;; OR_3: i32 -2147483647
;; OR_3-NOT: {{.}}
;; RUN: mswasm run --invoke=xor %s -- -16711936 267390960 | FileCheck %s --match-full-lines --check-prefix=XOR_1
;; XOR_1: i32 -252645136
;; XOR_1-NOT: {{.}}
;; RUN: mswasm run --invoke=xor %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=XOR_2
;; XOR_2: i32 0
;; XOR_2-NOT: {{.}}
;; RUN: mswasm run --invoke=xor %s -- -1 21845 | FileCheck %s --match-full-lines --check-prefix=XOR_3
;; XOR_3: i32 -21846
;; XOR_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 3 | FileCheck %s --match-full-lines --check-prefix=SHL_1
;; SHL_1: i32 8
;; SHL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 31 | FileCheck %s --match-full-lines --check-prefix=SHL_2
;; SHL_2: i32 -2147483648
;; SHL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 32 | FileCheck %s --match-full-lines --check-prefix=SHL_3
;; SHL_3: i32 1
;; SHL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 1 33 | FileCheck %s --match-full-lines --check-prefix=SHL_4
;; SHL_4: i32 2
;; SHL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 3 -1 | FileCheck %s --match-full-lines --check-prefix=SHL_5
;; SHL_5: i32 -2147483648
;; SHL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- -1 4 | FileCheck %s --match-full-lines --check-prefix=SHL_6
;; SHL_6: i32 -16
;; SHL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=shl %s -- 305419896 68 | FileCheck %s --match-full-lines --check-prefix=SHL_7
;; SHL_7: i32 591751040
;; SHL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_S_1
;; SHR_S_1: i32 -4
;; SHR_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- 16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_S_2
;; SHR_S_2: i32 4
;; SHR_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -2147483648 31 | FileCheck %s --match-full-lines --check-prefix=SHR_S_3
;; SHR_S_3: i32 -1
;; SHR_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -2147483648 32 | FileCheck %s --match-full-lines --check-prefix=SHR_S_4
;; SHR_S_4: i32 -2147483648
;; SHR_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -2147483648 33 | FileCheck %s --match-full-lines --check-prefix=SHR_S_5
;; SHR_S_5: i32 -1073741824
;; SHR_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- 2147483647 30 | FileCheck %s --match-full-lines --check-prefix=SHR_S_6
;; SHR_S_6: i32 1
;; SHR_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- -1 100 | FileCheck %s --match-full-lines --check-prefix=SHR_S_7
;; SHR_S_7: i32 -1
;; SHR_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_s %s -- 64 -1 | FileCheck %s --match-full-lines --check-prefix=SHR_S_8
;; SHR_S_8: i32 0
;; SHR_S_8-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_U_1
;; SHR_U_1: i32 1073741820
;; SHR_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- 16 2 | FileCheck %s --match-full-lines --check-prefix=SHR_U_2
;; SHR_U_2: i32 4
;; SHR_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -2147483648 31 | FileCheck %s --match-full-lines --check-prefix=SHR_U_3
;; SHR_U_3: i32 1
;; SHR_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -2147483648 32 | FileCheck %s --match-full-lines --check-prefix=SHR_U_4
;; SHR_U_4: i32 -2147483648
;; SHR_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -2147483648 33 | FileCheck %s --match-full-lines --check-prefix=SHR_U_5
;; SHR_U_5: i32 1073741824
;; SHR_U_5-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=SHR_U_6
;; SHR_U_6: i32 1
;; SHR_U_6-NOT: {{.}}
;; RUN: mswasm run --invoke=shr_u %s -- -1 100 | FileCheck %s --match-full-lines --check-prefix=SHR_U_7
;; SHR_U_7: i32 268435455
;; SHR_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=ROTL_1
;; ROTL_1: i32 2
;; ROTL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- -2147483648 1 | FileCheck %s --match-full-lines --check-prefix=ROTL_2
;; ROTL_2: i32 1
;; ROTL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 305419896 8 | FileCheck %s --match-full-lines --check-prefix=ROTL_3
;; ROTL_3: i32 878082066
;; ROTL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- 305419896 40 | FileCheck %s --match-full-lines --check-prefix=ROTL_4
;; ROTL_4: i32 878082066
;; ROTL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- -2 -1 | FileCheck %s --match-full-lines --check-prefix=ROTL_5
;; ROTL_5: i32 2147483647
;; ROTL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- -2147483647 0 | FileCheck %s --match-full-lines --check-prefix=ROTL_6
;; ROTL_6: i32 -2147483647
;; ROTL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=rotl %s -- -1412623820 28 | FileCheck %s --match-full-lines --check-prefix=ROTL_7
;; ROTL_7: i32 1253888291
;; ROTL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 1 1 | FileCheck %s --match-full-lines --check-prefix=ROTR_1
;; ROTR_1: i32 -2147483648
;; ROTR_1-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- -2147483648 1 | FileCheck %s --match-full-lines --check-prefix=ROTR_2
;; ROTR_2: i32 1073741824
;; ROTR_2-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 305419896 8 | FileCheck %s --match-full-lines --check-prefix=ROTR_3
;; ROTR_3: i32 2014458966
;; ROTR_3-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- 305419896 40 | FileCheck %s --match-full-lines --check-prefix=ROTR_4
;; ROTR_4: i32 2014458966
;; ROTR_4-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- -2 -1 | FileCheck %s --match-full-lines --check-prefix=ROTR_5
;; ROTR_5: i32 -3
;; ROTR_5-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- -2147483647 0 | FileCheck %s --match-full-lines --check-prefix=ROTR_6
;; ROTR_6: i32 -2147483647
;; ROTR_6-NOT: {{.}}
;; RUN: mswasm run --invoke=rotr %s -- -1412623820 28 | FileCheck %s --match-full-lines --check-prefix=ROTR_7
;; ROTR_7: i32 -1127144630
;; ROTR_7-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 0 | FileCheck %s --match-full-lines --check-prefix=CLZ_1
;; CLZ_1: i32 32
;; CLZ_1-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 1 | FileCheck %s --match-full-lines --check-prefix=CLZ_2
;; CLZ_2: i32 31
;; CLZ_2-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- -1 | FileCheck %s --match-full-lines --check-prefix=CLZ_3
;; CLZ_3: i32 0
;; CLZ_3-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=CLZ_4
;; CLZ_4: i32 0
;; CLZ_4-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 65536 | FileCheck %s --match-full-lines --check-prefix=CLZ_5
;; CLZ_5: i32 15
;; CLZ_5-NOT: {{.}}
;; RUN: mswasm run --invoke=clz %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=CLZ_6
;; CLZ_6: i32 1
;; CLZ_6-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 0 | FileCheck %s --match-full-lines --check-prefix=CTZ_1
;; CTZ_1: i32 32
;; CTZ_1-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 1 | FileCheck %s --match-full-lines --check-prefix=CTZ_2
;; CTZ_2: i32 0
;; CTZ_2-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- -1 | FileCheck %s --match-full-lines --check-prefix=CTZ_3
;; CTZ_3: i32 0
;; CTZ_3-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=CTZ_4
;; CTZ_4: i32 31
;; CTZ_4-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 65536 | FileCheck %s --match-full-lines --check-prefix=CTZ_5
;; CTZ_5: i32 16
;; CTZ_5-NOT: {{.}}
;; RUN: mswasm run --invoke=ctz %s -- 3072 | FileCheck %s --match-full-lines --check-prefix=CTZ_6
;; CTZ_6: i32 10
;; CTZ_6-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 0 | FileCheck %s --match-full-lines --check-prefix=POPCNT_1
;; POPCNT_1: i32 0
;; POPCNT_1-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 1 | FileCheck %s --match-full-lines --check-prefix=POPCNT_2
;; POPCNT_2: i32 1
;; POPCNT_2-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- -1 | FileCheck %s --match-full-lines --check-prefix=POPCNT_3
;; POPCNT_3: i32 32
;; POPCNT_3-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- -2147483648 | FileCheck %s --match-full-lines --check-prefix=POPCNT_4
;; POPCNT_4: i32 1
;; POPCNT_4-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 1431655765 | FileCheck %s --match-full-lines --check-prefix=POPCNT_5
;; POPCNT_5: i32 16
;; POPCNT_5-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 252645135 | FileCheck %s --match-full-lines --check-prefix=POPCNT_6
;; POPCNT_6: i32 16
;; POPCNT_6-NOT: {{.}}
;; RUN: mswasm run --invoke=popcnt %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=POPCNT_7
;; POPCNT_7: i32 31
;; POPCNT_7-NOT: {{.}}
(module
  (func (export "and") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.and)
  (func (export "or") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.or)
  (func (export "xor") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.xor)
  (func (export "shl") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.shl)
  (func (export "shr_s") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.shr_s)
  (func (export "shr_u") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.shr_u)
  (func (export "rotl") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.rotl)
  (func (export "rotr") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.rotr)
  (func (export "clz") (param i32) (result i32)
    local.get 0
    i32.clz)
  (func (export "ctz") (param i32) (result i32)
    local.get 0
    i32.ctz)
  (func (export "popcnt") (param i32) (result i32)
    local.get 0
    i32.popcnt))
