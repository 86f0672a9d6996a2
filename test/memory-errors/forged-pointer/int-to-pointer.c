// EXPECT: pointer-built-from-data read
// The address of a global is turned into an integer and back into a pointer.
#include <stdint.h>
#include <stdio.h>

int secret = 42;

int main(void) {
  uintptr_t a = (uintptr_t)&secret;
#ifdef FIXED
  int *p = &secret;
#else
  int *p = (int *)a;
#endif
  (void)a;
  printf("%d\n", *p);  // BUG
  return 0;
}
