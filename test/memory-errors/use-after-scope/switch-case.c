// EXPECT: use-after-scope read
// A compound literal's lifetime is its enclosing block; its address escapes the block.
#include <stdio.h>

struct pt { int x, y; };

int main(void) {
  const struct pt *p = NULL;
  int mode = 2;
#ifdef FIXED
  struct pt a = {1, 2}, b = {3, 4};
#endif
  switch (mode) {
  case 1: {
#ifdef FIXED
    p = &a;
#else
    struct pt a = {1, 2};
    p = &a;
#endif
    break;
  }
  default: {
#ifdef FIXED
    p = &b;
#else
    struct pt b = {3, 4};
    p = &b;
#endif
    break;
  }
  }
  printf("%d\n", p->x + p->y);  // BUG
  return 0;
}
