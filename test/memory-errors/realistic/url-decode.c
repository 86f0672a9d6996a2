// EXPECT: heap-buffer-overflow read
// A %XX decoder that reads two hex digits after a trailing '%' at the end of the input.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int hexval(char c) { return isdigit((unsigned char)c) ? c - '0' : (tolower((unsigned char)c) - 'a' + 10); }

static char *decode(const char *in, size_t n) {
  char *out = malloc(n + 1);
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
#ifdef FIXED
    if (in[i] == '%' && i + 2 < n) {
#else
    if (in[i] == '%') {
#endif
      out[j++] = (char)(hexval(in[i + 1]) * 16 + hexval(in[i + 2]));  // BUG
      i += 2;
    } else {
      out[j++] = in[i] == '+' ? ' ' : in[i];
    }
  }
  out[j] = '\0';
  return out;
}

int main(void) {
  const char *q = "a%20b+c%";
  size_t n = strlen(q);
  char *copy = malloc(n);
  memcpy(copy, q, n);
  char *d = decode(copy, n);
  printf("[%s]\n", d);
  free(d);
  free(copy);
  return 0;
}
