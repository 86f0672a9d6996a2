// End to end: use after scope is reported at every optimisation level (each local is one stack
// segment for the whole function; its lifetime markers close and reopen it), and a loop whose
// block-scoped buffer is reused each iteration runs cleanly.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm
// RUN: not mswasm run %t0.mswasm bug 2>&1 | FileCheck %s
// RUN: mswasm run %t0.mswasm | FileCheck %s --check-prefix=FINE
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm
// RUN: not mswasm run %t2.mswasm bug 2>&1 | FileCheck %s
// RUN: mswasm run %t2.mswasm | FileCheck %s --check-prefix=FINE
#include <stdio.h>
#include <string.h>

__attribute__((noinline)) static int *remember(int *p) {
  static int *kept;
  if (p) kept = p;
  return kept;
}

__attribute__((noinline)) static void fill(char *buf, int n, int i) {
  snprintf(buf, (size_t)n, "row %d", i);
}

int main(int argc, char **argv) {
  int total = 0;
  for (int i = 0; i < 3; i++) {
    char line[16];
    fill(line, sizeof line, i);
    total += (int)strlen(line);
  }
  printf("total %d\n", total);  // FINE: total 15
  {
    int scoped = 42;
    remember(&scoped);
  }
  if (argc > 1) printf("%d\n", *remember(0));
  return 0;
}
// CHECK: ERROR: use-after-scope: read of size 4
// CHECK: #0 main {{.*}}use-after-scope.c:36
// CHECK: stack segment {{.*}}out of scope
