// -fmswasm-keep-accesses: bad accesses the optimiser would delete or fold at -O2 still reach the
// engine. Without the option the write past `a` is dropped (undefined behaviour) and the
// program prints 1; with it the write traps on the line of the bug.
// REQUIRES: compiler
// RUN: mswasm-cc -g -O2 %s -o %t.plain.mswasm
// RUN: mswasm run %t.plain.mswasm stack | FileCheck %s --check-prefix=PLAIN
// RUN: mswasm-cc -g -O2 -fmswasm-keep-accesses %s -o %t.keep.mswasm
// RUN: not mswasm run %t.keep.mswasm stack 2>&1 | FileCheck %s --check-prefix=STACK
// RUN: not mswasm run %t.keep.mswasm dead 2>&1 | FileCheck %s --check-prefix=DEAD
// RUN: not mswasm run %t.keep.mswasm double 2>&1 | FileCheck %s --check-prefix=DOUBLE
// RUN: mswasm run %t.keep.mswasm fine | FileCheck %s --check-prefix=FINE
// RUN: not mswasm run %t.keep.mswasm scope 2>&1 | FileCheck %s --check-prefix=SCOPE
// The option also works when the objects were compiled without it (it acts at link time):
// RUN: mswasm-cc -g -O2 -c %s -o %t.o
// RUN: mswasm-cc -O2 -fmswasm-keep-accesses %t.o -o %t.late.mswasm
// RUN: not mswasm run %t.late.mswasm stack 2>&1 | FileCheck %s --check-prefix=STACK
// In the IR, indexed accesses are volatile, indexed locals kept whole, library calls kept.
// RUN: mswasm-cc -O2 -fmswasm-keep-accesses -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
// IR: call {{.*}}void @__mswasm_escape(
// IR: store volatile i32
// IR: @free({{.*}}) {{.*}}[ "mswasm-keep"() ]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  const char *what = argc > 1 ? argv[1] : "fine";
  if (!strcmp(what, "stack")) {
    int a[4];
    for (int i = 0; i <= 4; i++) a[i] = i;  // line 30
    printf("%d\n", a[1]);
  } else if (!strcmp(what, "dead")) {
    char buf[8];
    memset(buf, 0, 9);  // line 34: buf is never read
  } else if (!strcmp(what, "double")) {
    char *p = malloc(8);
    free(p);
    free(p);  // line 38
  } else if (!strcmp(what, "scope")) {
    char *ptr;
    { char c[9]; ptr = &c[0]; }  // only the address is taken in the scope
    return *(ptr + 8);
  } else {
    int a[4];
    for (int i = 0; i < 4; i++) a[i] = i;
    printf("fine %d\n", a[3]);
  }
  return 0;
}
// PLAIN: 1
// STACK: ERROR: stack-buffer-overflow: write of size 4
// STACK: keep-accesses.c:30
// DEAD: ERROR: stack-buffer-overflow: write
// DEAD: keep-accesses.c:34
// DOUBLE: ERROR: double-free
// DOUBLE: keep-accesses.c:38
// FINE: fine 3
// SCOPE: ERROR: use-after-scope: read of size 1
