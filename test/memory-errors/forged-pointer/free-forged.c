// EXPECT: pointer-built-from-data
// A heap pointer kept as an integer handle in a table is freed after conversion back.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uintptr_t handles[2];
static void *objects[2];

int main(void) {
  void *p = malloc(16);
  handles[0] = (uintptr_t)p;
  objects[0] = p;
  printf("stored\n");
#ifdef FIXED
  free(objects[0]);
#else
  free((void *)handles[0]);  // BUG
#endif
  return 0;
}
