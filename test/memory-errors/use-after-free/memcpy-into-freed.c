// EXPECT: use-after-free write
// memcpy into a block that an earlier error path already freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int validate(char *buf, int n) {
  if (n > 3) {
#ifndef FIXED
    free(buf);
#endif
    return -1;
  }
  return 0;
}

int main(void) {
  char *buf = malloc(8);
  int rc = validate(buf, 5);
  memcpy(buf, "ok", 3);  // BUG
  printf("%d %s\n", rc, buf);
  free(buf);
  return 0;
}
