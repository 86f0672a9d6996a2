// EXPECT: pointer-built-from-data read
// A pointer array is cleared as an array of ints with a non-zero pattern, then used.
#include <stdio.h>
#include <string.h>

int main(void) {
  int a = 1, b = 2;
  int *ptrs[2] = {&a, &b};
#ifndef FIXED
  memset(ptrs, 0xff, sizeof ptrs);
#endif
  printf("%d\n", *ptrs[1]);  // BUG
  return 0;
}
