// A VLA in a loop of 100000 iterations (1000 bytes each) runs within --max-memory=10000000:
// llvm.stackrestore frees each iteration's VLA (issue 13).
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm
// RUN: mswasm run --max-memory=10000000 %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm
// RUN: mswasm run --max-memory=10000000 %t2.mswasm | FileCheck %s
// CHECK: sum 4950000
#include <stdio.h>

__attribute__((noinline)) static int touch(char *p, int n, int i) {
  p[n - 1] = (char)(i % 100);
  return p[n - 1];
}

int main(int argc, char **argv) {
  (void)argv;
  int n = 1000 + (argc > 7);
  long long sum = 0;
  for (int i = 0; i < 100000; i++) {
    char vla[n];
    sum += touch(vla, n, i);
  }
  printf("sum %lld\n", sum);
  return 0;
}
