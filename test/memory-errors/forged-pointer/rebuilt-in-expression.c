// EXPECT: none (by design: an int-to-pointer cast whose integer is computed from exactly one pointer in the same function keeps that pointer's handle, see wasm-backend/src/RebuildProvenance.cpp)
// Align-up of a pointer done in integer arithmetic: the result is a valid pointer into the same
// block. Not an out-of-bounds access; the toolchain rebuilds the handle instead of trapping, so
// no report is expected. The BUG marker names the access a strict provenance model would reject.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *raw = malloc(64);
#ifdef FIXED
  char *aligned = raw + ((16 - ((uintptr_t)raw & 15)) & 15);
#else
  char *aligned = (char *)(((uintptr_t)raw + 15) & ~(uintptr_t)15);
#endif
  aligned[0] = 'a';  // BUG
  aligned[1] = '\0';
  printf("%s\n", aligned);
  free(raw);
  return 0;
}
