// EXPECT: null-dereference read
// strchr finds no separator and returns NULL; the result is used unchecked.
#include <stdio.h>
#include <string.h>

int main(void) {
#ifdef FIXED
  const char *line = "name:value";
#else
  const char *line = "name value";
#endif
  const char *sep = strchr(line, ':');
  printf("%c\n", sep[1]);  // BUG
  return 0;
}
