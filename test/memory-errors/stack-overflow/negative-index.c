// EXPECT: stack-buffer-overflow read
// A lookup with an unchecked negative index taken from a parsed value.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int table[10] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81};
#ifdef FIXED
  const char *arg = "7";
#else
  const char *arg = "-3";
#endif
  int k = atoi(arg);
  printf("%d\n", table[k]);  // BUG
  return 0;
}
