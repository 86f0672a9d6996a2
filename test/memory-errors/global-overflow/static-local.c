// EXPECT: global-buffer-overflow read
// A function-static counter array indexed by an unchecked argument.
// (A read-modify-write: the read is the first access that faults.)
#include <stdio.h>

static int bump(int which) {
  static int counters[4];
#ifdef FIXED
  if (which < 0 || which >= 4) return -1;
#endif
  return ++counters[which];  // BUG
}

int main(void) {
  int r = 0;
  for (int i = 0; i < 5; i++) r += bump(i);
  printf("%d\n", r);
  return 0;
}
