// EXPECT: stack-buffer-overflow write
// sprintf of a formatted record into a local buffer that is too small.
#include <stdio.h>

int main(void) {
#ifdef FIXED
  char line[40];
#else
  char line[16];
#endif
  int id = 123456;
  sprintf(line, "id=%d name=%s", id, "widget");  // BUG
  printf("%s\n", line);
  return 0;
}
