// EXPECT: global-buffer-overflow write
// A global table initialised with <= instead of <.
#include <stdio.h>

#define N 16
int squares[N];

int main(void) {
#ifdef FIXED
  for (int i = 0; i < N; i++)
#else
  for (int i = 0; i <= N; i++)
#endif
    squares[i] = i * i;  // BUG
  printf("%d\n", squares[N - 1]);
  return 0;
}
