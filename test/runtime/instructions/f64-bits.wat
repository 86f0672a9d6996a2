;; Execution results of f64 abs, neg and copysign: bit operations on the sign bit only;
;; NaN payloads and signs are kept exactly (no canonicalisation, spec "NaN determinism").
;; RUN: mswasm run --invoke=abs %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=ABS_1
;; ABS_1: f64 1.5 (0x3ff8000000000000)
;; ABS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=abs %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=ABS_2
;; ABS_2: f64 1.5 (0x3ff8000000000000)
;; ABS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=abs %s -- -0 | FileCheck %s --match-full-lines --check-prefix=ABS_3
;; ABS_3: f64 0 (0x0000000000000000)
;; ABS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=abs %s -- -inf | FileCheck %s --match-full-lines --check-prefix=ABS_4
;; ABS_4: f64 inf (0x7ff0000000000000)
;; ABS_4-NOT: {{.}}
;; RUN: mswasm run --invoke=abs_bits %s -- 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=ABS_BITS_1
;; ABS_BITS_1: f64 nan (0x7ff8000000001234)
;; ABS_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=abs_bits %s -- 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=ABS_BITS_2
;; ABS_BITS_2: f64 nan (0x7ff0000000000001)
;; ABS_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=abs_bits %s -- 0xfff0000000000001 | FileCheck %s --match-full-lines --check-prefix=ABS_BITS_3
;; ABS_BITS_3: f64 nan (0x7ff0000000000001)
;; ABS_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=NEG_1
;; NEG_1: f64 1.5 (0x3ff8000000000000)
;; NEG_1-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=NEG_2
;; NEG_2: f64 -1.5 (0xbff8000000000000)
;; NEG_2-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- 0 | FileCheck %s --match-full-lines --check-prefix=NEG_3
;; NEG_3: f64 -0 (0x8000000000000000)
;; NEG_3-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- -0 | FileCheck %s --match-full-lines --check-prefix=NEG_4
;; NEG_4: f64 0 (0x0000000000000000)
;; NEG_4-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- inf | FileCheck %s --match-full-lines --check-prefix=NEG_5
;; NEG_5: f64 -inf (0xfff0000000000000)
;; NEG_5-NOT: {{.}}
;; RUN: mswasm run --invoke=neg_bits %s -- 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=NEG_BITS_1
;; NEG_BITS_1: f64 nan (0x7ff8000000001234)
;; NEG_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=neg_bits %s -- 0x7ff0000000000001 | FileCheck %s --match-full-lines --check-prefix=NEG_BITS_2
;; NEG_BITS_2: f64 -nan (0xfff0000000000001)
;; NEG_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=neg_bits %s -- 0x7ff8000000000000 | FileCheck %s --match-full-lines --check-prefix=NEG_BITS_3
;; NEG_BITS_3: f64 -nan (0xfff8000000000000)
;; NEG_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- 1.5 -2 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_1
;; COPYSIGN_1: f64 -1.5 (0xbff8000000000000)
;; COPYSIGN_1-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- -1.5 2 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_2
;; COPYSIGN_2: f64 1.5 (0x3ff8000000000000)
;; COPYSIGN_2-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_3
;; COPYSIGN_3: f64 -0 (0x8000000000000000)
;; COPYSIGN_3-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- -inf 0 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_4
;; COPYSIGN_4: f64 inf (0x7ff0000000000000)
;; COPYSIGN_4-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- 2 nan | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_5
;; COPYSIGN_5: f64 2 (0x4000000000000000)
;; COPYSIGN_5-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign_bits %s -- 0xfff8000000001234 0x3ff0000000000000 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_BITS_1
;; COPYSIGN_BITS_1: f64 nan (0x7ff8000000001234)
;; COPYSIGN_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign_bits %s -- 0x7ff0000000000001 0x8000000000000000 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_BITS_2
;; COPYSIGN_BITS_2: f64 -nan (0xfff0000000000001)
;; COPYSIGN_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign_bits %s -- 0x3ff0000000000000 0xfff8000000001234 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_BITS_3
;; COPYSIGN_BITS_3: f64 -1 (0xbff0000000000000)
;; COPYSIGN_BITS_3-NOT: {{.}}
(module
  (func (export "abs") (param f64) (result f64)
    local.get 0
    f64.abs)
  (func (export "abs_bits") (param i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    f64.abs)
  (func (export "neg") (param f64) (result f64)
    local.get 0
    f64.neg)
  (func (export "neg_bits") (param i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    f64.neg)
  (func (export "copysign") (param f64 f64) (result f64)
    local.get 0
    local.get 1
    f64.copysign)
  (func (export "copysign_bits") (param i64 i64) (result f64)
    local.get 0
    f64.reinterpret_i64
    local.get 1
    f64.reinterpret_i64
    f64.copysign))
