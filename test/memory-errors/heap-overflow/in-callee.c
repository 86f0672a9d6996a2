// EXPECT: heap-buffer-overflow write
// The overflow happens two calls below the allocation; the report names the callee's line.
#include <stdio.h>
#include <stdlib.h>

static void fill(char *dst, int n, char c) {
  for (int i = 0; i < n; i++) dst[i] = c;  // BUG
}

static char *make(int n) {
  char *s = malloc(n + 1);
#ifdef FIXED
  fill(s, n, 'x');
#else
  fill(s, n + 2, 'x');
#endif
  s[n] = '\0';
  return s;
}

int main(void) {
  char *s = make(9);
  printf("%s\n", s);
  free(s);
  return 0;
}
