// EXPECT: use-after-scope read
// A buffer declared inside an if-block is returned through a pointer used after the block.
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  (void)argv;
  const char *msg = "default";
#ifdef FIXED
  char buf[16];
#endif
  if (argc > 0) {
#ifndef FIXED
    char buf[16];
#endif
    strcpy(buf, "override");
    msg = buf;
  }
  printf("%s\n", msg);  // BUG
  return 0;
}
