// EXPECT: invalid-free
// A default value that lives in a global array is freed like an allocated one.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char default_name[] = "nobody";

static char *get_name(int have) {
  if (have) {
    char *n = malloc(8);
    strcpy(n, "alice");
    return n;
  }
  return default_name;
}

int main(void) {
  for (int i = 1; i >= 0; i--) {
    char *n = get_name(i);
    printf("%s\n", n);
#ifdef FIXED
    if (n != default_name)
#endif
      free(n);  // BUG
  }
  return 0;
}
