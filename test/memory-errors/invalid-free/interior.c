// EXPECT: invalid-free
// A pointer advanced past a prefix is passed to free.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *s = malloc(32);
  strcpy(s, "key=value");
  char *val = strchr(s, '=') + 1;
  printf("%s\n", val);
#ifdef FIXED
  free(s);
#else
  free(val);  // BUG
#endif
  return 0;
}
