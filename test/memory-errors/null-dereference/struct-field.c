// EXPECT: null-dereference read
// A field read through a NULL struct pointer at a non-zero offset.
#include <stdio.h>

struct conf { int a, b, c, d; };

static int get_d(const struct conf *c) { return c->d; }  // BUG

int main(void) {
  struct conf real = {1, 2, 3, 4};
#ifdef FIXED
  const struct conf *c = &real;
#else
  const struct conf *c = NULL;
  (void)real;
#endif
  printf("%d\n", get_d(c));
  return 0;
}
