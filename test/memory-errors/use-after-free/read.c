// EXPECT: use-after-free read
// A value is read from a block right after it was freed.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int *p = malloc(4 * sizeof(int));
  for (int i = 0; i < 4; i++) p[i] = i + 1;
#ifdef FIXED
  int last = p[3];
  free(p);
#else
  free(p);
  int last = p[3];  // BUG
#endif
  printf("%d\n", last);
  return 0;
}
