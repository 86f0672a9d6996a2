// EXPECT: heap-buffer-overflow write
// The size of a number is estimated as 4 digits; sprintf writes 7 plus the terminator.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int v = -123456;
#ifdef FIXED
  char *s = malloc(12);
#else
  char *s = malloc(5);
#endif
  sprintf(s, "%d", v);  // BUG
  printf("%s\n", s);
  free(s);
  return 0;
}
