// EXPECT: pointer-built-from-data read
// A global's address is written out as text and read back as an integer, then used as a
// pointer: the integer does not derive from any pointer, so it has no authority. (A cast
// round trip `(int *)(uintptr_t)&secret` keeps the handle: docs/spec.md, provenance.)
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int secret = 42;

int main(void) {
  char text[32];
  snprintf(text, sizeof text, "%lu", (unsigned long)(uintptr_t)&secret);
  uintptr_t a = (uintptr_t)strtoul(text, NULL, 10);
#ifdef FIXED
  int *p = &secret;
#else
  int *p = (int *)a;
#endif
  (void)a;
  printf("%d\n", *p);  // BUG
  return 0;
}
