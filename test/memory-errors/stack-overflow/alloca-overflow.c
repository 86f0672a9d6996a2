// EXPECT: stack-buffer-overflow write
// A buffer from __builtin_alloca is one byte short for the terminator.
#include <stdio.h>
#include <string.h>

static void shout(const char *w) {
  size_t n = strlen(w);
#ifdef FIXED
  char *b = __builtin_alloca(n + 1);
#else
  char *b = __builtin_alloca(n);
#endif
  for (size_t i = 0; i < n; i++) b[i] = (char)(w[i] - 32);
  b[n] = '\0';  // BUG
  printf("%s!\n", b);
}

int main(void) {
  shout("hello");
  return 0;
}
