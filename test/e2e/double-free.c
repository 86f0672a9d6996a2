// End to end: double free and freeing a stack object.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t.mswasm
// RUN: not mswasm run %t.mswasm double 2>&1 | FileCheck %s --check-prefix=DOUBLE
// RUN: not mswasm run %t.mswasm stack 2>&1 | FileCheck %s --check-prefix=STACK
// RUN: mswasm run %t.mswasm fine | FileCheck %s --check-prefix=FINE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *p = malloc(16);
  int local = 0;
  if (argc > 1 && strcmp(argv[1], "double") == 0) {
    free(p);
    free(p);  // DOUBLE: ERROR: double-free
  }           // DOUBLE: main {{.*}}double-free.c:[[@LINE-1]]
  if (argc > 1 && strcmp(argv[1], "stack") == 0)
    free(&local);  // STACK: ERROR: invalid-free
  printf("fine\n");  // FINE: fine
  return 0;
}
