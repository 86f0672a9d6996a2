// EXPECT: null-dereference write
// p = realloc(p, huge) loses the block on failure and the NULL result is written.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int *p = malloc(4 * sizeof(int));
  p[0] = 1;
#ifdef FIXED
  int *q = realloc(p, 8 * sizeof(int));
#else
  int *q = realloc(p, (size_t)-16);
#endif
  q[1] = 2;  // BUG
  printf("%d\n", q[0] + q[1]);
  free(q);
  return 0;
}
