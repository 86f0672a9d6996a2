// EXPECT: null-dereference write
// A sparse table of pointers: one slot was left empty and is written through.
#include <stdio.h>

int main(void) {
  int x = 0, y = 0, z = 0;
  int *slots[4] = {&x, &y, NULL, &z};
#ifdef FIXED
  int w = 0;
  slots[2] = &w;
#endif
  for (int i = 0; i < 4; i++) *slots[i] = i;  // BUG
  printf("%d %d %d\n", x, y, z);
  return 0;
}
