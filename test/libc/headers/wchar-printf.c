// swprintf/vswprintf (the wide printf family on strings) and %lc/%ls in narrow snprintf, in
// the "C" locale and in "C.UTF-8": widths and precisions in characters or bytes, encoding
// errors (-1), truncation (-1 from swprintf), n == 0.
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

static void dump(const char *what, const wchar_t *w, int r) {
  printf("%s r=%d [", what, r);
  if (r >= 0)
    for (int i = 0; w[i]; i++)
      printf((unsigned)w[i] < 128 && w[i] >= 32 ? "%c" : "<%x>", (unsigned)w[i]);
  printf("]\n");
}

static int my_vswprintf(wchar_t *s, size_t n, const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswprintf(s, n, fmt, ap);
  va_end(ap);
  return r;
}

static void run(void) {
  wchar_t b[64];
  int r;
  r = swprintf(b, 64, L"%d|%5ls|%-4lc|%.2ls|%%", 42, L"\xe9t\xe9", 0x20ac, L"\xe9\xe9\xe9");
  dump("wide args", b, r);
  r = swprintf(b, 64, L"%5.1f|%-6x|%+d|%05d|%e|%s", 3.14159, 255u, 7, -42, 1e10, "ascii");
  dump("numbers", b, r);
  r = swprintf(b, 64, L"\xe9\x20ac%d\x1f600", 5); /* non-ASCII literal text */
  dump("literal", b, r);
  r = swprintf(b, 64, L"[%-8s][%8.3s][%c%c]", "left", "truncated", 'o', 'k');
  dump("narrow args", b, r);
  r = swprintf(b, 64, L"%ls|%.3ls|%ls", L"", L"ab", L"\x10000\xfffd");
  dump("wide strings", b, r);
  r = my_vswprintf(b, 64, L"%s-%d-%lc", "v", 9, L'w');
  dump("vswprintf", b, r);

  /* truncation: n counts wide characters, the null included */
  wmemset(b, L'#', 64);
  r = swprintf(b, 4, L"abcdef");
  printf("trunc r=%d first=%x %x %x\n", r, (unsigned)b[0], (unsigned)b[1], (unsigned)b[2]);
  wmemset(b, L'#', 64);
  r = swprintf(b, 4, L"abc");
  printf("fit r=%d %x %x %x %x\n", r, (unsigned)b[0], (unsigned)b[1], (unsigned)b[2],
         (unsigned)b[3]);
  wmemset(b, L'#', 64);
  r = swprintf(b, 4, L"%d", 12345);
  printf("trunc num r=%d\n", r);
  r = swprintf(b, 0, L"abc");
  printf("n=0 r=%d untouched=%d\n", r, b[0] == L'1');
  r = swprintf(b, 1, L"");
  printf("n=1 empty r=%d b0=%x\n", r, (unsigned)b[0]);

  /* encoding errors: a narrow %s the locale cannot decode */
  r = swprintf(b, 64, L"%s", "ab\xc3\xa9");
  dump("narrow utf-8 %s", b, r);
  r = swprintf(b, 64, L"%s", "ab\xc3");
  printf("cut utf-8 %%s r=%d\n", r);
  r = swprintf(b, 64, L"%5.3s|", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9");
  dump("precision in characters", b, r);

  /* narrow printf: %lc and %ls encode in the locale; widths and precisions in bytes */
  char nb[64];
  errno = 0;
  r = snprintf(nb, sizeof nb, "%ls|%lc|%5ls|%.3ls|%-3lc|", L"a\xe9", 0xe9, L"\xe9", L"\xe9\xe9",
               L'x');
  printf("narrow r=%d errno=%d [%s]\n", r, errno == EILSEQ, r >= 0 ? nb : "");
  errno = 0;
  r = snprintf(nb, sizeof nb, "%ls|%.2ls|%lc", L"plain", L"abc", L'z');
  printf("narrow ascii r=%d errno=%d [%s]\n", r, errno, nb);
  errno = 0;
  r = snprintf(nb, sizeof nb, "%lc|", 0xd800);
  printf("narrow surrogate r=%d errno=%d\n", r, errno == EILSEQ);
  errno = 0;
  r = snprintf(nb, sizeof nb, "%ls|", L"\x20ac");
  printf("narrow euro r=%d errno=%d\n", r, errno == EILSEQ);
  r = snprintf(nb, sizeof nb, "[%.5ls][%8ls]", (wchar_t *)NULL, (wchar_t *)NULL);
  printf("narrow null r=%d [%s]\n", r, nb);
  r = snprintf(nb, sizeof nb, "%lc", 0);
  printf("narrow %%lc of 0: r=%d byte=%d\n", r, nb[0]);
}

int main(void) {
  printf("== C\n");
  run();
  if (!setlocale(LC_ALL, "C.UTF-8")) return 1;
  printf("== C.UTF-8\n");
  run();
  return 0;
}
