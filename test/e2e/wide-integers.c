// Integers wider than 64 bits: bit-field storage units of a packed struct (i72, i88) and
// __int128 arithmetic, division, and values passed to and returned from functions give the same
// results as native, at -O0 and -O2.
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm
// RUN: mswasm run %t0.mswasm | FileCheck %s --check-prefixes=BITS,I128
// RUN: mswasm-cc -O2 %s -o %t2.mswasm
// RUN: mswasm run %t2.mswasm | FileCheck %s --check-prefixes=BITS,I128
#include <stdio.h>

struct packed {
  unsigned a : 24;
  unsigned b : 20;
  unsigned long long c : 40;
  unsigned d : 7;
} __attribute__((packed));
struct packed g = {0x123456, 0xabcde, 0x123456789aULL, 0x55};

typedef unsigned __int128 u128;
__attribute__((noinline)) static __int128 quotient(__int128 a, __int128 b) { return a / b; }
__attribute__((noinline)) static u128 factorial(int n) {
  u128 r = 1;
  for (int i = 2; i <= n; i++) r *= (unsigned)i;
  return r;
}

int main(void) {
  struct packed x = g;
  x.a += 1;
  x.c ^= 0xffff;
  g = x;
  // BITS: 123457 abcde 1234568765 55
  printf("%x %x %llx %x\n", g.a, g.b, (unsigned long long)g.c, g.d);
  u128 f = factorial(30);
  // I128: d13f6370f96 865df5dd54000000
  printf("%llx %llx\n", (unsigned long long)(f >> 64), (unsigned long long)f);
  __int128 s = -5;
  s = s * 1000000007LL - 3;
  // I128-NEXT: 1 -625000005
  printf("%d %lld\n", s < 0, (long long)(s >> 3));
  u128 big = ((u128)1 << 100) | 77;
  volatile int sh = 37;
  // I128-NEXT: 8000000000000000 0 0
  printf("%llx %llx %d\n", (unsigned long long)(big >> sh), (unsigned long long)((big << sh) >> 64), big > f);
  // I128-NEXT: 30!/29! = 30, 30! % 1000000007 = 684b941, -30!/7 low 7f172604f4000000, -14 -2
  printf("30!/29! = %llu, 30! %% 1000000007 = %llx, -30!/7 low %llx, %d %d\n",
         (unsigned long long)(f / factorial(29)), (unsigned long long)(f % 1000000007u),
         (unsigned long long)quotient(-(__int128)f, 7), (int)quotient(-100, 7), (int)(-100 % (__int128)7));
  return 0;
}
