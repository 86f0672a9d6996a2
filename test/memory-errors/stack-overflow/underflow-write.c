// EXPECT: stack-buffer-overflow write
// A stack-based ring buffer computes its index as (head - 1) without wrapping.
#include <stdio.h>

int main(void) {
  int ring[4] = {0};
  int head = 0;
  for (int k = 0; k < 3; k++) {
#ifdef FIXED
    int slot = (head + 3) % 4;
#else
    int slot = head - 1;
#endif
    ring[slot] = k;  // BUG
    head = (head + 1) % 4;
  }
  printf("%d %d %d %d\n", ring[0], ring[1], ring[2], ring[3]);
  return 0;
}
