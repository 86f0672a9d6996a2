// EXPECT: stack-buffer-overflow write
// A local array filled with <= instead of <.
#include <stdio.h>

int main(void) {
  int a[8];
#ifdef FIXED
  for (int i = 0; i < 8; i++)
#else
  for (int i = 0; i <= 8; i++)
#endif
    a[i] = 3 * i;  // BUG
  int s = 0;
  for (int i = 0; i < 8; i++) s += a[i];
  printf("%d\n", s);
  return 0;
}
