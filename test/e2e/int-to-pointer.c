// Integer-to-pointer casts: computed from one pointer (through a uintptr_t variable, align-up)
// they keep its handle at -O0 and -O2; from no pointer they get a warning with the location, and
// the pointer has no authority (printing it is fine, using it traps).
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm run %t2.mswasm | FileCheck %s
// RUN: not mswasm run %t2.mswasm 4096 2>&1 | FileCheck %s --check-prefix=TRAP
// WARN: warning: {{.*}}int-to-pointer.c:[[@LINE+16]]:{{[0-9]+}}: in '__main_argc_argv': integer converted to a pointer is not computed from any pointer
// WARN-NOT: warning
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int arr[4] = {1, 2, 3, 4};

// At -O2 LLVM merges the two tests into one on a 128-bit ptrtoint (the pointer's width).
static int aligned16(void *p) { return (uintptr_t)p % 16 == 0 && (uintptr_t)p % 8 == 0; }

int main(int argc, char **argv) {
  uintptr_t u = (uintptr_t)arr;
  u += 4;
  uintptr_t a = (uintptr_t)&arr[1];
  a = (a + 3) & ~(uintptr_t)3;
  int *forged = (int *)(uintptr_t)strtoul(argc > 1 ? argv[1] : "0", 0, 0);
  // CHECK: 2 2
  printf("%d %d\n", *(int *)u, *(int *)a);
  // CHECK: 0x1000
  printf("%p\n", (void *)0x1000);
  _Alignas(16) int x[4];
  // CHECK-NEXT: aligned 1 0
  printf("aligned %d %d\n", aligned16(&x[0]), aligned16(&x[1]));
  if (argc > 1) printf("%d\n", *forged);
  return 0;
}
// TRAP: ERROR: pointer-built-from-data: read of size 4
