// EXPECT: invalid-free
// free of a local array that the callee believes to be heap memory.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void consume(char *msg) {
  printf("%s\n", msg);
  free(msg);  // BUG
}

int main(void) {
#ifdef FIXED
  char *m = malloc(8);
  strcpy(m, "local");
  consume(m);
#else
  char m[8];
  strcpy(m, "local");
  consume(m);
#endif
  return 0;
}
