// End to end: output without a final newline is flushed at exit even when the optimiser turns
// printf into putchar; fmin/fmax follow C (a NaN operand yields the other one) at every level.
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm
// RUN: mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm
// RUN: mswasm run %t2.mswasm | FileCheck %s
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile double nan_ = NAN, one = 1.0, two = 2.0;
  printf("%g %g %g %g\n", fmax(nan_, one), fmax(one, nan_), fmin(nan_, two), fmin(two, one));
  // CHECK: 1 1 2 1
  printf("x");
  // CHECK-NEXT: x
  return 0;
}
