// EXPECT: use-after-free read
// A function returns a buffer it freed on its way out.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *label(int n) {
  char *b = malloc(32);
  snprintf(b, 32, "item-%d", n);
#ifndef FIXED
  free(b);
#endif
  return b;
}

int main(void) {
  char *s = label(7);
  printf("%c\n", s[0]);  // BUG
#ifdef FIXED
  free(s);
#endif
  return 0;
}
