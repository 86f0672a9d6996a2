// EXPECT: heap-buffer-overflow write
// memset clears sizeof(struct) * n + 1 bytes: one byte too many.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { int id; char tag[4]; };

int main(void) {
  int n = 5;
  struct rec *r = malloc(n * sizeof *r);
#ifdef FIXED
  memset(r, 0, n * sizeof *r);
#else
  memset(r, 0, n * sizeof *r + 1);  // BUG
#endif
  r[4].id = 9;
  printf("%d %d\n", r[0].id, r[4].id);
  free(r);
  return 0;
}
