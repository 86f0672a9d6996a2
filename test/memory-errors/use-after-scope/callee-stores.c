// EXPECT: use-after-scope read
// A callee records the address of a block-local in a global; it is read after the block.
#include <stdio.h>

static const int *remembered;
static void remember(const int *p) { remembered = p; }

int main(void) {
  int sum = 0;
#ifdef FIXED
  int v = 5;
#endif
  for (int i = 0; i < 2; i++) {
#ifndef FIXED
    int v = 5;
#endif
    remember(&v);
    sum += i;
  }
  printf("%d\n", sum + *remembered);  // BUG
  return 0;
}
