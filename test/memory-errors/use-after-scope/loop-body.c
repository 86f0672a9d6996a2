// EXPECT: use-after-scope write
// The address of a loop-body local is kept from one iteration to the next.
#include <stdio.h>

int main(void) {
  int *prev = NULL;
  int total = 0;
#ifdef FIXED
  int cells[3];
#endif
  for (int i = 0; i < 3; i++) {
#ifdef FIXED
    int *cell = &cells[i];
#else
    int storage;
    int *cell = &storage;
#endif
    *cell = i;
    if (prev) *prev += 10;  // BUG
    total += *cell;
    prev = cell;
  }
  printf("%d\n", total);
  return 0;
}
