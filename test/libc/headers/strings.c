// strings.h: strcasecmp and strncasecmp (C locale: only A-Z fold; bytes above 127 compare
// as unsigned char), ffs/ffsl/ffsll on every bit, bzero, bcopy (overlapping), bcmp, index and
// rindex. Output compared with a native build.
#define _DEFAULT_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
  const char *pairs[][2] = {
      {"", ""},         {"abc", "ABC"},  {"abc", "ABD"}, {"ABD", "abc"}, {"abc", "ab"},
      {"ab", "abc"},    {"[", "a"},      {"[", "A"},     {"_", "a"},     {"@", "`"},
      {"Z", "z"},       {"z", "["},      {"\xc9", "\xe9"}, {"a\x80", "A\x7f"}, {"MiXeD", "mixed"},
      {"a", ""},        {"", "a"},       {"{", "["},     {"hello", "HELLO world"},
  };
  int n = sizeof pairs / sizeof *pairs;
  for (int i = 0; i < n; i++) {
    printf("strcasecmp(\"%s\",\"%s\") %d;", pairs[i][0], pairs[i][1],
           sign(strcasecmp(pairs[i][0], pairs[i][1])));
    printf(" n:");
    for (size_t k = 0; k <= 6; k++) printf(" %d", sign(strncasecmp(pairs[i][0], pairs[i][1], k)));
    printf("\n");
  }
  /* the difference's sign over every pair of bytes 1..255 (one checksum per row) */
  unsigned long sum = 0;
  for (int a = 1; a < 256; a++) {
    for (int b = 1; b < 256; b++) {
      char x[2] = {(char)a, 0}, y[2] = {(char)b, 0};
      sum = sum * 3 + (unsigned)(sign(strcasecmp(x, y)) + 1);
      sum = sum * 3 + (unsigned)(sign(strncasecmp(x, y, 1)) + 1);
    }
  }
  printf("strcasecmp all byte pairs checksum %lu\n", sum);
  /* an exact-size heap copy without a NUL: reading past it would trap on the engine */
  char *u = malloc(4);
  memcpy(u, "aBcD", 4);
  printf("strncasecmp unterminated %d %d\n", strncasecmp(u, "ABCD", 4),
         sign(strncasecmp(u, "abce", 4)));
  free(u);
  printf("strncasecmp past NUL %d\n", strncasecmp("ab\0x", "AB\0y", 10));
  printf("strncasecmp n=SIZE_MAX %d\n", sign(strncasecmp("abc", "abd", (size_t)-1)));

  printf("ffs:");
  printf(" %d %d %d %d", ffs(0), ffs(1), ffs(-1), ffs(INT_MIN));
  for (int b = 0; b < 32; b++) printf(" %d", ffs((int)(1u << b | 1u << 31)));
  printf("\n");
  printf("ffsl %d %d %d\n", ffsl(0), ffsl(LONG_MIN), ffsl(0x100L));
  printf("ffsll %d %d %d %d\n", ffsll(0), ffsll(LLONG_MIN), ffsll(1LL << 40),
         ffsll(0x300000000LL));

  char buf[12] = "abcdefghijk";
  bzero(buf + 2, 3);
  printf("bzero:");
  for (int i = 0; i < 12; i++) printf(" %d", buf[i]);
  printf("\n");
  bzero(buf, (0));
  printf("bzero 0: %d\n", buf[0]);
  strcpy(buf, "0123456789");
  bcopy(buf, buf + 2, 5);
  printf("bcopy forward overlap %s\n", buf);
  strcpy(buf, "0123456789");
  bcopy(buf + 2, buf, 5);
  printf("bcopy backward overlap %s\n", buf);
  printf("bcmp %d %d %d\n", bcmp("abc", "abc", 3) != 0, bcmp("abc", "abd", 3) != 0,
         bcmp("abc", "xyz", 0) != 0);
  const char *s = "hello";
  printf("index %ld %d %ld\n", (long)(index(s, 'l') - s), index(s, 'z') == NULL,
         (long)(index(s, 0) - s));
  printf("rindex %ld %d\n", (long)(rindex(s, 'l') - s), rindex(s, 'z') == NULL);
  return 0;
}
