// EXPECT: invalid-free
// A length-prefixed string is freed through its data pointer, not its header.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *pstr_new(const char *s) {
  size_t n = strlen(s);
  char *block = malloc(sizeof(int) + n + 1);
  *(int *)block = (int)n;
  memcpy(block + sizeof(int), s, n + 1);
  return block + sizeof(int);
}

static void pstr_free(char *p) {
#ifdef FIXED
  free(p - sizeof(int));
#else
  free(p);  // BUG
#endif
}

int main(void) {
  char *p = pstr_new("prefixed");
  printf("%d %s\n", *(int *)(p - sizeof(int)), p);
  pstr_free(p);
  return 0;
}
