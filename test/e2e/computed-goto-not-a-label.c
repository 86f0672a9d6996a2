// A computed goto to an address that is not a label of the function (undefined behaviour) stops
// the program with a trap at the `goto *` line, in a frame named
// __mswasm_computed_goto_to_a_non_label, instead of jumping anywhere: here a dispatch-table entry
// moved by one byte and a label address of another function. The correct table runs normally.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O0 %s -o %t0.mswasm
// RUN: mswasm run %t0.mswasm fine | FileCheck %s --check-prefix=FINE
// RUN: not mswasm run %t0.mswasm skew 2>&1 | FileCheck %s
// RUN: not mswasm run %t0.mswasm other 2>&1 | FileCheck %s
// RUN: mswasm-cc -g -O2 %s -o %t2.mswasm
// RUN: mswasm run %t2.mswasm fine | FileCheck %s --check-prefix=FINE
// RUN: not mswasm run %t2.mswasm skew 2>&1 | FileCheck %s
// RUN: not mswasm run %t2.mswasm other 2>&1 | FileCheck %s
// RUN: not mswasm run --report=json %t2.mswasm skew 2>&1 | FileCheck %s --check-prefix=JSON
// CHECK: ERROR: unreachable: unreachable executed
// CHECK-NEXT: #0 __mswasm_computed_goto_to_a_non_label
// The goto's line (optimised code may give the line computing the target, just above it):
// CHECK-NEXT: #1 {{.*}}step {{.*}}computed-goto-not-a-label.c:{{35|36}}:
// JSON: "outcome":"trap","kind":"unreachable"{{.*}}"exit_code":135
// FINE: 10 11
// FINE-NEXT: 11
// FINE-NEXT: done
#include <stdio.h>
#include <string.h>

__attribute__((noinline)) static void *label_elsewhere(void) {
  static void *volatile keep = &&there;
  return keep;
there:
  return 0;
}

__attribute__((noinline)) static int step(int i, int skew, void *other) {
  static void *const mine[] = {&&zero, &&one};
  void *target = other ? other : (char *)mine[i] + skew;
  goto *target;
zero:
  return 10;
one:
  return 11;
}

int main(int argc, char **argv) {
  if (argc < 2) return 2;
  int skew = !strcmp(argv[1], "skew");
  void *other = !strcmp(argv[1], "other") ? label_elsewhere() : 0;
  printf("%d %d\n", step(0, 0, 0), step(1, 0, 0));
  fflush(stdout);
  printf("%d\n", step(1, skew, other));
  printf("done\n");
  return 0;
}
