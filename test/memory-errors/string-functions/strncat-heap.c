// EXPECT: heap-buffer-overflow write
// strncat's count is the room left minus the terminator; passing the whole size overflows.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  size_t size = 10;
  char *s = malloc(size);
  strcpy(s, "abcd");
#ifdef FIXED
  strncat(s, "efghijklmnop", size - strlen(s) - 1);
#else
  strncat(s, "efghijklmnop", size - strlen(s));  // BUG
#endif
  printf("%s\n", s);
  free(s);
  return 0;
}
