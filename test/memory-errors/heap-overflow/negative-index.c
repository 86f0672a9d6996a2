// EXPECT: heap-buffer-overflow read
// A histogram indexed by a signed char: a negative byte value reads before the block.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int *count = calloc(128, sizeof(int));
  const char text[] = "caf\xe9!";
  for (const char *p = text; *p; p++) {
#ifdef FIXED
    if ((unsigned char)*p < 128) count[(int)*p]++;
#else
    if (count[(int)*p] >= 0) count[(int)*p]++;  // BUG
#endif
  }
  printf("c=%d a=%d !=%d\n", count['c'], count['a'], count['!']);
  free(count);
  return 0;
}
