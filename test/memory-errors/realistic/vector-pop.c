// EXPECT: heap-buffer-overflow read
// A dynamic array's pop reads at index len instead of len - 1.
#include <stdio.h>
#include <stdlib.h>

struct vec { int *data; int len, cap; };

static void vec_push(struct vec *v, int x) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 4;
    v->data = realloc(v->data, v->cap * sizeof(int));
  }
  v->data[v->len++] = x;
}

static int vec_pop(struct vec *v) {
#ifdef FIXED
  return v->data[--v->len];
#else
  int x = v->data[v->len];  // BUG
  v->len--;
  return x;
#endif
}

int main(void) {
  struct vec v = {NULL, 0, 0};
  for (int i = 1; i <= 8; i++) vec_push(&v, i * i);
  int s = 0;
  while (v.len) s += vec_pop(&v);
  printf("%d\n", s);
  free(v.data);
  return 0;
}
