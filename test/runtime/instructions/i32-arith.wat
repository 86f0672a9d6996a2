;; Execution results of i32 arithmetic on the reference interpreter (Wasm 1.0
;; semantics): wrap-around on overflow, truncating signed division, remainder sign follows the
;; dividend, traps integer-divide-by-zero and integer-overflow (MIN / -1; rem_s gives 0 there).
;; Also i32.const (the "consts" export).
;; RUN: mswasm run --invoke=consts %s | FileCheck %s --match-full-lines --check-prefix=CONSTS_1
;; CONSTS_1: i32 0
;; CONSTS_1-NEXT: i32 -1
;; CONSTS_1-NEXT: i32 -2147483648
;; CONSTS_1-NEXT: i32 2147483647
;; CONSTS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 1 2 | FileCheck %s --match-full-lines --check-prefix=ADD_1
;; ADD_1: i32 3
;; ADD_1-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- 2147483647 1 | FileCheck %s --match-full-lines --check-prefix=ADD_2
;; ADD_2: i32 -2147483648
;; ADD_2-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -2147483648 -1 | FileCheck %s --match-full-lines --check-prefix=ADD_3
;; ADD_3: i32 2147483647
;; ADD_3-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=ADD_4
;; ADD_4: i32 -2
;; ADD_4-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -1 1 | FileCheck %s --match-full-lines --check-prefix=ADD_5
;; ADD_5: i32 0
;; ADD_5-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -2147483648 -2147483648 | FileCheck %s --match-full-lines --check-prefix=ADD_6
;; ADD_6: i32 0
;; ADD_6-NOT: {{.}}
;; RUN: mswasm run --invoke=add %s -- -5 3 | FileCheck %s --match-full-lines --check-prefix=ADD_7
;; ADD_7: i32 -2
;; ADD_7-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 3 5 | FileCheck %s --match-full-lines --check-prefix=SUB_1
;; SUB_1: i32 -2
;; SUB_1-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -2147483648 1 | FileCheck %s --match-full-lines --check-prefix=SUB_2
;; SUB_2: i32 2147483647
;; SUB_2-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 2147483647 -1 | FileCheck %s --match-full-lines --check-prefix=SUB_3
;; SUB_3: i32 -2147483648
;; SUB_3-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 0 -2147483648 | FileCheck %s --match-full-lines --check-prefix=SUB_4
;; SUB_4: i32 -2147483648
;; SUB_4-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- 0 1 | FileCheck %s --match-full-lines --check-prefix=SUB_5
;; SUB_5: i32 -1
;; SUB_5-NOT: {{.}}
;; RUN: mswasm run --invoke=sub %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=SUB_6
;; SUB_6: i32 0
;; SUB_6-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 6 7 | FileCheck %s --match-full-lines --check-prefix=MUL_1
;; MUL_1: i32 42
;; MUL_1-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -6 7 | FileCheck %s --match-full-lines --check-prefix=MUL_2
;; MUL_2: i32 -42
;; MUL_2-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 2147483647 2 | FileCheck %s --match-full-lines --check-prefix=MUL_3
;; MUL_3: i32 -2
;; MUL_3-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -2147483648 -1 | FileCheck %s --match-full-lines --check-prefix=MUL_4
;; MUL_4: i32 -2147483648
;; MUL_4-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 65537 65537 | FileCheck %s --match-full-lines --check-prefix=MUL_5
;; MUL_5: i32 131073
;; MUL_5-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- -1 -1 | FileCheck %s --match-full-lines --check-prefix=MUL_6
;; MUL_6: i32 1
;; MUL_6-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 65536 65536 | FileCheck %s --match-full-lines --check-prefix=MUL_7
;; MUL_7: i32 0
;; MUL_7-NOT: {{.}}
;; RUN: mswasm run --invoke=mul %s -- 305419896 -1698898191 | FileCheck %s --match-full-lines --check-prefix=MUL_8
;; MUL_8: i32 912357112
;; MUL_8-NOT: {{.}}
;; RUN: mswasm run --invoke=div_s %s -- 7 2 | FileCheck %s --match-full-lines --check-prefix=DIV_S_1
;; DIV_S_1: i32 3
;; DIV_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=div_s %s -- -7 2 | FileCheck %s --match-full-lines --check-prefix=DIV_S_2
;; DIV_S_2: i32 -3
;; DIV_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=div_s %s -- 7 -2 | FileCheck %s --match-full-lines --check-prefix=DIV_S_3
;; DIV_S_3: i32 -3
;; DIV_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=div_s %s -- -7 -2 | FileCheck %s --match-full-lines --check-prefix=DIV_S_4
;; DIV_S_4: i32 3
;; DIV_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=div_s %s -- -2147483648 2 | FileCheck %s --match-full-lines --check-prefix=DIV_S_5
;; DIV_S_5: i32 -1073741824
;; DIV_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=div_s %s -- -2147483648 1 | FileCheck %s --match-full-lines --check-prefix=DIV_S_6
;; DIV_S_6: i32 -2147483648
;; DIV_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=div_s %s -- 2147483647 -1 | FileCheck %s --match-full-lines --check-prefix=DIV_S_7
;; DIV_S_7: i32 -2147483647
;; DIV_S_7-NOT: {{.}}
;; RUN: not mswasm run --invoke=div_s %s -- 1 0 2>&1 | FileCheck %s --check-prefix=DIV_S_8
;; DIV_S_8: ERROR: integer-divide-by-zero
;; RUN: not mswasm run --invoke=div_s %s -- 0 0 2>&1 | FileCheck %s --check-prefix=DIV_S_9
;; DIV_S_9: ERROR: integer-divide-by-zero
;; RUN: not mswasm run --invoke=div_s %s -- -2147483648 -1 2>&1 | FileCheck %s --check-prefix=DIV_S_10
;; DIV_S_10: ERROR: integer-overflow
;; RUN: mswasm run --invoke=div_u %s -- 7 2 | FileCheck %s --match-full-lines --check-prefix=DIV_U_1
;; DIV_U_1: i32 3
;; DIV_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=div_u %s -- -1 2 | FileCheck %s --match-full-lines --check-prefix=DIV_U_2
;; DIV_U_2: i32 2147483647
;; DIV_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=div_u %s -- -2147483648 2 | FileCheck %s --match-full-lines --check-prefix=DIV_U_3
;; DIV_U_3: i32 1073741824
;; DIV_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=div_u %s -- -7 -1 | FileCheck %s --match-full-lines --check-prefix=DIV_U_4
;; DIV_U_4: i32 0
;; DIV_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=div_u %s -- 5 7 | FileCheck %s --match-full-lines --check-prefix=DIV_U_5
;; DIV_U_5: i32 0
;; DIV_U_5-NOT: {{.}}
;; RUN: not mswasm run --invoke=div_u %s -- 1 0 2>&1 | FileCheck %s --check-prefix=DIV_U_6
;; DIV_U_6: ERROR: integer-divide-by-zero
;; RUN: mswasm run --invoke=div_u %s -- -2147483648 -1 | FileCheck %s --match-full-lines --check-prefix=DIV_U_7
;; DIV_U_7: i32 0
;; DIV_U_7-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_s %s -- 7 2 | FileCheck %s --match-full-lines --check-prefix=REM_S_1
;; REM_S_1: i32 1
;; REM_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_s %s -- -7 2 | FileCheck %s --match-full-lines --check-prefix=REM_S_2
;; REM_S_2: i32 -1
;; REM_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_s %s -- 7 -2 | FileCheck %s --match-full-lines --check-prefix=REM_S_3
;; REM_S_3: i32 1
;; REM_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_s %s -- -7 -2 | FileCheck %s --match-full-lines --check-prefix=REM_S_4
;; REM_S_4: i32 -1
;; REM_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_s %s -- -2147483648 -1 | FileCheck %s --match-full-lines --check-prefix=REM_S_5
;; REM_S_5: i32 0
;; REM_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_s %s -- -2147483648 3 | FileCheck %s --match-full-lines --check-prefix=REM_S_6
;; REM_S_6: i32 -2
;; REM_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_s %s -- 2147483647 -2147483648 | FileCheck %s --match-full-lines --check-prefix=REM_S_7
;; REM_S_7: i32 2147483647
;; REM_S_7-NOT: {{.}}
;; RUN: not mswasm run --invoke=rem_s %s -- 1 0 2>&1 | FileCheck %s --check-prefix=REM_S_8
;; REM_S_8: ERROR: integer-divide-by-zero
;; RUN: not mswasm run --invoke=rem_s %s -- -1 0 2>&1 | FileCheck %s --check-prefix=REM_S_9
;; REM_S_9: ERROR: integer-divide-by-zero
;; RUN: mswasm run --invoke=rem_u %s -- 7 2 | FileCheck %s --match-full-lines --check-prefix=REM_U_1
;; REM_U_1: i32 1
;; REM_U_1-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_u %s -- -7 2 | FileCheck %s --match-full-lines --check-prefix=REM_U_2
;; REM_U_2: i32 1
;; REM_U_2-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_u %s -- -1 10 | FileCheck %s --match-full-lines --check-prefix=REM_U_3
;; REM_U_3: i32 5
;; REM_U_3-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_u %s -- -2147483648 -1 | FileCheck %s --match-full-lines --check-prefix=REM_U_4
;; REM_U_4: i32 -2147483648
;; REM_U_4-NOT: {{.}}
;; RUN: mswasm run --invoke=rem_u %s -- 5 7 | FileCheck %s --match-full-lines --check-prefix=REM_U_5
;; REM_U_5: i32 5
;; REM_U_5-NOT: {{.}}
;; RUN: not mswasm run --invoke=rem_u %s -- 1 0 2>&1 | FileCheck %s --check-prefix=REM_U_6
;; REM_U_6: ERROR: integer-divide-by-zero
(module
  (func (export "consts") (result i32 i32 i32 i32)
    i32.const 0
    i32.const -1
    i32.const -2147483648
    i32.const 0x7fffffff)
  (func (export "add") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.add)
  (func (export "sub") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.sub)
  (func (export "mul") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.mul)
  (func (export "div_s") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.div_s)
  (func (export "div_u") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.div_u)
  (func (export "rem_s") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.rem_s)
  (func (export "rem_u") (param i32 i32) (result i32)
    local.get 0
    local.get 1
    i32.rem_u))
