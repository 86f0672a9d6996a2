// EXPECT: use-after-return read
// A parser state keeps a pointer to a token buffer local to the function that filled it.
#include <stdio.h>
#include <string.h>

struct parser { const char *tok; int len; };

static void next_token(struct parser *p, const char *src) {
#ifdef FIXED
  static char buf[32];
#else
  char buf[32];
#endif
  int n = 0;
  while (src[n] && src[n] != ' ' && n < 31) { buf[n] = src[n]; n++; }
  buf[n] = '\0';
  p->tok = buf;
  p->len = n;
}

int main(void) {
  struct parser p;
  next_token(&p, "hello world");
  printf("%d %s\n", p.len, p.tok);  // BUG
  return 0;
}
