// EXPECT: global-buffer-overflow read
// Reading past the terminator of a string literal.
#include <stdio.h>

int main(void) {
  const char *s = "abc";
  int h = 0;
#ifdef FIXED
  for (int i = 0; i < 4; i++)
#else
  for (int i = 0; i < 5; i++)
#endif
    h = h * 31 + s[i];  // BUG
  printf("%d\n", h);
  return 0;
}
