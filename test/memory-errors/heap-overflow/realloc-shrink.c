// EXPECT: heap-buffer-overflow read
// After realloc shrinks a block, the old length is still used to read it.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int len = 12;
  int *v = malloc(len * sizeof(int));
  for (int i = 0; i < len; i++) v[i] = i;
  int *w = realloc(v, 6 * sizeof(int));
#ifdef FIXED
  len = 6;
#endif
  int s = 0;
  for (int i = 0; i < len; i++) s += w[i];  // BUG
  printf("s %d\n", s);
  free(w);
  return 0;
}
