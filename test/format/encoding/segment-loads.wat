;; Encoding of the segment loads t.segload* and handle.segload (0xfa 0x00-0x0e) with memargs.
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
  ;; Each load is 0xfa, its sub-opcode (0x00-0x0e), then memarg = alignlog2:u32 offset:u32. The
  ;; default alignment is the access size (16 bytes, log2 4, for handle.segload) and is not printed;
  ;; nor is offset=0.
  ;; CHECK-LABEL: func 0 $loads:
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 02 00 i32.segload
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 02 04 i32.segload offset=4
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 01 7f i32.segload offset=127 align=2
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 00 80 01 i32.segload offset=128 align=1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 02 ff ff ff ff 0f i32.segload offset=4294967295
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 02 10 i32.segload offset=16
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 00 02 00 i32.segload
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 01 03 00 i64.segload
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 01 02 80 80 01 i64.segload offset=16384 align=4
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 02 02 00 f32.segload
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 02 00 08 f32.segload offset=8 align=1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 03 03 00 f64.segload
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 03 01 80 80 04 f64.segload offset=65536 align=2
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 04 00 00 i32.segload8_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 04 00 01 i32.segload8_s offset=1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 05 00 00 i32.segload8_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 05 00 00 i32.segload8_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 06 01 00 i32.segload16_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 06 00 00 i32.segload16_s align=1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 07 01 00 i32.segload16_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 07 01 02 i32.segload16_u offset=2
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 08 00 00 i64.segload8_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 09 00 00 i64.segload8_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0a 01 00 i64.segload16_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0b 01 00 i64.segload16_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0c 02 00 i64.segload32_s
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0d 02 00 i64.segload32_u
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0d 01 ac 02 i64.segload32_u offset=300 align=2
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0e 04 00 handle.segload
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0e 04 08 handle.segload offset=8
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0e 03 20 handle.segload offset=32 align=8
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0e 00 00 handle.segload align=1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0e 04 00 handle.segload
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 20 00 local.get 0
  ;; CHECK-NEXT: fa 0e 04 80 80 80 80 08 handle.segload offset=2147483648
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $loads (param $h handle)
    local.get $h
    i32.segload
    drop
    local.get $h
    i32.segload offset=4
    drop
    local.get $h
    i32.segload offset=127 align=2
    drop
    local.get $h
    i32.segload offset=128 align=1
    drop
    local.get $h
    i32.segload offset=4294967295
    drop
    local.get $h
    i32.segload offset=0x10 align=4
    drop
    local.get $h
    i32.segload offset=0 align=4
    drop
    local.get $h
    i64.segload
    drop
    local.get $h
    i64.segload offset=16384 align=4
    drop
    local.get $h
    f32.segload
    drop
    local.get $h
    f32.segload offset=8 align=1
    drop
    local.get $h
    f64.segload
    drop
    local.get $h
    f64.segload offset=65536 align=2
    drop
    local.get $h
    i32.segload8_s
    drop
    local.get $h
    i32.segload8_s offset=1
    drop
    local.get $h
    i32.segload8_u
    drop
    local.get $h
    i32.segload8_u align=1
    drop
    local.get $h
    i32.segload16_s
    drop
    local.get $h
    i32.segload16_s align=1
    drop
    local.get $h
    i32.segload16_u
    drop
    local.get $h
    i32.segload16_u offset=2
    drop
    local.get $h
    i64.segload8_s
    drop
    local.get $h
    i64.segload8_u
    drop
    local.get $h
    i64.segload16_s
    drop
    local.get $h
    i64.segload16_u
    drop
    local.get $h
    i64.segload32_s
    drop
    local.get $h
    i64.segload32_u
    drop
    local.get $h
    i64.segload32_u offset=300 align=2
    drop
    local.get $h
    handle.segload
    drop
    local.get $h
    handle.segload offset=8
    drop
    local.get $h
    handle.segload offset=32 align=8
    drop
    local.get $h
    handle.segload align=1
    drop
    local.get $h
    handle.segload align=16
    drop
    local.get $h
    handle.segload offset=2147483648
    drop))
