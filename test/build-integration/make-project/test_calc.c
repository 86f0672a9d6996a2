/* The make project's test program: `make check` runs it as ./test_calc; exit 0 when every
   check passes, 1 (after saying which) when one fails. */
#include <stdio.h>

#include "stack.h"

static int failures;

static void expect(int ok, const char *what) {
  if (!ok) {
    fprintf(stderr, "FAIL: %s\n", what);
    failures++;
  }
}

int main(void) {
  struct stack s = {0};
  for (int i = 0; i < 100; i++) stack_push(&s, i);
  expect(s.size == 100, "100 pushes");
  expect(stack_pop(&s) == 99.0, "pop returns the last push");
  stack_push(&s, 3);
  expect(apply_op(&s, '*') == 1 && stack_pop(&s) == 294.0, "98 * 3");
  expect(apply_op(&s, '?') == 0, "unknown operator");
  printf("test_calc: %d failures\n", failures);
  return failures ? 1 : 0;
}
