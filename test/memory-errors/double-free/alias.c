// EXPECT: double-free
// Two owners of one block each free it.
#include <stdio.h>
#include <stdlib.h>

struct owner { int *data; };

int main(void) {
  int *d = malloc(3 * sizeof(int));
  d[0] = d[1] = d[2] = 4;
  struct owner a = {d};
#ifdef FIXED
  struct owner b = {NULL};
#else
  struct owner b = {d};
#endif
  printf("%d\n", a.data[0] + a.data[1] + a.data[2]);
  free(a.data);
  free(b.data);  // BUG
  return 0;
}
