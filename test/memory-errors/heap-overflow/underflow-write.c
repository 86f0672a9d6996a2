// EXPECT: heap-buffer-overflow write
// Writing to index -1 of a heap block (a heap underflow).
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *s = malloc(16);
  int pos = 0;
#ifdef FIXED
  s[pos] = '#';
#else
  s[pos - 1] = '#';  // BUG
#endif
  s[1] = '\0';
  printf("[%s]\n", s + (pos > 0 ? pos - 1 : 0));
  free(s);
  return 0;
}
