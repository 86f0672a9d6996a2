// EXPECT: heap-buffer-overflow read
// strncpy does not terminate when the source fills the buffer; strlen then reads past it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *d = malloc(6);
#ifdef FIXED
  strncpy(d, "abcdefgh", 5);
  d[5] = '\0';
#else
  strncpy(d, "abcdefgh", 6);
#endif
  size_t n = strlen(d);  // BUG
  printf("%zu\n", n);
  free(d);
  return 0;
}
