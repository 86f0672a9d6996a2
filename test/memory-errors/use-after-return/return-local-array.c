// EXPECT: use-after-return read
// A function returns the address of its local buffer.
#include <stdio.h>

static char *format_id(int id) {
#ifdef FIXED
  static char buf[16];
#else
  char buf[16];
#endif
  snprintf(buf, sizeof buf, "ID%04d", id);
  return buf;
}

int main(void) {
  char *s = format_id(42);
  printf("%c%c\n", s[0], s[5]);  // BUG
  return 0;
}
