// EXPECT: heap-buffer-overflow write
// malloc(0) for an empty list, then the first element is written anyway.
#include <stdio.h>
#include <stdlib.h>

static int *make_list(int n) {
#ifdef FIXED
  return malloc((n > 0 ? n : 1) * sizeof(int));
#else
  return malloc(n * sizeof(int));
#endif
}

int main(void) {
  int *l = make_list(0);
  l[0] = 42;  // BUG
  printf("%d\n", l[0]);
  free(l);
  return 0;
}
