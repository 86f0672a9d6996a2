// End to end: a heap overflow inside a libc string function is reported at the caller's line,
// with the allocation stack. At -O2 strcpy and malloc are inlined into main: the report still
// shows one frame per source function (mswasm.loc keeps the inlining chain).
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm
// RUN: not mswasm run %t0.mswasm 2>&1 | FileCheck %s
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm
// RUN: not mswasm run %t2.mswasm 2>&1 | FileCheck %s
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *buf = malloc(8);
  strcpy(buf, "twelve bytes");
  free(buf);
  return 0;
}
// CHECK: ERROR: heap-buffer-overflow: write of size 1
// CHECK-NEXT: write of 1 bytes at address [[ADDR:0x[0-9a-f]+]]
// CHECK: #0 strcpy {{.*}}strcpy.c
// CHECK-NEXT: #1 main {{.*}}heap-overflow.c:14:3
// CHECK: [[ADDR]] is 0 bytes after the 8-byte heap segment
// CHECK: allocated by:
// CHECK: #1 malloc
// CHECK-NEXT: #2 main {{.*}}heap-overflow.c:13
