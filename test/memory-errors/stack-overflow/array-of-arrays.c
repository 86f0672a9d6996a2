// EXPECT: stack-buffer-overflow read
// Reading row 3 of a local int[3][4] matrix (rows are numbered 0..2).
#include <stdio.h>

int main(void) {
  int m[3][4];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++) m[r][c] = r * 4 + c;
  int trace = 0;
#ifdef FIXED
  for (int r = 0; r < 3; r++)
#else
  for (int r = 1; r <= 3; r++)
#endif
    trace += m[r][r];  // BUG
  printf("%d\n", trace);
  return 0;
}
