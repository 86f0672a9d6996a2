// EXPECT: use-after-free read
// strlen of a freed string: the report is in libc, the first frame in this file is the call.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *s = malloc(10);
  strcpy(s, "freed");
#ifdef FIXED
  size_t n = strlen(s);
  free(s);
#else
  free(s);
  size_t n = strlen(s);  // BUG
#endif
  printf("%zu\n", n);
  return 0;
}
