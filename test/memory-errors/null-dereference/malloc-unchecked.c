// EXPECT: null-dereference write
// The result of malloc is not checked; a huge request fails and returns NULL.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
#ifdef FIXED
  size_t n = 64;
#else
  size_t n = (size_t)-64;
#endif
  char *p = malloc(n);
  p[0] = 'x';  // BUG
  printf("%c\n", p[0]);
  free(p);
  return 0;
}
