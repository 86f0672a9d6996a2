;; Execution results of the sign-extension operators: only the low 8/16/32 bits are read, and
;; their top bit is replicated upward (upper input bits are ignored).
;; RUN: mswasm run --invoke=i32.extend8_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND8_S_1
;; I32_EXTEND8_S_1: i32 0
;; I32_EXTEND8_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend8_s %s -- 127 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND8_S_2
;; I32_EXTEND8_S_2: i32 127
;; I32_EXTEND8_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend8_s %s -- 128 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND8_S_3
;; I32_EXTEND8_S_3: i32 -128
;; I32_EXTEND8_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend8_s %s -- 255 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND8_S_4
;; I32_EXTEND8_S_4: i32 -1
;; I32_EXTEND8_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend8_s %s -- 305419904 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND8_S_5
;; I32_EXTEND8_S_5: i32 -128
;; I32_EXTEND8_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend8_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND8_S_6
;; I32_EXTEND8_S_6: i32 -1
;; I32_EXTEND8_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend8_s %s -- 256 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND8_S_7
;; I32_EXTEND8_S_7: i32 0
;; I32_EXTEND8_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend16_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND16_S_1
;; I32_EXTEND16_S_1: i32 0
;; I32_EXTEND16_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend16_s %s -- 32767 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND16_S_2
;; I32_EXTEND16_S_2: i32 32767
;; I32_EXTEND16_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend16_s %s -- 32768 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND16_S_3
;; I32_EXTEND16_S_3: i32 -32768
;; I32_EXTEND16_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend16_s %s -- 65535 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND16_S_4
;; I32_EXTEND16_S_4: i32 -1
;; I32_EXTEND16_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend16_s %s -- 2125299713 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND16_S_5
;; I32_EXTEND16_S_5: i32 -32767
;; I32_EXTEND16_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend16_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND16_S_6
;; I32_EXTEND16_S_6: i32 -1
;; I32_EXTEND16_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i32.extend16_s %s -- 65536 | FileCheck %s --match-full-lines --check-prefix=I32_EXTEND16_S_7
;; I32_EXTEND16_S_7: i32 0
;; I32_EXTEND16_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend8_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND8_S_1
;; I64_EXTEND8_S_1: i64 0
;; I64_EXTEND8_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend8_s %s -- 127 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND8_S_2
;; I64_EXTEND8_S_2: i64 127
;; I64_EXTEND8_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend8_s %s -- 128 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND8_S_3
;; I64_EXTEND8_S_3: i64 -128
;; I64_EXTEND8_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend8_s %s -- 255 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND8_S_4
;; I64_EXTEND8_S_4: i64 -1
;; I64_EXTEND8_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend8_s %s -- 305419904 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND8_S_5
;; I64_EXTEND8_S_5: i64 -128
;; I64_EXTEND8_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend8_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND8_S_6
;; I64_EXTEND8_S_6: i64 -1
;; I64_EXTEND8_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend8_s %s -- 256 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND8_S_7
;; I64_EXTEND8_S_7: i64 0
;; I64_EXTEND8_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend16_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND16_S_1
;; I64_EXTEND16_S_1: i64 0
;; I64_EXTEND16_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend16_s %s -- 32767 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND16_S_2
;; I64_EXTEND16_S_2: i64 32767
;; I64_EXTEND16_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend16_s %s -- 32768 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND16_S_3
;; I64_EXTEND16_S_3: i64 -32768
;; I64_EXTEND16_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend16_s %s -- 65535 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND16_S_4
;; I64_EXTEND16_S_4: i64 -1
;; I64_EXTEND16_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend16_s %s -- 2125299713 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND16_S_5
;; I64_EXTEND16_S_5: i64 -32767
;; I64_EXTEND16_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend16_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND16_S_6
;; I64_EXTEND16_S_6: i64 -1
;; I64_EXTEND16_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend16_s %s -- 65536 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND16_S_7
;; I64_EXTEND16_S_7: i64 0
;; I64_EXTEND16_S_7-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend32_s %s -- 0 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND32_S_1
;; I64_EXTEND32_S_1: i64 0
;; I64_EXTEND32_S_1-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend32_s %s -- 2147483647 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND32_S_2
;; I64_EXTEND32_S_2: i64 2147483647
;; I64_EXTEND32_S_2-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend32_s %s -- 2147483648 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND32_S_3
;; I64_EXTEND32_S_3: i64 -2147483648
;; I64_EXTEND32_S_3-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend32_s %s -- 4294967295 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND32_S_4
;; I64_EXTEND32_S_4: i64 -1
;; I64_EXTEND32_S_4-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend32_s %s -- 1311768467015204865 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND32_S_5
;; I64_EXTEND32_S_5: i64 -2147483647
;; I64_EXTEND32_S_5-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend32_s %s -- -1 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND32_S_6
;; I64_EXTEND32_S_6: i64 -1
;; I64_EXTEND32_S_6-NOT: {{.}}
;; RUN: mswasm run --invoke=i64.extend32_s %s -- 4294967296 | FileCheck %s --match-full-lines --check-prefix=I64_EXTEND32_S_7
;; I64_EXTEND32_S_7: i64 0
;; I64_EXTEND32_S_7-NOT: {{.}}
(module
  (func (export "i32.extend8_s") (param i32) (result i32)
    local.get 0
    i32.extend8_s)
  (func (export "i32.extend16_s") (param i32) (result i32)
    local.get 0
    i32.extend16_s)
  (func (export "i64.extend8_s") (param i64) (result i64)
    local.get 0
    i64.extend8_s)
  (func (export "i64.extend16_s") (param i64) (result i64)
    local.get 0
    i64.extend16_s)
  (func (export "i64.extend32_s") (param i64) (result i64)
    local.get 0
    i64.extend32_s))
