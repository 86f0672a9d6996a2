// EXPECT: stack-buffer-overflow write
// strcpy of a user name into a fixed local buffer that is too small.
#include <stdio.h>
#include <string.h>

static void greet(const char *name) {
  char buf[8];
  strcpy(buf, name);  // BUG
  printf("hello %s\n", buf);
}

int main(void) {
#ifdef FIXED
  greet("ada");
#else
  greet("alexandria");
#endif
  return 0;
}
