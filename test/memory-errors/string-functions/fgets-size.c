// EXPECT: stack-buffer-overflow write
// STDIN: a line that is much longer than the buffer
// fgets is told the buffer is larger than it really is.
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[16];
#ifdef FIXED
  if (!fgets(buf, sizeof buf, stdin)) return 1;
#else
  if (!fgets(buf, 64, stdin)) return 1;  // BUG
#endif
  printf("%zu\n", strlen(buf));
  return 0;
}
