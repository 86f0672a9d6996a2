// EXPECT: invalid-free
// A tagged union whose free path does not check the tag frees a function pointer.
#include <stdio.h>
#include <stdlib.h>

struct value { int is_fn; void *p; };

static int hello(void) { return 5; }

int main(void) {
  struct value v;
  v.is_fn = 1;
  v.p = (void *)hello;
  printf("%d\n", ((int (*)(void))v.p)());
#ifdef FIXED
  if (!v.is_fn)
#endif
    free(v.p);  // BUG
  return 0;
}
