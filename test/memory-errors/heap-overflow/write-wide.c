// EXPECT: heap-buffer-overflow write
// An 8-byte store at the last 4 bytes of a block: part of the access is outside.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  unsigned char *b = malloc(12);
  memset(b, 0, 12);
#ifdef FIXED
  int off = 4;
#else
  int off = 8;
#endif
  long long v = 0x0102030405060708LL;
  *(long long *)(b + off) = v;  // BUG
  printf("%d %d\n", b[off], b[11]);
  free(b);
  return 0;
}
