// EXPECT: heap-buffer-overflow write
// strcpy into a heap buffer sized strlen(s) instead of strlen(s) + 1.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup(const char *s) {
#ifdef FIXED
  char *d = malloc(strlen(s) + 1);
#else
  char *d = malloc(strlen(s));
#endif
  strcpy(d, s);  // BUG
  return d;
}

int main(void) {
  char *d = dup("memory");
  printf("%s\n", d);
  free(d);
  return 0;
}
