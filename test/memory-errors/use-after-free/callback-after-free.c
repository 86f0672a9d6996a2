// EXPECT: use-after-free read
// An object holding a function pointer is freed, then the callback is read from it.
#include <stdio.h>
#include <stdlib.h>

struct handler { int (*fn)(int); int arg; };

static int twice(int x) { return 2 * x; }

int main(void) {
  struct handler *h = malloc(sizeof *h);
  h->fn = twice;
  h->arg = 21;
  struct handler *pending = h;
#ifndef FIXED
  free(h);
#endif
  int r = pending->fn(pending->arg);  // BUG
  printf("%d\n", r);
#ifdef FIXED
  free(h);
#endif
  return 0;
}
