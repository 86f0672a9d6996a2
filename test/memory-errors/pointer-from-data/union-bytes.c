// EXPECT: pointer-built-from-data write
// A byte of a pointer stored in a union is rewritten through the char view; the pointer is used.
#include <stdio.h>
#include <stdlib.h>

union view { char *p; unsigned char bytes[sizeof(char *)]; };

int main(void) {
  union view u;
  u.p = malloc(8);
#ifndef FIXED
  u.bytes[0] = u.bytes[0];
#endif
  u.p[0] = 'k';  // BUG
  u.p[1] = '\0';
  printf("%s\n", u.p);
  free(u.p);
  return 0;
}
