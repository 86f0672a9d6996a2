// EXPECT: heap-buffer-overflow read
// A backwards scan that does not stop at index 0 reads before the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *s = malloc(8);
  strcpy(s, "  abc");
  int i = 4;
#ifdef FIXED
  while (i > 0 && s[i] != ' ') i--;
#else
  while (s[i] != '#') i--;  // BUG
#endif
  printf("stop at %d\n", i);
  free(s);
  return 0;
}
