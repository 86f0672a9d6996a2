#include <stdio.h>
#include <stdlib.h>

#include "stack.h"

int main(int argc, char **argv) {
  struct stack s = {0};
  for (int i = 1; i < argc; i++) {
    char *end;
    double v = strtod(argv[i], &end);
    if (*end == '\0') stack_push(&s, v);
    else if (!apply_op(&s, argv[i][0])) return 2;
  }
  printf("result %g\n", stack_pop(&s));
  free(s.items);
  return 0;
}
