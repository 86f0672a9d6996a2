// Multibyte <-> wide conversions (<wchar.h>, <stdlib.h>, <uchar.h>) in the "C" locale
// (ASCII: bytes >= 0x80 are errors, as in glibc) and in "C.UTF-8": valid, invalid
// (EILSEQ, (size_t)-1) and incomplete ((size_t)-2) sequences, surrogates, restarts, n == 0.
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

static void one(const char *s, size_t n) {
  mbstate_t st;
  memset(&st, 0, sizeof st);
  wchar_t w = 0x1234;
  errno = 0;
  size_t r = mbrtowc(&w, s, n, &st);
  printf("  mbrtowc n=%u r=%d w=%x errno=%d init=%d\n", (unsigned)n, (int)r, (unsigned)w,
         errno == EILSEQ, mbsinit(&st) != 0);
}

static void enc(wchar_t wc) {
  char b[8];
  mbstate_t st = {0};
  errno = 0;
  size_t r = wcrtomb(b, wc, &st);
  printf("  wcrtomb %x r=%d errno=%d", (unsigned)wc, (int)r, errno == EILSEQ);
  for (size_t i = 0; r != (size_t)-1 && i < r; i++) printf(" %02x", (unsigned char)b[i]);
  printf("\n");
}

static void run(void) {
  printf("MB_CUR_MAX>1: %d\n", MB_CUR_MAX > 1);
  one("A", 1);
  one("", 1);
  one("A", 0);
  one("\xc3\xa9", 2);     /* e acute */
  one("\xc3\xa9", 1);     /* cut */
  one("\xe2\x82\xac", 3); /* euro */
  one("\xe2\x82", 2);
  one("\xf0\x9f\x98\x80", 4); /* U+1F600 */
  one("\xf0\x9f\x98", 3);
  one("\x80", 1);         /* lone continuation */
  one("\xc0\x80", 2);     /* overlong NUL */
  one("\xc1\xbf", 2);     /* overlong */
  one("\xe0\x80\x80", 3); /* overlong */
  one("\xed\xa0\x80", 3); /* surrogate U+D800 */
  one("\xed\xbf\xbf", 3); /* surrogate U+DFFF */
  one("\xee\x80\x80", 3); /* U+E000 */
  one("\xef\xbf\xbf", 3); /* U+FFFF */
  one("\xf4\x8f\xbf\xbf", 4); /* U+10FFFF */
  one("\xe2\x41", 2);     /* bad continuation */
  one("\xff", 1);
  one("\xfe", 1);

  enc(L'a');
  enc(0);
  enc(0xe9);
  enc(0x7ff);
  enc(0x800);
  enc(0x20ac);
  enc(0xd7ff);
  enc(0xd800);
  enc(0xdfff);
  enc(0xfffd);
  enc(0x10000);
  enc(0x10ffff);
  enc((wchar_t)-1);

  /* restarting over pieces */
  mbstate_t st = {0};
  wchar_t w = 0;
  size_t a = mbrtowc(&w, "\xf0", 1, &st);
  int mid = mbsinit(&st);
  size_t b = mbrtowc(&w, "\x9f\x98", 2, &st);
  size_t c = mbrtowc(&w, "\x80zz", 3, &st);
  printf("pieces %d %d %d w=%x mid_init=%d end_init=%d\n", (int)a, (int)b, (int)c, (unsigned)w,
         mid != 0, mbsinit(&st) != 0);
  memset(&st, 0, sizeof st);
  a = mbrtowc(&w, "\xc3", 1, &st);
  errno = 0;
  b = mbrtowc(&w, "A", 1, &st);
  printf("pieces bad %d %d errno=%d\n", (int)a, (int)b, errno == EILSEQ); /* state: unspecified */
  memset(&st, 0, sizeof st);
  a = mbrlen("\xe2\x82", 2, &st);
  b = mbrlen("\xac", 1, &st);
  printf("mbrlen pieces %d %d\n", (int)a, (int)b);
  memset(&st, 0, sizeof st);
  printf("mbrtowc(NULL,NULL,0) initial %d\n", (int)mbrtowc(NULL, NULL, 0, &st));
  printf("wcrtomb(NULL) %d\n", (int)wcrtomb(NULL, L'x', &st));
  printf("mbsinit(NULL) %d\n", mbsinit(NULL) != 0);

  printf("btowc %d %d %d %d\n", (int)btowc('a'), btowc(0xe9) == WEOF, btowc(EOF) == WEOF,
         (int)btowc(0));
  printf("wctob %d %d %d\n", wctob(L'a'), wctob(0xe9), wctob(0x20ac));

  /* <stdlib.h> */
  wchar_t wc = 0;
  printf("mbtowc %d %x\n", mbtowc(&wc, "\xc3\xa9!", 3), (unsigned)wc);
  printf("mbtowc ascii %d %x\n", mbtowc(&wc, "Z", 1), (unsigned)wc);
  printf("mbtowc empty %d null %d\n", mbtowc(&wc, "", 1), mbtowc(NULL, NULL, 0));
  errno = 0;
  printf("mbtowc bad %d errno=%d\n", mbtowc(&wc, "\x80", 1), errno == EILSEQ);
  printf("mblen %d %d %d\n", mblen("\xe2\x82\xac", 3), mblen("a", 1), mblen("", 1));
  char mb[8];
  printf("wctomb %d %d null %d\n", wctomb(mb, 0x20ac), wctomb(mb, L'q'), wctomb(NULL, 0));
  errno = 0;
  printf("wctomb surrogate %d errno=%d\n", wctomb(mb, 0xdc00), errno == EILSEQ);

  wchar_t ws[16];
  const char *u8 = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";
  size_t n = mbstowcs(ws, u8, 16);
  printf("mbstowcs %d:", (int)n);
  for (size_t i = 0; n != (size_t)-1 && i < n; i++) printf(" %x", (unsigned)ws[i]);
  printf("\n");
  printf("mbstowcs len %d\n", (int)mbstowcs(NULL, u8, 0));
  errno = 0;
  printf("mbstowcs bad %d errno=%d\n", (int)mbstowcs(ws, "ab\xc3(", 16), errno == EILSEQ);
  wmemset(ws, L'#', 16);
  n = mbstowcs(ws, "abcdef", 3);
  printf("mbstowcs short %d next=%x\n", (int)n, (unsigned)ws[3]);

  /* mbsrtowcs moves *src */
  const char *src = "x\xc3\xa9y";
  memset(&st, 0, sizeof st);
  n = mbsrtowcs(ws, &src, 16, &st);
  printf("mbsrtowcs %d src=%s\n", (int)n, src ? "set" : "NULL");
  const char *orig = "x\xc3\xa9y";
  src = orig;
  n = mbsrtowcs(ws, &src, 2, &st);
  printf("mbsrtowcs 2: %d off=%d\n", (int)n, src ? (int)(src - orig) : -1);
  const char *bad = "ok\xe2\x28\xa1";
  src = bad;
  errno = 0;
  n = mbsrtowcs(ws, &src, 16, &st);
  printf("mbsrtowcs bad %d errno=%d off=%d\n", (int)n, errno == EILSEQ, (int)(src - bad));
  src = bad;
  n = mbsrtowcs(ws, &src, 0, &st);
  printf("mbsrtowcs n=0 %d off=%d\n", (int)n, (int)(src - bad));

  /* wcsrtombs / wcstombs */
  wchar_t wsrc[] = {L'a', 0xe9, 0x20ac, 0x1f600, 0};
  char out[16];
  memset(out, '#', sizeof out);
  n = wcstombs(out, wsrc, sizeof out);
  printf("wcstombs %d:", (int)n);
  for (size_t i = 0; n != (size_t)-1 && i <= n; i++) printf(" %02x", (unsigned char)out[i]);
  printf("\n");
  printf("wcstombs len %d\n", (int)wcstombs(NULL, wsrc, 0));
  const wchar_t *wp = wsrc;
  memset(out, '#', sizeof out);
  n = wcsrtombs(out, &wp, 4, &st); /* stops before a character that does not fit */
  printf("wcsrtombs 4: %d off=%d next=%02x\n", (int)n, (int)(wp - wsrc),
         (unsigned char)out[n == (size_t)-1 ? 0 : n]);
  wp = wsrc;
  n = wcsrtombs(out, &wp, sizeof out, &st);
  printf("wcsrtombs all %d src=%s\n", (int)n, wp ? "set" : "NULL");
  wchar_t wbad[] = {L'o', L'k', 0xd800, 0};
  wp = wbad;
  errno = 0;
  n = wcsrtombs(out, &wp, sizeof out, &st);
  printf("wcsrtombs bad %d errno=%d off=%d\n", (int)n, errno == EILSEQ, (int)(wp - wbad));

  /* <uchar.h> */
  char16_t c16 = 0;
  memset(&st, 0, sizeof st);
  a = mbrtoc16(&c16, "\xf0\x9f\x98\x80", 4, &st);
  unsigned hi = c16;
  b = mbrtoc16(&c16, "", 0, &st);
  printf("mbrtoc16 %d %x %d %x\n", (int)a, hi, (int)b, (unsigned)c16);
  a = mbrtoc16(&c16, "\xc3\xa9", 2, &st);
  printf("mbrtoc16 bmp %d %x\n", (int)a, (unsigned)c16);
  char32_t c32 = 0;
  a = mbrtoc32(&c32, "\xe2\x82\xac", 3, &st);
  printf("mbrtoc32 %d %x\n", (int)a, (unsigned)c32);
  a = c32rtomb(out, 0x1f600, &st);
  printf("c32rtomb %d\n", (int)a);
  a = c16rtomb(out, 0xd83d, &st);
  b = c16rtomb(out, 0xde00, &st);
  printf("c16rtomb pair %d %d", (int)a, (int)b);
  for (size_t i = 0; b != (size_t)-1 && i < b; i++) printf(" %02x", (unsigned char)out[i]);
  printf("\n");
}

int main(void) {
  printf("== C\n");
  run();
  if (!setlocale(LC_ALL, "C.UTF-8")) {
    printf("no C.UTF-8\n");
    return 1;
  }
  printf("== C.UTF-8\n");
  run();
  return 0;
}
