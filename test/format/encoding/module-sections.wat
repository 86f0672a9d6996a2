;; Encoding of a whole module: the header and every known section kind with its contents, custom
;; sections at each kind of position, locals grouped in runs, and no name section when nothing
;; has a name. Expected bytes are derived by hand from docs/spec.md ("Binary format").
;; Inputs/sections.py prints the file split at its sections (size LEB bytes as in the file).
;; RUN: mswasm as %s -o %t.mswasm
;; RUN: mswasm validate %t.mswasm | FileCheck %s --check-prefix=VALID
;; VALID: {{.*}}.mswasm: valid
;; RUN: %python %S/Inputs/sections.py %t.mswasm | FileCheck %s --match-full-lines --implicit-check-not=section
;;
;; Magic "\0msw", version 1 (u32, little-endian).
;; CHECK: header: 00 6d 73 77 01 00 00 00
;; A custom section without (after ...) comes before every known section: id 0, size, name "c0".
;; CHECK-NEXT: section: 00 03 | 02 63 30
;; Type section (1): 2 types; 0x60 vec(params) vec(results); handle is 0x7a.
;; CHECK-NEXT: section: 01 0a | 02 60 02 7f 7a 01 7e 60 00 00
;; Two custom sections after the type section, in their order.
;; CHECK-NEXT: section: 00 04 | 02 63 31 78
;; CHECK-NEXT: section: 00 03 | 01 64 79
;; Import section (2): module "m", field "f", kind 0 (function), type 0.
;; CHECK-NEXT: section: 02 07 | 01 01 6d 01 66 00 00
;; Function section (3): the two functions' type indices.
;; CHECK-NEXT: section: 03 03 | 02 00 01
;; Global section (6): valtype, mut, one constant instruction, end.
;; CHECK-NEXT: section: 06 0f | 02 7d 01 43 00 00 80 3f 0b 7a 00 fa 24 00 0b
;; Segment section (64 = 0x40), before export: flags size:u32 alignlog2:u32 init:vec(byte)
;; relocs:vec(reloc). Segment 0: read-only, 32 bytes, align 2^4, "ab", a segment reloc at 16 to
;; segment 0 with addend -1 (s32 7f); segment 1: a function reloc at 0 to function 1;
;; segment 2: 65536 bytes (80 80 04), align 2^16 (alignlog2 0x10).
;; CHECK-NEXT: section: 40 1b | 03 01 20 04 02 61 62 01 00 10 00 7f 00 10 00 00 01 01 00 01 00 80 80 04 10 00 00
;; CHECK-NEXT: section: 00 05 | 02 63 32 00 ff
;; Export section (7): name "f", kind 0, function 1.
;; CHECK-NEXT: section: 07 05 | 01 01 66 00 01
;; Start section (8): function 2.
;; CHECK-NEXT: section: 08 01 | 02
;; Code section (10): each body is size:u32, then its locals as runs of one type (i32 i32 i64 i32
;; is 3 runs: 2 i32, 1 i64, 1 i32), then the instructions and the final end.
;; CHECK-NEXT: section: 0a 10 | 02 0a 03 02 7f 01 7e 01 7f 42 05 0b 03 00 01 0b
;; CHECK-NEXT: section: 00 03 | 02 63 33
;;
;; The empty module is the header alone.
;; RUN: echo "(module)" | mswasm as - -o %t.empty.mswasm
;; RUN: %python %S/Inputs/sections.py %t.empty.mswasm | FileCheck %s --check-prefix=EMPTY --match-full-lines --implicit-check-not=section
;; EMPTY: header: 00 6d 73 77 01 00 00 00
(module
  (@custom "c0" "")
  (type (func (param i32 handle) (result i64)))
  (type (func))
  (@custom "c1" (after type) "x")
  (@custom "d" (after type) "y")
  (import "m" "f" (func (type 0)))
  (global (mut f32) f32.const 1)
  (global handle global.segment 0)
  (segment (size 32) (align 16) (readonly) (data "ab") (reloc 16 (segment 0 -1)))
  (segment (size 16) (align 1) (reloc 0 (func 1)))
  (segment (size 65536) (align 65536))
  (@custom "c2" (after segment) "\00\ff")
  (func (type 0) (local i32) (local i32 i64) (local i32)
    i64.const 5)
  (func (type 1)
    nop)
  (export "f" (func 1))
  (start 2)
  (@custom "c3" (after code)))
