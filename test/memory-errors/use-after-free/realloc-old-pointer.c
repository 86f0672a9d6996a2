// EXPECT: use-after-free write
// The old pointer is written after realloc returned a new block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *s = malloc(4);
  strcpy(s, "abc");
  char *t = realloc(s, 4096);
#ifdef FIXED
  s = t;
#endif
  s[0] = 'A';  // BUG
  printf("%s\n", t);
  free(t);
  return 0;
}
