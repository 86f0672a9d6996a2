// EXPECT: heap-buffer-overflow write
// An array of structs allocated for n-1 elements instead of n.
#include <stdio.h>
#include <stdlib.h>

struct point { int x, y; };

int main(void) {
  int n = 6;
#ifdef FIXED
  struct point *p = malloc(n * sizeof *p);
#else
  struct point *p = malloc((n - 1) * sizeof *p);
#endif
  for (int i = 0; i < n; i++) {
    p[i].x = i;  // BUG
    p[i].y = 2 * i;
  }
  int s = 0;
  for (int i = 0; i < n; i++) s += p[i].x + p[i].y;
  printf("s %d\n", s);
  free(p);
  return 0;
}
