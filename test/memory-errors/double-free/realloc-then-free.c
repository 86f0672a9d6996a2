// EXPECT: double-free
// realloc moved the block (freeing the old one); the old pointer is freed again.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int *old = malloc(8);
  old[0] = 1;
  int *grown = realloc(old, 8192);
  grown[1000] = 2;
  printf("%d %d\n", grown[0], grown[1000]);
#ifdef FIXED
  free(grown);
#else
  free(grown);
  free(old);  // BUG
#endif
  return 0;
}
