// Wide-string functions of <wchar.h>: copies, comparisons, searches, wcstok, wcsto*.
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static int sign(int x) { return (x > 0) - (x < 0); }

static void show(const char *what, const wchar_t *s) {
  printf("%s [", what);
  for (; *s; s++) printf((unsigned)*s < 128 && *s >= 32 ? "%c" : "<%x>", (unsigned)*s);
  printf("]\n");
}

static void test_copy(void) {
  wchar_t buf[16];
  wchar_t *r = wcscpy(buf, L"hello");
  printf("wcscpy ret=%d len=%u\n", r == buf, (unsigned)wcslen(buf));
  wcscat(buf, L" world");
  show("wcscat", buf);
  wcsncat(buf, L"!!!xyz", 3);
  show("wcsncat", buf);
  printf("wcslen=%u wcslen(empty)=%u\n", (unsigned)wcslen(buf), (unsigned)wcslen(L""));
  printf("wcsnlen %u %u %u\n", (unsigned)wcsnlen(buf, 5), (unsigned)wcsnlen(buf, 100),
         (unsigned)wcsnlen(buf, 0));

  wchar_t pad[8];
  wmemset(pad, L'#', 8);
  wcsncpy(pad, L"ab", 6);
  printf("wcsncpy pad:");
  for (int i = 0; i < 8; i++) printf(" %x", (unsigned)pad[i]);
  printf("\n");
  wmemset(pad, L'#', 8);
  wcsncpy(pad, L"abcdefgh", 3); /* no terminator when src is longer */
  printf("wcsncpy trunc: %x %x %x %x\n", (unsigned)pad[0], (unsigned)pad[1], (unsigned)pad[2],
         (unsigned)pad[3]);

  wchar_t m[10] = L"0123456789";
  wmemmove(m + 2, m, 5);
  printf("wmemmove up:");
  for (int i = 0; i < 10; i++) printf("%c", (char)m[i]);
  wmemmove(m, m + 3, 5);
  printf(" down:");
  for (int i = 0; i < 10; i++) printf("%c", (char)m[i]);
  printf("\n");
  wchar_t c[4];
  printf("wmemcpy ret=%d", wmemcpy(c, L"xyz", 4) == c);
  show("", c);
  printf("wmemcpy n=0 ret=%d\n", wmemcpy(c, L"q", 0) == c && c[0] == L'x');
  printf("wmemset n=0 ret=%d\n", wmemset(c, L'q', 0) == c && c[0] == L'x');

  wchar_t *d = wcsdup(L"dup\x20ac");
  show("wcsdup", d);
  free(d);
}

static void test_compare(void) {
  printf("wcscmp %d %d %d %d %d\n", sign(wcscmp(L"abc", L"abc")), sign(wcscmp(L"abc", L"abd")),
         sign(wcscmp(L"abd", L"abc")), sign(wcscmp(L"ab", L"abc")),
         sign(wcscmp(L"", L"")));
  /* wide characters compare by value, past 0x7f and 0xffff too */
  printf("wcscmp high %d %d\n", sign(wcscmp(L"\xe9", L"z")),
         sign(wcscmp(L"\x1f600", L"\xffff")));
  printf("wcsncmp %d %d %d %d\n", sign(wcsncmp(L"abcX", L"abcY", 3)),
         sign(wcsncmp(L"abcX", L"abcY", 4)), sign(wcsncmp(L"a", L"b", 0)),
         sign(wcsncmp(L"ab", L"ab", 10)));
  printf("wcscoll %d %d\n", sign(wcscoll(L"apple", L"banana")), sign(wcscoll(L"b", L"a")));
  wchar_t x[8];
  size_t n = wcsxfrm(x, L"key", 8);
  printf("wcsxfrm %u %d\n", (unsigned)n, wcscmp(x, L"key") == 0);
  printf("wcsxfrm small %u\n", (unsigned)wcsxfrm(x, L"longer key", 4));
  printf("wcsxfrm null %u\n", (unsigned)wcsxfrm(NULL, L"abc", 0));
  printf("wmemcmp %d %d %d\n", sign(wmemcmp(L"abc", L"abd", 3)), sign(wmemcmp(L"abc", L"abd", 2)),
         sign(wmemcmp(L"\x100", L"\xff", 1)));
  printf("wcscasecmp %d %d %d\n", sign(wcscasecmp(L"HeLLo", L"hello")),
         sign(wcscasecmp(L"abc", L"ABD")), sign(wcsncasecmp(L"abcX", L"ABCy", 3)));
}

static void test_search(void) {
  const wchar_t *s = L"hello, wide world";
  printf("wcschr %d %d %d\n", (int)(wcschr(s, L'o') - s), wcschr(s, L'z') == NULL,
         (int)(wcschr(s, 0) - s));
  printf("wcsrchr %d %d\n", (int)(wcsrchr(s, L'o') - s), wcsrchr(s, L'q') == NULL);
  printf("wcsstr %d %d %d %d\n", (int)(wcsstr(s, L"wide") - s), wcsstr(s, L"widest") == NULL,
         wcsstr(s, L"") == s, (int)(wcsstr(s, L"world") - s));
  printf("wcsspn %u %u\n", (unsigned)wcsspn(s, L"hel"), (unsigned)wcsspn(s, L"xyz"));
  printf("wcscspn %u %u\n", (unsigned)wcscspn(s, L",w"), (unsigned)wcscspn(s, L"XYZ"));
  printf("wcspbrk %d %d\n", (int)(wcspbrk(s, L"dw") - s), wcspbrk(s, L"QZ") == NULL);
  printf("wmemchr %d %d %d\n", (int)(wmemchr(s, L'w', 17) - s), wmemchr(s, L'w', 7) == NULL,
         wmemchr(s, L'h', 0) == NULL);

  wchar_t t[] = L"  one,two;;three  ";
  wchar_t *save = NULL;
  for (wchar_t *tok = wcstok(t, L" ,;", &save); tok; tok = wcstok(NULL, L" ,;", &save))
    show("token", tok);
  wchar_t e[] = L";;;";
  printf("wcstok all delims %d\n", wcstok(e, L";", &save) == NULL);
}

static void test_numbers(void) {
  wchar_t *end;
  const wchar_t *s = L"  \x3000-1234xyz"; /* U+3000 is not white space in the C locale */
  errno = 0;
  long v = wcstol(s, &end, 10);
  printf("wcstol ideographic space %ld end=%d errno=%d\n", v, (int)(end - s), errno);
  s = L" \t-1234xyz";
  v = wcstol(s, &end, 10);
  printf("wcstol %ld end=%d\n", v, (int)(end - s));
  s = L"0x1fG";
  printf("wcstol hex %ld", wcstol(s, &end, 0));
  printf(" end=%d\n", (int)(end - s));
  s = L"   +";
  v = wcstol(s, &end, 10);
  printf("wcstol none %ld end=%d\n", v, (int)(end - s));
  s = L"0x";
  v = wcstol(s, &end, 16);
  printf("wcstol 0x %ld end=%d\n", v, (int)(end - s));
  errno = 0;
  s = L"99999999999999999999";
  v = wcstol(s, &end, 10);
  printf("wcstol overflow %d errno=%d end=%d\n", v == LONG_MAX, errno == ERANGE, (int)(end - s));
  errno = 0;
  v = wcstol(L"-99999999999999999999", NULL, 10);
  printf("wcstol underflow %d errno=%d\n", v == LONG_MIN, errno == ERANGE);
  errno = 0;
  unsigned long u = wcstoul(L"4294967296", &end, 10);
  printf("wcstoul overflow %d errno=%d\n", u == ULONG_MAX, errno == ERANGE);
  printf("wcstoul neg %lu\n", wcstoul(L"-1", NULL, 10));
  errno = 0;
  long long ll = wcstoll(L"-9223372036854775808", &end, 10);
  printf("wcstoll min %d errno=%d\n", ll == LLONG_MIN, errno);
  printf("wcstoull %llu\n", wcstoull(L"18446744073709551615", NULL, 10));
  printf("wcstol base 36 %ld base 2 %ld\n", wcstol(L"zz", NULL, 36), wcstol(L"1012", NULL, 2));
  s = L"12\x00e9";
  printf("wcstol non-ascii stop %ld", wcstol(s, &end, 10));
  printf(" end=%d\n", (int)(end - s));

  s = L"  3.25e2\x20acrest";
  double d = wcstod(s, &end);
  printf("wcstod %g end=%d\n", d, (int)(end - s));
  s = L"-0x1.8p1";
  printf("wcstod hex %g", wcstod(s, &end));
  printf(" end=%d\n", (int)(end - s));
  s = L"infinity!";
  printf("wcstod inf %g", wcstod(s, &end));
  printf(" end=%d\n", (int)(end - s));
  s = L"nan(123)x";
  d = wcstod(s, &end);
  printf("wcstod nan %d end=%d\n", d != d, (int)(end - s));
  s = L".e5";
  d = wcstod(s, &end);
  printf("wcstod none %g end=%d\n", d, (int)(end - s));
  errno = 0;
  d = wcstod(L"1e999", NULL);
  printf("wcstod overflow %g errno=%d\n", d, errno == ERANGE);
  printf("wcstof %.9g wcstold %.9g\n", (double)wcstof(L"0.1", NULL), (double)wcstold(L"0.1", NULL));

  /* a number longer than any small buffer */
  wchar_t big[300];
  for (int i = 0; i < 290; i++) big[i] = L'0';
  big[290] = L'7';
  big[291] = L'.';
  big[292] = L'5';
  big[293] = 0;
  d = wcstod(big, &end);
  printf("wcstod long %g end=%d wcstol long %ld\n", d, (int)(end - big), wcstol(big, NULL, 10));

  /* in C.UTF-8, Unicode's spaces are white space for wcstol */
  if (setlocale(LC_ALL, "C.UTF-8")) {
    s = L"\x3000\x2003-42!";
    v = wcstol(s, &end, 10);
    printf("C.UTF-8 wcstol %ld end=%d\n", v, (int)(end - s));
    setlocale(LC_ALL, "C");
  }
}

int main(void) {
  test_copy();
  test_compare();
  test_search();
  test_numbers();
  return 0;
}
