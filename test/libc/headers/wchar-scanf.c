// SCRATCH
// The wide scanf family (swscanf, vswscanf, fwscanf, vfwscanf) in "C.UTF-8": numbers,
// %s/%c/%[ into char (converted to UTF-8) and with l into wchar_t, scansets and ranges over
// non-ASCII characters, literal wide characters, Unicode spaces, %n in wide characters,
// input and matching failures; fwscanf from a UTF-8 file (the character after a number is
// pushed back); narrow sscanf's %ls/%lc/%l[ (UTF-8 into wchar_t). Also wcsftime and
// wcstoimax/wcstoumax from <inttypes.h>.
#include <errno.h>
#include <inttypes.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

static void show_ws(const char *label, const wchar_t *ws) {
  printf("%s:", label);
  for (; *ws; ws++) printf(" %x", (unsigned)*ws);
  printf("\n");
}

static void show_s(const char *label, const char *s) {
  printf("%s:", label);
  for (; *s; s++) printf(" %02x", (unsigned char)*s);
  printf("\n");
}

static int vs(const wchar_t *in, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswscanf(in, fmt, ap);
  va_end(ap);
  return r;
}

int main(void) {
  if (!setlocale(LC_ALL, "C.UTF-8")) return 1;
  int a = 0, b = 0, n = 0;
  unsigned u = 0;
  long l = 0;
  long long ll = 0;
  float f = 0;
  double d = 0;
  char s[64];
  wchar_t ws[64];

  printf("1: %d", swscanf(L"  42 -0x1f 017 4294967295", L"%d %i %o %u", &a, &b, &n, &u));
  printf(" %d %d %d %u\n", a, b, n, u);
  printf("2: %d", swscanf(L"3.5e2 -0x1p-2 inf", L"%f %lf %ld", &f, &d, &l));
  printf(" %g %g %ld\n", f, d, l);
  printf("3: %d", swscanf(L"9223372036854775807 ff", L"%lld %x", &ll, &u));
  printf(" %lld %x\n", ll, u);

  memset(s, 'x', sizeof s);
  printf("4: %d\n", swscanf(L"\xe9t\xe9 \x20ac!", L"%s", s));
  show_s(" s", s);
  printf("5: %d\n", swscanf(L"\xe9t\xe9 \x20ac!", L"%ls", ws));
  show_ws(" ls", ws);
  wmemset(ws, L'#', 64);
  printf("6: %d\n", swscanf(L"\x3b1\x3b2\x3b3\x3b4", L"%3lc", ws));
  printf(" untouched %x\n", (unsigned)ws[3]);
  ws[3] = 0;
  show_ws(" lc", ws);
  memset(s, 0, sizeof s);
  printf("7: %d\n", swscanf(L"\x1f600z", L"%c", s));
  show_s(" c", s);

  /* scansets: a range over Greek letters, a negated set, ']' first */
  printf("8: %d\n", swscanf(L"\x3b1\x3b5\x3c9x", L"%l[\x3b1-\x3c9]", ws));
  show_ws(" set", ws);
  printf("9: %d\n", swscanf(L"ab\x20ac]cd", L"%l[^\x20ac]", ws));
  show_ws(" notset", ws);
  printf("10: %d\n", swscanf(L"]]a-b", L"%l[]a-]", ws));
  show_ws(" bracket", ws);
  printf("11: %d\n", swscanf(L"-z", L"%l[z-]", ws));
  show_ws(" dash", ws);

  /* literals, spaces (U+3000 ideographic space, U+2003 em space), %n */
  a = b = n = -1;
  printf("12: %d", swscanf(L"\x3000" L"7\x2192\x2003" L"8 end", L"%d\x2192%d end%n", &a, &b, &n));
  printf(" %d %d %d\n", a, b, n);
  a = -1;
  printf("13: %d %d\n", swscanf(L"7\x2190" L"8", L"%d\x2192%d", &a, &b), a);
  printf("14: %d\n", swscanf(L"", L"%d", &a));
  printf("15: %d\n", swscanf(L"   ", L" %ls", ws));
  printf("16: %d\n", swscanf(L"x", L"%d", &a));
  printf("17: %d", swscanf(L"5 6", L"%*d %d", &a));
  printf(" %d\n", a);
  printf("18: %d", swscanf(L"100%", L"%d%%", &a));
  printf(" %d\n", a);
  printf("19: %d", vs(L"12 \x4e2d\x6587", L"%d %ls", &a, ws));
  printf(" %d\n", a);
  show_ws(" v", ws);
  wmemset(ws, L'#', 64);
  printf("20: %d\n", swscanf(L"abcdef", L"%3ls", ws));
  show_ws(" width", ws);
  /* a number never takes a non-ASCII digit (U+0663 ARABIC-INDIC THREE) */
  a = -1;
  printf("21: %d %d\n", swscanf(L"\x663", L"%d", &a), a);

  /* narrow sscanf into wide strings: UTF-8 decoded */
  printf("22: %d\n", sscanf("\xc3\xa9t\xc3\xa9 x", "%ls", ws));
  show_ws(" narrow ls", ws);
  printf("23: %d\n", sscanf("\xe2\x82\xac", "%3lc", ws));
  printf(" narrow lc: %x\n", (unsigned)ws[0]);
  printf("24: %d\n", sscanf("abc\xc3\xa9!", "%l[a-z\xc3\xa9]", ws));
  show_ws(" narrow l[", ws);

  /* fwscanf from a UTF-8 file */
  FILE *fp = fopen("in.txt", "w");
  fputs("12\xc3\xa9t\xc3\xa9 \xe2\x82\xac" "5.25 tail\n", fp);
  fclose(fp);
  fp = fopen("in.txt", "r");
  a = 0;
  printf("25: %d", fwscanf(fp, L"%d%ls", &a, ws));
  printf(" %d\n", a);
  show_ws(" f", ws);
  printf("26: %d", fwscanf(fp, L" \x20ac%lf %s", &d, s));
  printf(" %g %s\n", d, s);
  printf("27: %d\n", fwscanf(fp, L"%d", &a));
  printf(" fwide %d\n", fwide(fp, 0) > 0);
  fclose(fp);

  /* wcsftime */
  struct tm tm = {.tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_hour = 13, .tm_min = 5,
                  .tm_sec = 9, .tm_wday = 4, .tm_yday = 59};
  wchar_t out[64];
  size_t k = wcsftime(out, 64, L"%Y-%m-%d %H:%M:%S \x2192 %A %j %%", &tm);
  printf("28: %zu\n", k);
  show_ws(" ftime", out);
  printf("29: %zu\n", wcsftime(out, 11, L"%Y-%m-%d", &tm));
  show_ws(" exact", out);
  printf("30: %zu\n", wcsftime(out, 10, L"%Y-%m-%d", &tm));
  printf("31: %zu\n", wcsftime(out, 64, L"", &tm));
  printf("32: %zu\n", wcsftime(out, 3, L"\x4e2d\x6587", &tm));
  show_ws(" cjk", out);

  /* wcstoimax, wcstoumax */
  wchar_t *end;
  errno = 0;
  intmax_t im = wcstoimax(L"  -9223372036854775808xyz", &end, 10);
  printf("33: %jd errno=%d rest=%ls\n", im, errno, end);
  errno = 0;
  im = wcstoimax(L"9223372036854775808", &end, 10);
  printf("34: %jd erange=%d\n", im, errno == ERANGE);
  errno = 0;
  uintmax_t um = wcstoumax(L"0xFFFFFFFFFFFFFFFF", &end, 0);
  printf("35: %ju errno=%d\n", um, errno);
  errno = 0;
  um = wcstoumax(L"18446744073709551616", &end, 10);
  printf("36: %ju erange=%d\n", um, errno == ERANGE);
  um = wcstoumax(L"zz", &end, 36);
  printf("37: %ju\n", um);
  um = wcstoumax(L"q", &end, 10);
  printf("38: %ju at start %d\n", um, *end == L'q');
  return 0;
}
