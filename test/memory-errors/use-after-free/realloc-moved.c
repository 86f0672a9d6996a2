// EXPECT: use-after-free read
// A pointer into a vector is kept across a realloc that moves the block.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int cap = 2, len = 0;
  int *v = malloc(cap * sizeof(int));
  v[len++] = 11;
  int *first = &v[0];
  for (int k = 0; k < 100; k++) {
    if (len == cap) {
      cap *= 2;
      v = realloc(v, cap * sizeof(int));
    }
    v[len++] = k;
  }
#ifdef FIXED
  first = &v[0];
#endif
  printf("%d %d\n", *first, len);  // BUG
  free(v);
  return 0;
}
