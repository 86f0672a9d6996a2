// EXPECT: heap-buffer-overflow write
// Transposing a non-square matrix into a buffer indexed with the source's dimensions.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int rows = 2, cols = 5;
  int *a = malloc(rows * cols * sizeof(int));
  int *t = malloc(rows * cols * sizeof(int));
  for (int i = 0; i < rows * cols; i++) a[i] = i;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++)
#ifdef FIXED
      t[c * rows + r] = a[r * cols + c];
#else
      t[c * cols + r] = a[r * cols + c];  // BUG
#endif
  printf("%d %d\n", t[1], t[rows * cols - 1]);
  free(a);
  free(t);
  return 0;
}
