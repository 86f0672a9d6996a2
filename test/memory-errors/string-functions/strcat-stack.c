// EXPECT: stack-buffer-overflow write
// Building a path with strcat without checking the remaining room.
#include <stdio.h>
#include <string.h>

int main(void) {
#ifdef FIXED
  char path[32];
#else
  char path[16];
#endif
  strcpy(path, "/usr/local");
  strcat(path, "/share");  // BUG
  strcat(path, "/x");
  printf("%s\n", path);
  return 0;
}
