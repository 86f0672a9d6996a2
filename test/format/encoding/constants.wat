;; Encoding of i32.const i64.const f32.const f64.const: signed LEBs and IEEE-754 bits, with the
;; edge cases of each (LEB length boundaries, extremes, -0, infinities, NaN payloads, subnormals).
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
  ;; i32.const (0x41) takes an s32 LEB: 63 fits one byte, 64 needs two (c0 00: bit 6 is the sign);
  ;; -64 is one byte (40), -65 two (bf 7f). Values above 2^31-1 are the same bits, printed signed.
  ;; CHECK-LABEL: func 0 $i32_consts:
  ;; CHECK-NEXT: 41 00 i32.const 0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 01 i32.const 1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 3f i32.const 63
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 c0 00 i32.const 64
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 7f i32.const -1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 40 i32.const -64
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 bf 7f i32.const -65
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 ff 00 i32.const 127
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 80 01 i32.const 128
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 80 7f i32.const -128
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 ff 7e i32.const -129
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 ff 3f i32.const 8191
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 80 c0 00 i32.const 8192
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 ff ff ff ff 07 i32.const 2147483647
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 80 80 80 80 78 i32.const -2147483648
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 7f i32.const -1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 80 80 80 80 78 i32.const -2147483648
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 ff ff ff ff 07 i32.const 2147483647
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 70 i32.const -16
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 05 i32.const 5
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 41 c0 84 3d i32.const 1000000
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $i32_consts
    i32.const 0
    drop
    i32.const 1
    drop
    i32.const 63
    drop
    i32.const 64
    drop
    i32.const -1
    drop
    i32.const -64
    drop
    i32.const -65
    drop
    i32.const 127
    drop
    i32.const 128
    drop
    i32.const -128
    drop
    i32.const -129
    drop
    i32.const 8191
    drop
    i32.const 8192
    drop
    i32.const 2147483647
    drop
    i32.const -2147483648
    drop
    i32.const 4294967295
    drop
    i32.const 2147483648
    drop
    i32.const 0x7fff_ffff
    drop
    i32.const -0x10
    drop
    i32.const +5
    drop
    i32.const 1_000_000
    drop)

  ;; i64.const (0x42) takes an s64 LEB, at most 10 bytes.
  ;; CHECK-LABEL: func 1 $i64_consts:
  ;; CHECK-NEXT: 42 00 i64.const 0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 7f i64.const -1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 c0 00 i64.const 64
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 80 80 80 80 08 i64.const 2147483648
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 80 80 80 80 10 i64.const 4294967296
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 80 80 80 80 70 i64.const -4294967296
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 ff ff ff ff ff ff ff ff ff 00 i64.const 9223372036854775807
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 80 80 80 80 80 80 80 80 80 7f i64.const -9223372036854775808
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 7f i64.const -1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 80 80 80 80 10 i64.const 4294967296
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 42 80 80 80 80 80 80 80 80 80 7f i64.const -9223372036854775808
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $i64_consts
    i64.const 0
    drop
    i64.const -1
    drop
    i64.const 64
    drop
    i64.const 2147483648
    drop
    i64.const 4294967296
    drop
    i64.const -4294967296
    drop
    i64.const 9223372036854775807
    drop
    i64.const -9223372036854775808
    drop
    i64.const 18446744073709551615
    drop
    i64.const 0x1_0000_0000
    drop
    i64.const -0x8000_0000_0000_0000
    drop)

  ;; f32.const (0x43) takes the 4 IEEE-754 bytes, little-endian: -0 keeps its sign bit, NaN payloads
  ;; are exact (nan is the canonical 0x7fc00000). Literals between two floats round to the nearest, ties
  ;; to even: 16777217 -> 2^24, 0x1p-150 -> 0, 0x1.8p-149 -> 2 * 2^-149, 1 + 2^-24 -> 1.
  ;; CHECK-LABEL: func 2 $f32_consts:
  ;; CHECK-NEXT: 43 00 00 00 00 f32.const 0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 00 80 f32.const -0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 80 3f f32.const 1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 c0 bf f32.const -1.5
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 cd cc cc 3d f32.const 0.1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 01 00 00 00 f32.const 1e-45
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 80 00 f32.const 1.1754944e-38
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 ff ff 7f 7f f32.const 3.4028235e+38
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 ff ff 7f 7f f32.const 3.4028235e+38
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 80 4b f32.const 16777216
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 db 0f 49 40 f32.const 3.1415927
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 80 7f f32.const inf
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 80 ff f32.const -inf
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 c0 7f f32.const nan
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 c0 ff f32.const -nan
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 01 00 80 7f f32.const nan:0x1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 01 00 80 ff f32.const -nan:0x1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 a0 7f f32.const nan:0x200000
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 ff ff ff 7f f32.const nan:0x7fffff
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 c0 7f f32.const nan
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 80 7f f32.const inf
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 00 00 f32.const 0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 02 00 00 00 f32.const 3e-45
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 00 00 80 3f f32.const 1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 01 00 80 3f f32.const 1.0000001
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 43 ff ff 7f 7f f32.const 3.4028235e+38
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $f32_consts
    f32.const 0
    drop
    f32.const -0
    drop
    f32.const 1
    drop
    f32.const -1.5
    drop
    f32.const 0.1
    drop
    f32.const 0x1p-149
    drop
    f32.const 0x1p-126
    drop
    f32.const 3.4028235e+38
    drop
    f32.const 0x1.fffffep+127
    drop
    f32.const 16777217
    drop
    f32.const 0x1.921fb6p+1
    drop
    f32.const inf
    drop
    f32.const -inf
    drop
    f32.const nan
    drop
    f32.const -nan
    drop
    f32.const nan:0x1
    drop
    f32.const -nan:0x1
    drop
    f32.const nan:0x200000
    drop
    f32.const nan:0x7fffff
    drop
    f32.const nan:0x400000
    drop
    f32.const +inf
    drop
    f32.const 0x1p-150
    drop
    f32.const 0x1.8p-149
    drop
    f32.const 1.000000059604644775390625
    drop
    f32.const 1.000000059604644775390626
    drop
    f32.const 0x1.fffffefp+127
    drop)

  ;; f64.const (0x44) takes the 8 IEEE-754 bytes, little-endian. Rounding as for f32: 2^53+1 -> 2^53,
  ;; 0x1p-1075 -> 0, halfway between 1 and 1 + 2^-52 -> 1, halfway above 1 + 2^-52 -> 1 + 2^-51.
  ;; CHECK-LABEL: func 3 $f64_consts:
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 00 00 f64.const 0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 00 80 f64.const -0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 f0 3f f64.const 1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 04 c0 f64.const -2.5
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 9a 99 99 99 99 99 b9 3f f64.const 0.1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 01 00 00 00 00 00 00 00 f64.const 5e-324
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 10 00 f64.const 2.2250738585072014e-308
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 ff ff ff ff ff ff ef 7f f64.const 1.7976931348623157e+308
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 ff ff ff ff ff ff ef 7f f64.const 1.7976931348623157e+308
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 f0 7f f64.const inf
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 f0 ff f64.const -inf
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 f8 7f f64.const nan
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 f8 ff f64.const -nan
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 01 00 00 00 00 00 f0 7f f64.const nan:0x1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 ff ff ff ff ff ff ff 7f f64.const nan:0xfffffffffffff
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 01 00 00 00 00 00 f8 ff f64.const -nan:0x8000000000001
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 40 43 f64.const 9007199254740992
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 00 00 f64.const 0
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 02 00 00 00 00 00 00 00 f64.const 1e-323
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 00 00 00 00 00 00 f0 3f f64.const 1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 02 00 00 00 00 00 f0 3f f64.const 1.0000000000000004
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 ff ff ff ff ff ff 0f 00 f64.const 2.225073858507201e-308
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 44 9a 99 99 99 99 99 b9 3f f64.const 0.1
  ;; CHECK-NEXT: 1a drop
  ;; CHECK-NEXT: 0b end
  (func $f64_consts
    f64.const 0
    drop
    f64.const -0
    drop
    f64.const 1
    drop
    f64.const -2.5
    drop
    f64.const 0.1
    drop
    f64.const 5e-324
    drop
    f64.const 0x1p-1022
    drop
    f64.const 1.7976931348623157e+308
    drop
    f64.const 0x1.fffffffffffffp+1023
    drop
    f64.const inf
    drop
    f64.const -inf
    drop
    f64.const nan
    drop
    f64.const -nan
    drop
    f64.const nan:0x1
    drop
    f64.const nan:0xfffffffffffff
    drop
    f64.const -nan:0x8_0000_0000_0001
    drop
    f64.const 9007199254740993
    drop
    f64.const 0x1p-1075
    drop
    f64.const 0x1.8p-1074
    drop
    f64.const 0x1.00000000000008p+0
    drop
    f64.const 0x1.00000000000018p+0
    drop
    f64.const 2.2250738585072011e-308
    drop
    f64.const 0.1000000000000000055511151231257827021181583404541015625
    drop))
