// EXPECT: use-after-free read
// Blocks freed in a first pass; a second pass sums them.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  double *rows[3];
  for (int i = 0; i < 3; i++) {
    rows[i] = malloc(2 * sizeof(double));
    rows[i][0] = i;
    rows[i][1] = i * 0.5;
  }
  double s = 0;
#ifdef FIXED
  for (int i = 0; i < 3; i++) s += rows[i][0] + rows[i][1];
  for (int i = 0; i < 3; i++) free(rows[i]);
#else
  for (int i = 0; i < 3; i++) free(rows[i]);
  for (int i = 0; i < 3; i++) s += rows[i][0] + rows[i][1];  // BUG
#endif
  printf("%.2f\n", s);
  return 0;
}
