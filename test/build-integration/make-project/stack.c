#include <stdlib.h>

#include "stack.h"

void stack_push(struct stack *s, double v) {
  if (s->size == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 4;
    s->items = realloc(s->items, (size_t)s->cap * sizeof *s->items);
  }
  s->items[s->size++] = v;
}

double stack_pop(struct stack *s) { return s->size ? s->items[--s->size] : 0.0; }
