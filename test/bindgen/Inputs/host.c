/* Uses shapes.h as if it were the native library; the calls run in the sandbox. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shapes_sandbox.h"

static void on_trap(const char *function, const char *kind, const char *report) {
  printf("trap in %s: %s\n", function, kind);
  fputs(report, stdout);
}

int main(int argc, char **argv) {
  canvas *c;
  unsigned char buf[8];
  long values[3] = {1000000, -5, 7};
  double d[2] = {1.5, -2.0};
  int a = 1, b = 2;
  if (argc < 2) return 2;
  shapes_set_trap_handler(on_trap);
  if (shapes_sandbox_init(argv[1], NULL) != 0) return 1;
  c = canvas_new(4, 3);
  printf("fill %d\n", canvas_fill(c, GREEN, 10));
  printf("sum %ld\n", canvas_sum(c));
  printf("name %s\n", canvas_name(c));
  canvas_set_name(c, "picture");
  printf("name %s\n", canvas_name(c));
  {
    size_t got = canvas_read(c, buf, sizeof buf);
    printf("read %zu first %u\n", got, buf[0]);
  }
  printf("sum_longs %lld\n", sum_longs(values, 3));
  scale(d, 2, 3.0);
  printf("scale %.2f %.2f\n", d[0], d[1]);
  swap_ints(&a, &b);
  printf("swap %d %d\n", a, b);
  printf("echo %lu\n", echo_ulong(4000000000UL));
  printf("echo big %lu\n", echo_ulong(5000000000UL)); /* does not fit the guest's 32-bit long */
  printf("halve %.2f\n", halve(3.0f));
  canvas_scribble(c, 12);
  printf("sum after trap %ld\n", canvas_sum(c)); /* the instance is poisoned: on-error value */
  shapes_sandbox_shutdown();
  return 0;
}
