// EXPECT: stack-buffer-overflow read
// Averaging a local array reads one element too many.
#include <stdio.h>

static double average(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++) s += v[i];  // BUG
  return s / n;
}

int main(void) {
  double v[4] = {1.0, 2.0, 3.0, 4.0};
#ifdef FIXED
  printf("%.2f\n", average(v, 4));
#else
  printf("%.2f\n", average(v, 5));
#endif
  return 0;
}
