// EXPECT: double-free
// The same block freed twice on two consecutive lines.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *p = malloc(32);
  p[0] = 'x';
  printf("%c\n", p[0]);
  free(p);
#ifndef FIXED
  free(p);  // BUG
#endif
  return 0;
}
