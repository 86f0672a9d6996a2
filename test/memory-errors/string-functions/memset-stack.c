// EXPECT: stack-buffer-overflow write
// memset of a local array with a count in elements times a wrong element size.
#include <stdio.h>
#include <string.h>

int main(void) {
  long long acc[4];
#ifdef FIXED
  memset(acc, 0, 4 * sizeof(long long));
#else
  memset(acc, 0, 4 * 16);  // BUG
#endif
  acc[2] = 7;
  printf("%lld\n", acc[0] + acc[2]);
  return 0;
}
