// EXPECT: use-after-return write
// A callee stores the address of its local into the caller's pointer; the caller writes through it.
#include <stdio.h>

static void get_slot(int **out) {
#ifdef FIXED
  static int slot;
#else
  int slot;
#endif
  slot = 1;
  *out = &slot;
}

int main(void) {
  int *p;
  get_slot(&p);
  *p = 5;  // BUG
  printf("%d\n", *p);
  return 0;
}
