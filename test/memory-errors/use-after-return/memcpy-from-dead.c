// EXPECT: use-after-return read
// memcpy from a dead frame's array: the report is in libc, the first own frame is the call.
#include <stdio.h>
#include <string.h>

static const int *defaults(void) {
#ifdef FIXED
  static int d[4] = {1, 2, 3, 4};
#else
  int d[4] = {1, 2, 3, 4};
#endif
  return d;
}

int main(void) {
  int cfg[4];
  memcpy(cfg, defaults(), sizeof cfg);  // BUG
  printf("%d\n", cfg[0] + cfg[3]);
  return 0;
}
