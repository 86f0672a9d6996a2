// End to end: a pointer made from an integer has no authority; dereferencing it is reported.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t.mswasm
// RUN: not mswasm run %t.mswasm 2>&1 | FileCheck %s
#include <stdint.h>
#include <stdio.h>

int secret = 42;

int main(void) {
  uintptr_t addr = (uintptr_t)&secret;
  volatile uintptr_t copy = addr;          // laundered through memory as a plain integer
  int *forged = (int *)copy;
  printf("%d\n", *forged);                 // CHECK: ERROR: pointer-built-from-data
  return 0;
}
