// EXPECT: global-buffer-overflow read
// A global board scanned with the neighbour of the last row.
#include <stdio.h>

char board[4][4] = {"abc", "def", "ghi", "jkl"};

int main(void) {
  int n = 0;
#ifdef FIXED
  for (int r = 0; r < 3; r++)
#else
  for (int r = 0; r < 4; r++)
#endif
    for (int c = 0; c < 3; c++)
      if (board[r + 1][c] > board[r][c]) n++;  // BUG
  printf("%d\n", n);
  return 0;
}
