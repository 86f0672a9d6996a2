// EXPECT: pointer-built-from-data read
// An element address computed as base + i * size from a base address saved as an integer.
#include <stdint.h>
#include <stdio.h>

static double table[4] = {0.5, 1.5, 2.5, 3.5};
static uintptr_t table_base;

static void init(void) { table_base = (uintptr_t)table; }

int main(void) {
  init();
  int i = 2;
#ifdef FIXED
  double *e = &table[i];
#else
  double *e = (double *)(table_base + i * sizeof(double));
#endif
  printf("%.1f\n", *e);  // BUG
  return 0;
}
