/* The autoconf project's program: prints what configure found; exit 0 when it matches MSWasm
   (16-byte pointers, 4-byte long, the run-time check ran). */
#include <stdio.h>

#include "config.h"

int main(void) {
  printf("SIZEOF_VOID_P %d, SIZEOF_LONG %d\n", SIZEOF_VOID_P, SIZEOF_LONG);
#ifdef RUNTIME_CHECK_RAN
  printf("run-time check ran\n");
#else
  printf("run-time check did not run\n");
  return 1;
#endif
  return SIZEOF_VOID_P == 16 && SIZEOF_LONG == 4 ? 0 : 1;
}
