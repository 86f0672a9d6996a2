// End to end: a linked program is a runnable file ("#!<tools>/mswasm run" then the module, with
// the execute bits), and running it directly gives exactly what `mswasm run` gives: stdout,
// stderr, exit code (the program's, and 134 on a memory-safety trap), with stdin passed through.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O1 %s -o %t
// RUN: test -x %t
// RUN: head -n1 %t | FileCheck %s --check-prefix=LINE
// LINE: {{^#!/.*/mswasm run$}}
// RUN: %python %S/Inputs/same-as-mswasm-run.py %t "first line of input" alpha beta | FileCheck %s
// CHECK: argv[1] = alpha
// CHECK-NEXT: argv[2] = beta
// CHECK-NEXT: stdin: first line of input
// CHECK-NEXT: to stderr
// CHECK-NEXT: exit 3
// RUN: %python %S/Inputs/same-as-mswasm-run.py %t "" overflow | FileCheck %s --check-prefix=TRAP
// TRAP: ERROR: heap-buffer-overflow
// TRAP: runnable-program.c:[[@LINE+14]]
// TRAP: exit 134
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char line[128];
  for (int i = 1; i < argc; i++) printf("argv[%d] = %s\n", i, argv[i]);
  if (fgets(line, sizeof line, stdin)) printf("stdin: %s\n", line);
  fflush(stdout);
  fprintf(stderr, "to stderr\n");
  if (argc > 1 && strcmp(argv[1], "overflow") == 0) {
    char *volatile p = malloc(8);
    p[argc + 10] = 1;
    free(p);
  }
  return argc;
}
