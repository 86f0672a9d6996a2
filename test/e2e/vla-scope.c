// VLAs in a loop (issue 13): llvm.stackrestore closes the scope of every stack segment allocated
// since the matching llvm.stacksave, so a pointer kept to an earlier iteration's VLA traps
// use-after-scope, at every optimisation level. alloca() (__builtin_alloca) memory lives until
// the function returns (GNU semantics), also when it is allocated in a loop.
// The expected values are those of the same file compiled natively (clang-19 -m32).
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm
// RUN: mswasm run %t0.mswasm | FileCheck %s --check-prefix=FINE
// RUN: not mswasm run %t0.mswasm bug 2>&1 | FileCheck %s
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm
// RUN: mswasm run %t2.mswasm | FileCheck %s --check-prefix=FINE
// RUN: not mswasm run %t2.mswasm bug 2>&1 | FileCheck %s
// RUN: mswasm-cc -g -Os %s -o %ts.mswasm
// RUN: mswasm run %ts.mswasm | FileCheck %s --check-prefix=FINE
// RUN: not mswasm run %ts.mswasm bug 2>&1 | FileCheck %s
// CHECK: ERROR: use-after-scope: read of size 1
// CHECK: #0 main {{.*}}vla-scope.c:[[@LINE+37]]
#include <stdio.h>
#include <string.h>

__attribute__((noinline)) static void fill(char *p, int n, int seed) {
  for (int k = 0; k < n; k++) p[k] = (char)(seed + k);
}

__attribute__((noinline)) static int sum(const char *p, int n) {
  int s = 0;
  for (int k = 0; k < n; k++) s += p[k];
  return s;
}

// alloca() in a loop: every block stays valid until the function returns.
__attribute__((noinline)) static int chain(int rounds, int n) {
  char *blocks[8];
  for (int r = 0; r < rounds; r++) {
    blocks[r] = __builtin_alloca((size_t)n);
    fill(blocks[r], n, r);
    char vla[n + r];  // a VLA scope inside the loop does not free the alloca() blocks
    fill(vla, n + r, 2 * r);
    blocks[r][0] += (char)sum(vla, n + r);
  }
  int s = 0;
  for (int r = 0; r < rounds; r++) s += sum(blocks[r], n);
  return s;
}

int main(int argc, char **argv) {
  int bug = argc > 1 && !strcmp(argv[1], "bug");
  int n = 24 + (argc > 7);
  char *previous = 0;
  int total = 0;
  for (int i = 0; i < 5; i++) {
    char vla[n + i];
    fill(vla, n + i, i);
    if (bug && previous) total += previous[0];  // the previous iteration's VLA: out of scope
    total += sum(vla, n + i);
    previous = vla;
  }
  printf("total %d\n", total);
  printf("chain %d\n", chain(8, 40));
  return 0;
}
// FINE: total 1900
// FINE-NEXT: chain 7056
