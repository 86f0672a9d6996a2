// EXPECT: global-buffer-overflow read
// Indexing a global array with (value - 1) for value 0.
#include <stdio.h>

int weights[5] = {10, 20, 30, 40, 50};

int main(void) {
  int picks[] = {3, 1, 0};
  int s = 0;
  for (int i = 0; i < 3; i++) {
#ifdef FIXED
    if (picks[i] == 0) continue;
#endif
    s += weights[picks[i] - 1];  // BUG
  }
  printf("%d\n", s);
  return 0;
}
