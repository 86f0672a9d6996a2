// EXPECT: heap-buffer-overflow read
// A pointer walks a block looking for a sentinel that was never stored.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int n = 7;
  int *v = malloc((n + 1) * sizeof(int));
  for (int i = 0; i < n; i++) v[i] = i + 1;
#ifdef FIXED
  v[n] = 0;
#else
  v[n] = 8;
#endif
  int count = 0;
  for (int *p = v; *p != 0; p++) count++;  // BUG
  printf("count %d\n", count);
  free(v);
  return 0;
}
