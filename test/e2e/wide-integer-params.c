// A function taking __int128 parameters and returning a narrower value (or nothing): its callers'
// results are the new call's (the compiler used to crash on a dangling use of the old call).
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm && mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm && mswasm run %t2.mswasm | FileCheck %s
#include <stdio.h>

static int sink;
__attribute__((noinline)) int low_bits(__int128 x, int shift) { return (int)(x >> shift); }
__attribute__((noinline)) long long high_half(unsigned __int128 x) { return (long long)(x >> 64); }
__attribute__((noinline)) void store_low(__int128 x) { sink = (int)x; }

int main(void) {
  volatile long long a = -80;
  __int128 big = (__int128)a * ((__int128)1 << 64) + 0x1234;
  store_low(big);
  // CHECK: -10 -80 4660
  printf("%d %lld %d\n", low_bits(a, 3), high_half((unsigned __int128)big), sink);
  return 0;
}
