// EXPECT: heap-buffer-overflow write
// CFLAGS: -fmswasm-field-bounds
// Intra-object overflow: caught with -fmswasm-field-bounds, which bounds a pointer to a field by the field.
// An index loop over the first array field runs into the second array field.
#include <stdio.h>
#include <stdlib.h>

struct pair_arrays { int a[4]; int b[4]; };

int main(void) {
  struct pair_arrays *p = calloc(1, sizeof *p);
#ifdef FIXED
  for (int i = 0; i < 4; i++)
#else
  for (int i = 0; i < 5; i++)
#endif
    p->a[i] = 1;  // BUG
  printf("%d\n", p->b[0]);
  free(p);
  return 0;
}
