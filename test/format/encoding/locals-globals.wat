;; Encoding of local.get local.set local.tee global.get global.set, with multi-byte indices.
;; Expected bytes are derived by hand from opcodes.def and docs/spec.md ("Binary format"), not
;; copied from the tool: `mswasm dis --bytes` prints each instruction as the encoder writes it.
;; RUN: mswasm as %s -o %t.mswasm
;; RUN: mswasm validate %t.mswasm | FileCheck %s --check-prefix=VALID
;; VALID: {{.*}}.mswasm: valid
;; RUN: mswasm dis --bytes %t.mswasm > %t.txt
;; RUN: FileCheck %s --match-full-lines < %t.txt
;; The listing shows the bytes really in the binary's code section, and the text module (before
;; any binary) lists the same.
;; RUN: %python %S/Inputs/check-listing.py %t.mswasm %t.txt
;; RUN: mswasm dis --bytes %s | FileCheck %s --match-full-lines
(module
  (global $gi (mut i32) i32.const 0)
  (global $gl (mut i64) i64.const 0)
  (global $gf (mut f32) f32.const 0)
  (global $gd (mut f64) f64.const 0)
  (global $gh (mut handle) handle.null)
  (global $ci i32 i32.const 7)
  (global i64 i64.const 8)

  ;; local.get/set/tee (0x20-0x22) take a u32 local index (params first): 127 is one byte, 128 and
  ;; 129 two (80 01, 81 01). The listing prints locals by index.
  ;; CHECK-LABEL: func 0 $locals:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 21 80 01 local.set 128
  ;; CHECK-NEXT: 20 80 01 local.get 128
  ;; CHECK-NEXT: 22 7f local.tee 127
  ;; CHECK-NEXT: 22 00 local.tee 0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: 21 01 local.set 1
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: 21 02 local.set 2
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: 21 03 local.set 3
  ;; CHECK-NEXT: 20 04 local.get 4
  ;; CHECK-NEXT: 22 81 01 local.tee 129
  ;; CHECK-NEXT: 21 04 local.set 4
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 0b end
  (func $locals (param $p i32) (param $q handle) (result i32) (local $x i64) (local f32 f64)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32
      i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32
      i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (local $far i32) (local $farther f64)
    local.get $p
    local.set $far
    local.get $far
    local.tee 127
    local.tee $p
    drop
    local.get $q
    local.set 1
    local.get 2
    local.set $x
    local.get 3
    local.set 3
    local.get 4
    local.tee $farther
    local.set 4
    local.get 0)

  ;; global.get/set (0x23, 0x24) on globals of each value type, by name and by index.
  ;; CHECK-LABEL: func 1 $globals:
  ;; CHECK-NEXT: 23 00 global.get $gi
  ;; CHECK-NEXT: 24 00 global.set $gi
  ;; CHECK-NEXT: 23 01 global.get $gl
  ;; CHECK-NEXT: 24 01 global.set $gl
  ;; CHECK-NEXT: 23 02 global.get $gf
  ;; CHECK-NEXT: 24 02 global.set $gf
  ;; CHECK-NEXT: 23 03 global.get $gd
  ;; CHECK-NEXT: 24 03 global.set $gd
  ;; CHECK-NEXT: 23 04 global.get $gh
  ;; CHECK-NEXT: 24 04 global.set $gh
  ;; CHECK-NEXT: 23 05 global.get $ci
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 23 06 global.get 6
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $globals
    global.get $gi
    global.set $gi
    global.get 1
    global.set $gl
    global.get $gf
    global.set 2
    global.get $gd
    global.set $gd
    global.get $gh
    global.set $gh
    global.get $ci
    drop
    global.get 6
    drop))
