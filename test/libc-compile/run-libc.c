// libc end to end on the engine: formatted output and input, conversions, sorting with
// pointer-bearing elements, realloc, setjmp/longjmp, atexit and the final flush of stdout.
// REQUIRES: compiler
// RUN: mswasm-cc -O2 %s -o %t.mswasm
// RUN: mswasm-cc -O0 %s -o %t0.mswasm
// RUN: printf '3 10 20 30\nword 2.5\n' | mswasm run --env=GREETING=hi %t.mswasm one two | FileCheck %s
// RUN: printf '3 10 20 30\nword 2.5\n' | mswasm run --env=GREETING=hi %t0.mswasm one two | FileCheck %s
#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static jmp_buf env;
static void deep(int n) {
  if (n == 0) longjmp(env, 42);
  deep(n - 1);
}

static void bye(void) { printf("atexit ran"); } // no newline: exit must flush

int main(int argc, char **argv) {
  atexit(bye);
  // CHECK: argc=3 argv1=one argv2=two GREETING=hi
  printf("argc=%d argv1=%s argv2=%s GREETING=%s\n", argc, argv[1], argv[2], getenv("GREETING"));
  // CHECK-NEXT: [  -42|+42  |0x2a|052|4.2e+01|0.125|1e-05|3.14|(nil)|(null)]
  printf("[%5d|%-+5d|%#x|%#o|%.1e|%g|%g|%.*f|%p|%s]\n", -42, 42, 42, 42, 42.0, 0.125, 1e-5, 2,
         3.14159, (void *)0, (char *)0);
  // CHECK-NEXT: 0.1000000000000000055511151231257827 2.5 0 0x1.8p+1 -nan inf
  printf("%.34f %.1f %.0f %a %f %f\n", 0.1, 2.45, 0.5, 3.0, -__builtin_nan(""), __builtin_inf());
  char buf[8];
  // CHECK-NEXT: snprintf=11 [hello w]
  int n = snprintf(buf, sizeof buf, "hello %s", "world");
  printf("snprintf=%d [%s]\n", n, buf);
  // CHECK-NEXT: strtod=1.7976931348623157e+308 strtol=-255 end=[z] ERANGE=1
  char *end;
  double d = strtod("1.7976931348623157e308", NULL);
  long l = strtol("  -0xffz", &end, 16);
  errno = 0;
  strtol("99999999999999999999", NULL, 10);
  printf("strtod=%.17g strtol=%ld end=[%s] ERANGE=%d\n", d, l, end, errno == ERANGE);
  // CHECK-NEXT: scanf=4 sum=60 word=word x=2.5
  int count, a, b, c;
  char word[16];
  double x;
  int got = scanf("%d %d %d %d", &count, &a, &b, &c);
  scanf("%15s %lf", word, &x);
  printf("scanf=%d sum=%d word=%s x=%g\n", got, a + b + c, word, x);
  // CHECK-NEXT: sorted: apple banana cherry pear
  char **names = malloc(2 * sizeof *names);
  names[0] = "pear";
  names[1] = "apple";
  names = realloc(names, 4 * sizeof *names); // the copy keeps the pointers valid
  names[2] = "cherry";
  names[3] = "banana";
  qsort(names, 4, sizeof *names, by_name);
  printf("sorted: %s %s %s %s\n", names[0], names[1], names[2], names[3]);
  free(names);
  // CHECK-NEXT: longjmp=42
  int r = setjmp(env);
  if (!r) deep(5);
  printf("longjmp=%d\n", r);
  // CHECK-NEXT: atexit ran
  return 0;
}
