// EXPECT: heap-buffer-overflow write
// Inserting into a heap array with memmove when it is already full.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  int cap = 5, len = 5;
#ifdef FIXED
  cap = 6;
#endif
  int *v = malloc(cap * sizeof(int));
  for (int i = 0; i < len; i++) v[i] = 10 * i;
  memmove(v + 1, v, len * sizeof(int));  // BUG
  v[0] = -1;
  len++;
  printf("%d %d\n", v[0], v[len - 1]);
  free(v);
  return 0;
}
