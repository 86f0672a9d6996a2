;; Encoding of the segment stores t.segstore* and handle.segstore (0xfa 0x10-0x19) with memargs.
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
  ;; Each store is 0xfa, its sub-opcode (0x10-0x19), then memarg = alignlog2:u32 offset:u32.
  ;; CHECK-LABEL: func 0 $stores:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 10 02 00 i32.segstore
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 10 00 0c i32.segstore offset=12 align=1
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fa 11 03 00 i64.segstore
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fa 11 03 c8 01 i64.segstore offset=200
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: fa 12 02 00 f32.segstore
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 03 local.get 3
  ;; CHECK-NEXT: fa 12 01 00 f32.segstore align=2
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 04 local.get 4
  ;; CHECK-NEXT: fa 13 03 00 f64.segstore
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 04 local.get 4
  ;; CHECK-NEXT: fa 13 03 f8 ff ff ff 0f f64.segstore offset=4294967288
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 14 00 00 i32.segstore8
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 14 00 81 01 i32.segstore8 offset=129
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 15 01 00 i32.segstore16
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 01 local.get 1
  ;; CHECK-NEXT: fa 15 00 00 i32.segstore16 align=1
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fa 16 00 00 i64.segstore8
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fa 17 01 00 i64.segstore16
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fa 18 02 00 i64.segstore32
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 02 local.get 2
  ;; CHECK-NEXT: fa 18 00 03 i64.segstore32 offset=3 align=1
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 05 local.get 5
  ;; CHECK-NEXT: fa 19 04 00 handle.segstore
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 05 local.get 5
  ;; CHECK-NEXT: fa 19 04 10 handle.segstore offset=16
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: 20 05 local.get 5
  ;; CHECK-NEXT: fa 19 02 00 handle.segstore align=4
  ;; CHECK-NEXT: 0b end
  (func $stores (param $h handle) (param i32 i64 f32 f64 handle)
    local.get $h
    local.get 1
    i32.segstore
    local.get $h
    local.get 1
    i32.segstore offset=12 align=1
    local.get $h
    local.get 2
    i64.segstore
    local.get $h
    local.get 2
    i64.segstore offset=200
    local.get $h
    local.get 3
    f32.segstore
    local.get $h
    local.get 3
    f32.segstore align=2
    local.get $h
    local.get 4
    f64.segstore
    local.get $h
    local.get 4
    f64.segstore offset=4294967288
    local.get $h
    local.get 1
    i32.segstore8
    local.get $h
    local.get 1
    i32.segstore8 offset=129
    local.get $h
    local.get 1
    i32.segstore16
    local.get $h
    local.get 1
    i32.segstore16 align=1
    local.get $h
    local.get 2
    i64.segstore8
    local.get $h
    local.get 2
    i64.segstore16
    local.get $h
    local.get 2
    i64.segstore32
    local.get $h
    local.get 2
    i64.segstore32 offset=3 align=1
    local.get $h
    local.get 5
    handle.segstore
    local.get $h
    local.get 5
    handle.segstore offset=16 align=16
    local.get $h
    local.get 5
    handle.segstore align=4))
