// llvm.bitreverse (from __builtin_bitreverse* and from bit-by-bit loops LLVM recognises) is
// expanded by legalisation for 8, 16, 32, 64 bits and odd widths.
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm && mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm && mswasm run %t2.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// IR: llvm.bitreverse.i32
#include <stdio.h>

static unsigned loop_reverse(unsigned x) {
  unsigned r = 0;
  for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
  return r;
}

struct bits { unsigned v : 7; };

int main(void) {
  volatile unsigned x = 0x12345678u;
  volatile unsigned long long y = 0x0123456789abcdefULL;
  volatile unsigned char c = 0x1d;
  volatile unsigned short s = 0xbeef;
  // CHECK: 8: b8
  printf("8: %x\n", __builtin_bitreverse8(c));
  // CHECK-NEXT: 16: f77d
  printf("16: %x\n", __builtin_bitreverse16(s));
  // CHECK-NEXT: 32: 1e6a2c48 1e6a2c48
  printf("32: %x %x\n", __builtin_bitreverse32(x), loop_reverse(x));
  // CHECK-NEXT: 64: f7b3d591e6a2c480
  printf("64: %llx\n", __builtin_bitreverse64(y));
  struct bits b = {0x05};
  unsigned r7 = 0;
  for (int i = 0; i < 7; i++) r7 |= ((b.v >> i) & 1u) << (6 - i);
  // CHECK-NEXT: 7: 50
  printf("7: %x\n", r7);
  return 0;
}
