// EXPECT: heap-buffer-overflow write
// STDIN: 0123456789abcdefghijklmnopqrstuvwxyz
// fread into a heap buffer with a count larger than the buffer.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *buf = malloc(10);
#ifdef FIXED
  size_t n = fread(buf, 1, 10, stdin);
#else
  size_t n = fread(buf, 1, 30, stdin);  // BUG
#endif
  printf("%zu %c\n", n, buf[9]);
  free(buf);
  return 0;
}
