// End to end: a program using varargs, function pointers, setjmp/longjmp, qsort, structs by value
// and globals pointing to globals gives the same output at -O0 and -O2.
// REQUIRES: compiler
// RUN: mswasm-cc -O0 %s -o %t0.mswasm
// RUN: mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 %s -o %t2.mswasm
// RUN: mswasm run %t2.mswasm | FileCheck %s
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point { int x, y; };
static struct point origin = {0, 0};
static struct point *home = &origin;
static const char *names[] = {"zero", "one", "two"};

static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}

static struct point move(struct point p, int dx, int dy) {
  p.x += dx;
  p.y += dy;
  return p;
}

static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static jmp_buf env;

static void fail(int code) { longjmp(env, code); }

int main(void) {
  printf("sum %d\n", sum(4, 1, 2, 3, 4));  // CHECK: sum 10
  struct point p = move(*home, 3, -2);
  printf("point %d %d\n", p.x, p.y);  // CHECK: point 3 -2
  int (*ops[])(int) = {twice, square};
  printf("ops %d %d\n", ops[0](7), ops[1](7));  // CHECK: ops 14 49
  int v[] = {5, 3, 9, 1, 7};
  qsort(v, 5, sizeof v[0], cmp);
  printf("sorted %d %d %d %d %d\n", v[0], v[1], v[2], v[3], v[4]);  // CHECK: sorted 1 3 5 7 9
  int code = setjmp(env);
  if (code == 0) fail(3);
  printf("longjmp %d %s\n", code, names[code - 1]);  // CHECK: longjmp 3 two
  char buf[32];
  snprintf(buf, sizeof buf, "%s-%05.1f-%x", names[1], 3.14159, 255u);
  printf("%s %zu\n", buf, strlen(buf));  // CHECK: one-003.1-ff 12
  return 0;
}
