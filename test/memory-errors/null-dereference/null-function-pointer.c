// EXPECT: null-dereference
// Calling a callback that was never set.
#include <stdio.h>

struct ops { int (*open)(int); int (*close)(int); };

static int my_open(int x) { return x + 1; }
static int my_close(int x) { return x - 1; }

int main(void) {
#ifdef FIXED
  struct ops o = {my_open, my_close};
#else
  struct ops o = {my_open, NULL};
  (void)my_close;
#endif
  int r = o.open(1);
  r = o.close(r);  // BUG
  printf("%d\n", r);
  return 0;
}
