// EXPECT: global-buffer-overflow write
// A global array of structs with a count that includes a sentinel that was never allocated.
#include <stdio.h>

struct entry { int key; int value; };
struct entry entries[4];

int main(void) {
#ifdef FIXED
  int n = 4;
#else
  int n = 5;
#endif
  for (int i = 0; i < n; i++) {
    entries[i].key = i;  // BUG
    entries[i].value = i * 10;
  }
  printf("%d\n", entries[3].value);
  return 0;
}
