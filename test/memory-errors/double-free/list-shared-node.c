// EXPECT: double-free
// An item put into two bags is freed by both bag destructors.
#include <stdio.h>
#include <stdlib.h>

struct item { int v; };
struct bag { struct item *items[4]; int n; };

static void bag_add(struct bag *b, struct item *it) { b->items[b->n++] = it; }

static void bag_destroy(struct bag *b) {
  for (int i = 0; i < b->n; i++) free(b->items[i]);  // BUG
  b->n = 0;
}

static struct item *item_new(int v) {
  struct item *it = malloc(sizeof *it);
  it->v = v;
  return it;
}

int main(void) {
  struct bag a = {{0}, 0}, b = {{0}, 0};
  struct item *shared = item_new(7);
  bag_add(&a, item_new(1));
  bag_add(&a, shared);
#ifdef FIXED
  bag_add(&b, item_new(7));
#else
  bag_add(&b, shared);
#endif
  bag_add(&b, item_new(2));
  printf("%d %d\n", a.items[0]->v + a.items[1]->v, b.items[0]->v + b.items[1]->v);
  bag_destroy(&a);
  bag_destroy(&b);
  return 0;
}
