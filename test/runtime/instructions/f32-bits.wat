;; Execution results of f32 abs, neg and copysign: bit operations on the sign bit only;
;; NaN payloads and signs are kept exactly (no canonicalisation, spec "NaN determinism").
;; RUN: mswasm run --invoke=abs %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=ABS_1
;; ABS_1: f32 1.5 (0x3fc00000)
;; ABS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=abs %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=ABS_2
;; ABS_2: f32 1.5 (0x3fc00000)
;; ABS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=abs %s -- -0 | FileCheck %s --match-full-lines --check-prefix=ABS_3
;; ABS_3: f32 0 (0x00000000)
;; ABS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=abs %s -- -inf | FileCheck %s --match-full-lines --check-prefix=ABS_4
;; ABS_4: f32 inf (0x7f800000)
;; ABS_4-NOT: {{.}}
;; RUN: mswasm run --invoke=abs_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=ABS_BITS_1
;; ABS_BITS_1: f32 nan (0x7fc01234)
;; ABS_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=abs_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=ABS_BITS_2
;; ABS_BITS_2: f32 nan (0x7f800001)
;; ABS_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=abs_bits %s -- 0xff800001 | FileCheck %s --match-full-lines --check-prefix=ABS_BITS_3
;; ABS_BITS_3: f32 nan (0x7f800001)
;; ABS_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- -1.5 | FileCheck %s --match-full-lines --check-prefix=NEG_1
;; NEG_1: f32 1.5 (0x3fc00000)
;; NEG_1-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- 1.5 | FileCheck %s --match-full-lines --check-prefix=NEG_2
;; NEG_2: f32 -1.5 (0xbfc00000)
;; NEG_2-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- 0 | FileCheck %s --match-full-lines --check-prefix=NEG_3
;; NEG_3: f32 -0 (0x80000000)
;; NEG_3-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- -0 | FileCheck %s --match-full-lines --check-prefix=NEG_4
;; NEG_4: f32 0 (0x00000000)
;; NEG_4-NOT: {{.}}
;; RUN: mswasm run --invoke=neg %s -- inf | FileCheck %s --match-full-lines --check-prefix=NEG_5
;; NEG_5: f32 -inf (0xff800000)
;; NEG_5-NOT: {{.}}
;; RUN: mswasm run --invoke=neg_bits %s -- 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=NEG_BITS_1
;; NEG_BITS_1: f32 nan (0x7fc01234)
;; NEG_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=neg_bits %s -- 0x7f800001 | FileCheck %s --match-full-lines --check-prefix=NEG_BITS_2
;; NEG_BITS_2: f32 -nan (0xff800001)
;; NEG_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=neg_bits %s -- 0x7fc00000 | FileCheck %s --match-full-lines --check-prefix=NEG_BITS_3
;; NEG_BITS_3: f32 -nan (0xffc00000)
;; NEG_BITS_3-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- 1.5 -2 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_1
;; COPYSIGN_1: f32 -1.5 (0xbfc00000)
;; COPYSIGN_1-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- -1.5 2 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_2
;; COPYSIGN_2: f32 1.5 (0x3fc00000)
;; COPYSIGN_2-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- 0 -0 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_3
;; COPYSIGN_3: f32 -0 (0x80000000)
;; COPYSIGN_3-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- -inf 0 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_4
;; COPYSIGN_4: f32 inf (0x7f800000)
;; COPYSIGN_4-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign %s -- 2 nan | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_5
;; COPYSIGN_5: f32 2 (0x40000000)
;; COPYSIGN_5-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign_bits %s -- 0xffc01234 0x3f800000 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_BITS_1
;; COPYSIGN_BITS_1: f32 nan (0x7fc01234)
;; COPYSIGN_BITS_1-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign_bits %s -- 0x7f800001 0x80000000 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_BITS_2
;; COPYSIGN_BITS_2: f32 -nan (0xff800001)
;; COPYSIGN_BITS_2-NOT: {{.}}
;; RUN: mswasm run --invoke=copysign_bits %s -- 0x3f800000 0xffc01234 | FileCheck %s --match-full-lines --check-prefix=COPYSIGN_BITS_3
;; COPYSIGN_BITS_3: f32 -1 (0xbf800000)
;; COPYSIGN_BITS_3-NOT: {{.}}
(module
  (func (export "abs") (param f32) (result f32)
    local.get 0
    f32.abs)
  (func (export "abs_bits") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    f32.abs)
  (func (export "neg") (param f32) (result f32)
    local.get 0
    f32.neg)
  (func (export "neg_bits") (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    f32.neg)
  (func (export "copysign") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.copysign)
  (func (export "copysign_bits") (param i32 i32) (result f32)
    local.get 0
    f32.reinterpret_i32
    local.get 1
    f32.reinterpret_i32
    f32.copysign))
