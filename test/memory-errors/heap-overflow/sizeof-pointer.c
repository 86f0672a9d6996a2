// EXPECT: heap-buffer-overflow write
// malloc(n) instead of malloc(n * sizeof(double)): the block holds n bytes, not n doubles.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int n = 8;
#ifdef FIXED
  double *d = malloc(n * sizeof(double));
#else
  double *d = malloc(n);
#endif
  for (int i = 0; i < n; i++) d[i] = i / 2.0;  // BUG
  double s = 0;
  for (int i = 0; i < n; i++) s += d[i];
  printf("%.1f\n", s);
  free(d);
  return 0;
}
