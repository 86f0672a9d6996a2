// End to end: a GNU vector load that runs past a heap block is a heap-buffer-overflow at the
// line of the load. Vectors are scalarised (wasm-backend/src/Vectors.cpp): a 16-byte load is
// four 4-byte loads, so the report names the first element out of bounds (offset 12 of a
// 12-byte block), and a vector passed by value to a function crosses no memory at all.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm
// RUN: not mswasm run %t0.mswasm 2>&1 | FileCheck %s
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm
// RUN: not mswasm run %t2.mswasm 2>&1 | FileCheck %s
#include <stdio.h>
#include <stdlib.h>

typedef int v4i __attribute__((vector_size(16)));
typedef int v4i_unaligned __attribute__((vector_size(16), aligned(4)));

__attribute__((noinline)) int sum(v4i v) { return v[0] + v[1] + v[2] + v[3]; }

int main(void) {
  int *block = malloc(3 * sizeof(int));
  block[0] = 1, block[1] = 2, block[2] = 3;
  v4i inside = {block[0], block[1], block[2], 4};
  printf("sum %d\n", sum(inside));
  fflush(stdout);
  v4i v = *(v4i_unaligned *)block;
  printf("%d\n", sum(v));
  return 0;
}
// CHECK: sum 10
// CHECK: ERROR: heap-buffer-overflow: read of size 4
// CHECK: #0 main {{.*}}vector-overflow.c:24
// CHECK: is 0 bytes after the 12-byte heap segment
