// EXPECT: stack-buffer-overflow write
// A local 2-D grid indexed [col][row] instead of [row][col].
#include <stdio.h>

int main(void) {
  char grid[3][10];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 10; c++)
#ifdef FIXED
      grid[r][c] = (char)('a' + r + c);
#else
      (&grid[0][0])[c * 10 + r] = (char)('a' + r + c);  // BUG
#endif
  printf("%c%c%c\n", grid[0][0], grid[1][5], grid[2][9]);
  return 0;
}
