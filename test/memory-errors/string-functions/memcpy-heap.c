// EXPECT: heap-buffer-overflow write
// memcpy of a whole staging array into a heap block sized for the used part only.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  int staging[12] = {1, 2, 3, 4, 5, 6};
  int used = 6;
  int *dst = malloc(used * sizeof(int));
#ifdef FIXED
  memcpy(dst, staging, used * sizeof(int));
#else
  memcpy(dst, staging, sizeof staging);  // BUG
#endif
  printf("%d\n", dst[5]);
  free(dst);
  return 0;
}
