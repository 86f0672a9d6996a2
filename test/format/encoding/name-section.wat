;; Encoding of the `name` custom section (docs/spec.md "Custom section `name`"): written last,
;; with subsections in increasing id order, 1 function names (imports first), 2 local names (by
;; function, then local, parameters first), 4 type names, 7 global names, 9 segment names; each
;; subsection is id:u8 size:u32 contents, names are UTF-8 ("gé" is 67 c3 a9).
;; Expected bytes are derived by hand; Inputs/sections.py prints the file split at its sections.
;; RUN: mswasm as %s -o %t.mswasm
;; RUN: mswasm validate %t.mswasm | FileCheck %s --check-prefix=VALID
;; VALID: {{.*}}.mswasm: valid
;; RUN: %python %S/Inputs/sections.py %t.mswasm | FileCheck %s --match-full-lines --implicit-check-not=section
;; CHECK: header: 00 6d 73 77 01 00 00 00
;; CHECK-NEXT: section: 01 05 | 01 60 01 7f 00
;; CHECK-NEXT: section: 02 07 | 01 01 6d 01 69 00 00
;; CHECK-NEXT: section: 03 02 | 01 00
;; CHECK-NEXT: section: 06 06 | 01 7f 00 41 00 0b
;; CHECK-NEXT: section: 40 06 | 01 00 00 00 00 00
;; CHECK-NEXT: section: 0a 06 | 01 04 01 01 7e 0b
;; The name section: "name", then the subsections
;;   01 09 | 02 (00 "imp") (01 "f")
;;   02 09 | 01 (01: 02 (00 "p") (01 "l"))
;;   04 04 | 01 (00 "t")
;;   07 06 | 01 (00 "gé")
;;   09 04 | 01 (00 "s")
;; CHECK-NEXT: section: 00 2f | 04 6e 61 6d 65 01 09 02 00 03 69 6d 70 01 01 66 02 09 01 01 02 00 01 70 01 01 6c 04 04 01 00 01 74 07 06 01 00 03 67 c3 a9 09 04 01 00 01 73
(module
  (type $t (func (param i32)))
  (import "m" "i" (func $imp (type $t)))
  (global $"gé" i32 i32.const 0)
  (segment $s (size 0) (align 1))
  (func $f (type $t) (param $p i32) (local $l i64)))
