// EXPECT: invalid-free
// Freeing the second element of a malloc'd array instead of the array.
#include <stdio.h>
#include <stdlib.h>

struct cell { int v; };

int main(void) {
  struct cell *cells = malloc(4 * sizeof *cells);
  for (int i = 0; i < 4; i++) cells[i].v = i;
  struct cell *cur = &cells[1];
  printf("%d\n", cur->v);
#ifdef FIXED
  free(cells);
#else
  free(cur);  // BUG
#endif
  return 0;
}
