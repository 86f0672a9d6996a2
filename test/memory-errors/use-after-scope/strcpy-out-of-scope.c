// EXPECT: use-after-scope write
// strcpy into an array whose block has ended: the first own frame is the strcpy call.
#include <stdio.h>
#include <string.h>

int main(void) {
  char *dst;
#ifdef FIXED
  char tmp[32];
#endif
  {
#ifndef FIXED
    char tmp[32];
#endif
    tmp[0] = '\0';
    dst = tmp;
  }
  strcpy(dst, "late write");  // BUG
  printf("done\n");
  return 0;
}
