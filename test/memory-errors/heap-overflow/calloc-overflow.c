// EXPECT: heap-buffer-overflow write
// A matrix allocated with calloc(rows, cols) is filled with element size 4.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int rows = 3, cols = 5;
#ifdef FIXED
  int *m = calloc((size_t)rows * cols, sizeof(int));
#else
  int *m = calloc(rows, cols);
#endif
  for (int i = 0; i < rows * cols; i++) m[i] = i;  // BUG
  printf("last %d\n", m[rows * cols - 1]);
  free(m);
  return 0;
}
