// EXPECT: invalid-free
// A cursor that walked to the end of a buffer is freed instead of the buffer.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  char *buf = malloc(8);
  char *p = buf;
  for (int i = 0; i < 7; i++) *p++ = (char)('a' + i);
  *p = '\0';
  printf("%s\n", buf);
#ifdef FIXED
  p = buf;
#endif
  free(p);  // BUG
  return 0;
}
