// EXPECT: stack-buffer-overflow write
// A tokenizer copies identifiers into a fixed token buffer; the length check is off by one.
#include <ctype.h>
#include <stdio.h>

#define TOKMAX 8

static const char *next_token(const char *s, char tok[TOKMAX]) {
  while (*s == ' ') s++;
  int n = 0;
  while (isalnum((unsigned char)*s)) {
#ifdef FIXED
    if (n < TOKMAX - 1) tok[n++] = *s;
#else
    if (n < TOKMAX) tok[n++] = *s;
#endif
    s++;
  }
  tok[n] = '\0';  // BUG
  return s;
}

int main(void) {
  char tok[TOKMAX];
  const char *src = "let counter1 = value";
  while (*src) {
    src = next_token(src, tok);
    if (tok[0]) printf("[%s]\n", tok);
    if (*src && !isalnum((unsigned char)*src) && *src != ' ') src++;
  }
  return 0;
}
