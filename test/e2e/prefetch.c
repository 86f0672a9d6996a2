// __builtin_prefetch is a hint: it compiles to nothing, with any arguments, at -O0 and -O2.
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm && mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm && mswasm run %t2.mswasm | FileCheck %s
#include <stdio.h>

int data[64];

int main(void) {
  int sum = 0;
  for (int i = 0; i < 64; i++) {
    __builtin_prefetch(&data[i + 8]);          // past the end: a hint, never an access
    __builtin_prefetch(&data[i], 1, 3);
    data[i] = i;
    sum += data[i];
  }
  // CHECK: sum 2016
  printf("sum %d\n", sum);
  return 0;
}
