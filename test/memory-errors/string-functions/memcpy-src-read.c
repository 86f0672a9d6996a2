// EXPECT: heap-buffer-overflow read
// memcpy reads past the end of a heap source that is shorter than the destination.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *src = malloc(5);
  memcpy(src, "hey!", 5);
  char dst[16];
#ifdef FIXED
  memcpy(dst, src, 5);
#else
  memcpy(dst, src, 9);  // BUG
#endif
  printf("%s\n", dst);
  free(src);
  return 0;
}
