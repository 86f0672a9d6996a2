// EXPECT: double-free
// A retry loop frees its scratch buffer on the last attempt; the final clean-up frees it again.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *scratch = malloc(64);
  int tries = 0;
  for (int attempt = 0; attempt < 2; attempt++) {
    tries++;
    if (attempt == 1) {
      free(scratch);
#ifdef FIXED
      scratch = NULL;
#endif
    }
  }
  free(scratch);  // BUG
  printf("%d\n", tries);
  return 0;
}
