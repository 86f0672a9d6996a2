// EXPECT: global-buffer-overflow read
// A temperature table indexed by (t - min) with the wrong minimum.
#include <stdio.h>

static const int adjust[11] = {5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5};

static int lookup(int t) {
#ifdef FIXED
  return adjust[t + 5];
#else
  return adjust[t + 2];  // BUG
#endif
}

int main(void) {
  int s = 0;
  for (int t = -5; t <= 5; t++) s += lookup(t);
  printf("%d\n", s);
  return 0;
}
