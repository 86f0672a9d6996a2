// EXPECT: stack-buffer-overflow write
// Copying 3 ints into a local struct that has room for 2.
#include <stdio.h>
#include <string.h>

struct pair { int a, b; };

int main(void) {
  int src[3] = {7, 8, 9};
  struct pair p;
#ifdef FIXED
  memcpy(&p, src, sizeof p);
#else
  memcpy(&p, src, sizeof src);  // BUG
#endif
  printf("%d %d\n", p.a, p.b);
  return 0;
}
