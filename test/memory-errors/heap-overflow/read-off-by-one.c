// EXPECT: heap-buffer-overflow read
// Reading one element past the end of a heap array while computing a maximum.
#include <stdio.h>
#include <stdlib.h>

static int max_of(const int *v, int n) {
  int m = v[0];
#ifdef FIXED
  for (int i = 1; i < n; i++)
#else
  for (int i = 1; i <= n; i++)
#endif
    if (v[i] > m) m = v[i];  // BUG
  return m;
}

int main(void) {
  int *v = malloc(5 * sizeof(int));
  for (int i = 0; i < 5; i++) v[i] = (i * 7) % 5;
  printf("max %d\n", max_of(v, 5));
  free(v);
  return 0;
}
