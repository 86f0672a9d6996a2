// string.h: every function, on edge cases (empty strings, NUL padding, overlaps, bytes above
// 127, needles longer than the haystack); results printed as offsets and signs, never as
// addresses. Output compared with a native build.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

/* Offset of p in base, or -1 for NULL. */
static long off(const void *p, const void *base) {
  return p ? (long)((const char *)p - (const char *)base) : -1L;
}

/* Fills an array without a terminating NUL, opaquely (so that the compiler cannot fold the
 * calls that read it as calls on a constant string). */
static void fill(char *d, const char *s, int n) {
  for (volatile int i = 0; i < n; i++) d[i] = s[i];
}

static void dump(const char *label, const unsigned char *b, size_t n) {
  printf("%s:", label);
  for (size_t i = 0; i < n; i++) printf(" %02x", b[i]);
  printf("\n");
}

static void test_mem(void) {
  unsigned char a[32], b[32];
  for (int i = 0; i < 32; i++) a[i] = (unsigned char)(i * 37 + 1);
  printf("memcpy ret ok %d\n", memcpy(b, a, 32) == b);
  printf("memcmp equal %d\n", memcmp(a, b, 32));
  b[31] = 0x80;
  a[31] = 0x7f;
  printf("memcmp high byte sign %d\n", sign(memcmp(a, b, 32)));
  printf("memcmp reverse sign %d\n", sign(memcmp(b, a, 32)));
  printf("memcmp n=0 %d\n", memcmp(a, b + 5, 0));
  printf("memcmp first 31 %d\n", memcmp(a, b, 31));

  /* memset: value converted to unsigned char, return value, n = 0 */
  memset(a, 0, sizeof a);
  printf("memset ret ok %d\n", memset(a + 3, 0x1ff, 5) == a + 3);
  dump("memset", a, 10);
  memset(a, -1, (0));
  printf("memset n=0 a0=%d\n", a[0]);

  /* memmove: overlap in both directions, and complete overlap */
  char s[] = "0123456789abcdef";
  printf("memmove fwd ret %ld\n", off(memmove(s + 2, s, 10), s));
  printf("  %s\n", s);
  strcpy(s, "0123456789abcdef");
  memmove(s, s + 3, 10);
  printf("memmove back %s\n", s);
  strcpy(s, "0123456789abcdef");
  memmove(s + 1, s + 1, 8);
  memmove(s, s + 1, 0);
  printf("memmove self/0 %s\n", s);
  strcpy(s, "0123456789abcdef");
  memmove(s + 1, s, 15);
  printf("memmove by one %s\n", s + 1);

  /* memchr: the value is converted to unsigned char; stops at n; finds bytes past a NUL */
  const char m[] = "ab\0cd\xff" "a";
  printf("memchr a %ld\n", off(memchr(m, 'a', sizeof m), m));
  printf("memchr NUL %ld\n", off(memchr(m, 0, sizeof m), m));
  printf("memchr d past NUL %ld\n", off(memchr(m, 'd', sizeof m), m));
  printf("memchr 0xff as -1 %ld\n", off(memchr(m, -1, sizeof m), m));
  printf("memchr 0x1ff %ld\n", off(memchr(m, 0x1ff, sizeof m), m));
  printf("memchr limited %ld\n", off(memchr(m, 'd', 4), m));
  printf("memchr n=0 %ld\n", off(memchr(m, 'a', 0), m));
  printf("memrchr a %ld\n", off(memrchr(m, 'a', sizeof m), m));
  printf("memrchr a in 6 %ld\n", off(memrchr(m, 'a', 6), m));
  printf("memrchr NUL %ld\n", off(memrchr(m, 0, sizeof m), m));
  printf("memrchr missing %ld\n", off(memrchr(m, 'z', sizeof m), m));
  printf("memrchr n=0 %ld\n", off(memrchr(m, 'a', 0), m));

  /* memccpy: stops after the byte, returns the byte after it in dst, or NULL */
  char d[16];
  memset(d, '.', sizeof d);
  char *r = memccpy(d, "hello, world", ',', sizeof d);
  printf("memccpy , -> %ld [%.*s]\n", off(r, d), 8, d);
  memset(d, '.', sizeof d);
  r = memccpy(d, "hello", 'z', 5);
  printf("memccpy missing -> %ld [%.*s]\n", off(r, d), 7, d);
  r = memccpy(d, "abc", 'a', 1);
  printf("memccpy first byte -> %ld\n", off(r, d));
}

static void test_copy(void) {
  char d[16];
  /* strncpy pads with NULs up to n, does not terminate when src is long */
  memset(d, 'x', sizeof d);
  printf("strncpy ret ok %d\n", strncpy(d, "abc", 8) == d);
  dump("strncpy pad", (unsigned char *)d, 10);
  memset(d, 'x', sizeof d);
  strncpy(d, "abcdefgh", 4);
  dump("strncpy trunc", (unsigned char *)d, 6);
  memset(d, 'x', sizeof d);
  strncpy(d, "", 3);
  dump("strncpy empty", (unsigned char *)d, 4);
  strncpy(d, "zzz", 0);
  dump("strncpy n=0", (unsigned char *)d, 4);
  memset(d, 'x', sizeof d);
  strncpy(d, "abc", 3);
  dump("strncpy exact", (unsigned char *)d, 4);

  memset(d, 'x', sizeof d);
  printf("strcpy ret ok %d\n", strcpy(d, "hi") == d);
  dump("strcpy", (unsigned char *)d, 4);
  strcpy(d, "");
  printf("strcpy empty len %zu\n", strlen(d));

  char *e = stpcpy(d, "abc");
  printf("stpcpy end %ld\n", off(e, d));
  e = stpcpy(e, "de");
  printf("stpcpy chain %s end %ld\n", d, off(e, d));
  memset(d, 'x', sizeof d);
  e = stpncpy(d, "ab", 5);
  printf("stpncpy short end %ld\n", off(e, d));
  dump("stpncpy", (unsigned char *)d, 6);
  e = stpncpy(d, "abcdef", 3);
  printf("stpncpy long end %ld\n", off(e, d));

  /* strcat / strncat */
  strcpy(d, "ab");
  printf("strcat ret ok %d\n", strcat(d, "cd") == d);
  strcat(d, "");
  printf("strcat %s\n", d);
  memset(d, 'x', sizeof d);
  strcpy(d, "ab");
  strncat(d, "cdefgh", 3);
  dump("strncat 3", (unsigned char *)d, 8);
  strncat(d, "XY", 10);
  printf("strncat longer n %s\n", d);
  strncat(d, "Q", 0);
  printf("strncat n=0 %s\n", d);
  /* strncat reads at most n bytes of src: src need not be terminated */
  char unterminated[3];
  fill(unterminated, "123", 3);
  strcpy(d, "");
  strncat(d, unterminated, 3);
  printf("strncat unterminated %s\n", d);
}

static void test_compare(void) {
  const char *words[] = {"", "a", "ab", "abc", "abd", "b", "\x80", "\x7f", "A", "ab\x80"};
  int n = sizeof words / sizeof *words;
  printf("strcmp matrix:\n");
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) printf("%c", "-0+"[sign(strcmp(words[i], words[j])) + 1]);
    printf("\n");
  }
  printf("strncmp:");
  for (int k = 0; k <= 4; k++) printf(" %d", sign(strncmp("abcd", "abce", k)));
  printf(" | %d %d %d\n", sign(strncmp("ab", "abc", 2)), sign(strncmp("ab", "abc", 3)),
         sign(strncmp("a\x80", "a\x01", 5)));
  printf("strncmp stops at NUL %d\n", strncmp("ab\0x", "ab\0y", 4));
  printf("strcoll %d %d %d\n", sign(strcoll("abc", "abd")), sign(strcoll("b", "a")),
         strcoll("same", "same"));

  /* strxfrm: in the C locale, a copy; its result is the length needed */
  char buf[8];
  memset(buf, 'x', sizeof buf);
  size_t r = strxfrm(buf, "hello", sizeof buf);
  printf("strxfrm %zu [%s]\n", r, buf);
  r = strxfrm(NULL, "hello world", 0);
  printf("strxfrm n=0 %zu\n", r);
  memset(buf, 'x', sizeof buf);
  r = strxfrm(buf, "truncated!", 4);
  printf("strxfrm short %zu (>= n: contents unspecified)\n", r);
  char x1[16], x2[16];
  strxfrm(x1, "apple", sizeof x1);
  strxfrm(x2, "apricot", sizeof x2);
  printf("strxfrm order %d\n", sign(strcmp(x1, x2)));
}

static void test_search(void) {
  const char *s = "hello, world";
  printf("strlen %zu %zu %zu\n", strlen(s), strlen(""), strlen("a\0b"));
  printf("strnlen %zu %zu %zu %zu\n", strnlen(s, 5), strnlen(s, 100), strnlen("", 3),
         strnlen(s, 0));
  char unterminated[4];
  fill(unterminated, "abcd", 4);
  printf("strnlen unterminated %zu\n", strnlen(unterminated, 4));

  printf("strchr o %ld, NUL %ld, z %ld, 'o'+256 %ld\n", off(strchr(s, 'o'), s),
         off(strchr(s, 0), s), off(strchr(s, 'z'), s), off(strchr(s, 'o' + 256), s));
  printf("strrchr o %ld, NUL %ld, z %ld, h %ld\n", off(strrchr(s, 'o'), s),
         off(strrchr(s, 0), s), off(strrchr(s, 'z'), s), off(strrchr(s, 'h'), s));
  const char hi[] = "a\xe9" "b\xe9";
  printf("strchr/strrchr high byte %ld %ld\n", off(strchr(hi, 0xe9), hi),
         off(strrchr(hi, (char)0xe9), hi));

  printf("strspn %zu %zu %zu %zu %zu\n", strspn(s, "leh"), strspn(s, ""), strspn("", "abc"),
         strspn(s, "abcdefghijklmnopqrstuvwxyz, "), strspn("aaa", "a"));
  printf("strcspn %zu %zu %zu %zu %zu\n", strcspn(s, ","), strcspn(s, ""), strcspn("", "a"),
         strcspn(s, "dw"), strcspn(s, "h"));
  printf("strpbrk %ld %ld %ld %ld\n", off(strpbrk(s, "wo"), s), off(strpbrk(s, "xyz"), s),
         off(strpbrk(s, ""), s), off(strpbrk(s + 12, "a"), s));

  const char *h = "abababcabc";
  const char e[1] = "", ab[] = "ab";
  printf("strstr abc %ld, empty %ld, in empty %ld, empty/empty %ld\n", off(strstr(h, "abc"), h),
         off(strstr(h, ""), h), off(strstr(e, "a"), e), off(strstr(e, ""), e));
  printf("strstr longer %ld, whole %ld, tail %ld, miss %ld\n", off(strstr(ab, "abc"), ab),
         off(strstr(h, h), h), off(strstr(h, "cabc"), h), off(strstr(h, "abcd"), h));
  const char *aa = "aaab";
  printf("strstr overlap %ld, single %ld, last %ld\n", off(strstr(aa, "aab"), aa),
         off(strstr(aa, "b"), aa), off(strstr(aa, "ab"), aa));
}

static void test_tok(void) {
  char s[] = "  one,two;;three  ,";
  printf("strtok:");
  for (char *t = strtok(s, " ,;"); t; t = strtok(NULL, " ,;")) printf(" [%s]", t);
  printf("\n");
  printf("strtok after end %d\n", strtok(NULL, " ") == NULL);
  char only[] = ";;;";
  printf("strtok only delims %d\n", strtok(only, ";") == NULL);
  char empty[] = "";
  printf("strtok empty %d\n", strtok(empty, ";") == NULL);
  char nodelim[] = "abc";
  char *t = strtok(nodelim, "");
  printf("strtok empty delim set [%s] then %d\n", t, strtok(NULL, "") == NULL);
  /* the delimiter set may change between calls */
  char s2[] = "a=1&b=2";
  char *k1 = strtok(s2, "=");
  char *v1 = strtok(NULL, "&");
  char *k2 = strtok(NULL, "=");
  char *v2 = strtok(NULL, "&");
  printf("strtok changing delims %s %s %s %s\n", k1, v1, k2, v2);
  /* the token's terminator overwrote exactly one delimiter */
  char s3[] = "x,,y";
  strtok(s3, ",");
  printf("strtok wrote: %d %d %d\n", s3[1], s3[2], s3[3]);

  char s4[] = "p q  r";
  char *save = NULL;
  printf("strtok_r:");
  for (char *u = strtok_r(s4, " ", &save); u; u = strtok_r(NULL, " ", &save)) printf(" [%s]", u);
  printf("\n");
  /* two interleaved strtok_r scans */
  char a[] = "1 2 3", b[] = "x,y";
  char *sa, *sb;
  char *t1 = strtok_r(a, " ", &sa), *t2 = strtok_r(b, ",", &sb);
  char *t3 = strtok_r(NULL, " ", &sa), *t4 = strtok_r(NULL, ",", &sb);
  char *t5 = strtok_r(NULL, " ", &sa), *t6 = strtok_r(NULL, ",", &sb);
  printf("interleaved %s %s %s %s %s %d\n", t1, t2, t3, t4, t5, t6 == NULL);
}

static void test_dup(void) {
  char *d = strdup("copy me");
  printf("strdup [%s] %zu\n", d, strlen(d));
  d[0] = 'C';
  free(d);
  d = strdup("");
  printf("strdup empty %zu\n", strlen(d));
  free(d);
  d = strndup("abcdef", 3);
  printf("strndup 3 [%s]\n", d);
  free(d);
  d = strndup("ab", 10);
  printf("strndup 10 [%s]\n", d);
  free(d);
  d = strndup("abc", 0);
  printf("strndup 0 [%s]\n", d);
  free(d);
  char unterminated[3];
  fill(unterminated, "xyz", 3);
  d = strndup(unterminated, 3);
  printf("strndup unterminated [%s]\n", d);
  free(d);
}

static void test_strerror(void) {
  int codes[] = {0, EDOM, ERANGE, EINVAL, ENOMEM, ENOENT, EILSEQ, 12345, -1};
  int saved = errno = 77;
  for (unsigned i = 0; i < sizeof codes / sizeof *codes; i++) {
    char *m = strerror(codes[i]);
    printf("strerror(%d) %s", codes[i], m && *m ? "non-empty" : "EMPTY");
    printf("\n");
  }
  printf("errno unchanged %d\n", errno == saved);
  printf("strerror distinct %d\n", strcmp(strerror(EDOM), strerror(ERANGE)) != 0);
}

/* A heap copy of exactly n bytes (no room after it: the engine traps on any read past the
 * end, so these calls check that the functions read no further than they may). */
static char *exact(const char *s, size_t n) {
  char *p = malloc(n ? n : 1);
  memcpy(p, s, n);
  return p;
}

static void test_bounds(void) {
  char *s = exact("abc", 4), *u = exact("abcd", 4); /* u: not terminated */
  char *e = exact("", 1);
  printf("bounds: strlen %zu, strchr NUL %ld, strrchr c %ld, strnlen %zu\n", strlen(s),
         off(strchr(s, 0), s), off(strrchr(s, 'c'), s), strnlen(u, 4));
  printf("bounds: memchr %ld %ld, memrchr %ld, memcmp %d, strncmp %d %d\n",
         off(memchr(u, 'd', 4), u), off(memchr(u, 'z', 4), u), off(memrchr(u, 'a', 4), u),
         sign(memcmp(u, "abcd", 4)), sign(strncmp(u, "abcz", 4)), strncmp(u, "abcd", 4));
  printf("bounds: strstr end %ld, miss %ld, longer %ld, strspn %zu strcspn %zu strpbrk %ld\n",
         off(strstr(s, "bc"), s), off(strstr(s, "bd"), s), off(strstr(s, "abcd"), s),
         strspn(s, "abc"), strcspn(s, "xyz"), off(strpbrk(s, "c"), s));
  printf("bounds: strcmp %d %d, strcoll %d, strncmp prefix %d\n", sign(strcmp(s, "abc")),
         sign(strcmp(s, "ab")), strcoll(s, "abc"), strncmp(u, s, 3));
  char *d = malloc(4);
  strncpy(d, u, 4);
  printf("bounds: strncpy %.4s", d);
  memset(d, 0, 4);
  strncat(d, u, 3);
  printf(", strncat %s", d);
  strcpy(d, s);
  printf(", strcpy %s", d);
  memccpy(d, u, 'z', 4);
  printf(", memccpy %.4s", d);
  char *t = strndup(u, 4);
  printf(", strndup %s", t);
  free(t);
  t = strdup(e);
  printf(", strdup empty %zu", strlen(t));
  free(t);
  printf(", strxfrm %zu\n", strxfrm(d, s, 4));
  char *tok = exact("a,b", 4);
  char *first = strtok(tok, ","), *second = strtok(NULL, ",");
  printf("bounds: strtok %s %s %d\n", first, second, strtok(NULL, ",") == NULL);
  free(tok);
  free(d);
  free(s);
  free(u);
  free(e);
}

int main(void) {
  test_bounds();
  test_mem();
  test_copy();
  test_compare();
  test_search();
  test_tok();
  test_dup();
  test_strerror();
  return 0;
}
