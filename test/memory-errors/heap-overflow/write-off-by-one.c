// EXPECT: heap-buffer-overflow write
// A loop with <= instead of < writes one int past a malloc'd array.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  int n = 10;
  int *a = malloc(n * sizeof *a);
#ifdef FIXED
  for (int i = 0; i < n; i++)
#else
  for (int i = 0; i <= n; i++)
#endif
    a[i] = i * i;  // BUG
  int sum = 0;
  for (int i = 0; i < n; i++) sum += a[i];
  printf("sum %d\n", sum);
  free(a);
  return 0;
}
