#include "stack.h"

int apply_op(struct stack *s, char op) {
  double b = stack_pop(s), a = stack_pop(s);
  switch (op) {
    case '+': stack_push(s, a + b); return 1;
    case '-': stack_push(s, a - b); return 1;
    case '*': stack_push(s, a * b); return 1;
    case '/': stack_push(s, a / b); return 1;
  }
  return 0;
}
