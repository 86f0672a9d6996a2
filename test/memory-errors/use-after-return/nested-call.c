// EXPECT: use-after-return read
// The dangling pointer is made two frames deep and used after both returned.
#include <stdio.h>

static int *inner(void) {
#ifdef FIXED
  static int v[3];
#else
  int v[3];
#endif
  v[0] = 10; v[1] = 20; v[2] = 30;
  return v;
}

static int *outer(void) { return inner() + 1; }

static int use(const int *p) { return p[0] + p[1]; }  // BUG

int main(void) {
  int *p = outer();
  printf("%d\n", use(p));
  return 0;
}
