// EXPECT: heap-buffer-overflow write
// A 2-D index computed with the wrong stride jumps far past the block.
#include <stdio.h>
#include <stdlib.h>

enum { ROWS = 4, COLS = 6 };

int main(void) {
  int *m = calloc(ROWS * COLS, sizeof *m);
  for (int r = 0; r < ROWS; r++)
    for (int c = 0; c < COLS; c++)
#ifdef FIXED
      m[r * COLS + c] = r + c;
#else
      m[c * COLS * 2 + r] = r + c;  // BUG
#endif
  long t = 0;
  for (int i = 0; i < ROWS * COLS; i++) t += m[i];
  printf("total %ld\n", t);
  free(m);
  return 0;
}
