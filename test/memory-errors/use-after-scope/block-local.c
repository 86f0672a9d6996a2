// EXPECT: use-after-scope read
// A pointer to a variable of an inner block is used after the block ended.
#include <stdio.h>

int main(void) {
  int *p;
#ifdef FIXED
  int x;
#endif
  {
#ifndef FIXED
    int x;
#endif
    x = 42;
    p = &x;
  }
  printf("%d\n", *p);  // BUG
  return 0;
}
