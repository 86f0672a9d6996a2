// EXPECT: stack-buffer-overflow write
// A variable-length array sized n is written at index n.
#include <stdio.h>

static int fill(int n) {
  int v[n];
  for (int i = 0; i < n; i++) v[i] = i;
#ifdef FIXED
  v[n - 1] = 100;
#else
  v[n] = 100;  // BUG
#endif
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}

int main(void) {
  printf("%d\n", fill(6));
  return 0;
}
