// End to end: use after free is reported with the allocation and free stacks, the same at -O0
// and -O2 (where malloc and free are inlined into main).
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm
// RUN: not mswasm run %t0.mswasm 2>&1 | FileCheck %s
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm
// RUN: not mswasm run %t2.mswasm 2>&1 | FileCheck %s
#include <stdio.h>
#include <stdlib.h>

struct account { int id; long balance; };

int main(void) {
  struct account *a = malloc(sizeof *a);
  a->id = 7;
  a->balance = 100;
  free(a);
  printf("%ld\n", a->balance);
  return 0;
}
// CHECK: ERROR: use-after-free: read of size 4
// CHECK: #0 main {{.*}}use-after-free.c:18
// CHECK: is 4 bytes inside the 8-byte heap segment {{.*}}, freed
// CHECK: allocated by:
// CHECK: #2 main {{.*}}use-after-free.c:14
// CHECK: freed by:
// CHECK: #0 free
// CHECK-NEXT: #1 main {{.*}}use-after-free.c:17
// CHECK: SUMMARY: mswasm: use-after-free
