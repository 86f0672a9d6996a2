/* Wide-character stream I/O: fwide, fputwc, putwc, putwchar, fputws, fgetwc, getwc,
 * getwchar, fgetws, ungetwc. Streams stay byte streams: a wide character is written as its
 * bytes in the locale's multibyte encoding (UTF-8 in "C.UTF-8", ASCII in "C") and read back
 * by decoding bytes one at a time with mbrtowc.
 *
 * Orientation: these functions (and the wprintf family) make a stream wide-oriented, as
 * fwide(f, 1) does, and fail (EINVAL) on one fwide made byte-oriented. Unlike glibc, the
 * byte functions (printf, fputc...) neither set nor check the orientation; mixing both kinds
 * on one stream is undefined in C anyway.
 *
 * Encoding errors: fputwc fails with EILSEQ on a character the locale cannot encode; fgetwc
 * with EILSEQ on an invalid sequence (the byte that made it invalid, if not its first, is
 * pushed back to be read again) or one cut by the end of the file. Neither sets the error
 * indicator, which C reserves for read and write errors. */
#include <errno.h>
#include <stdio.h>
#include <wchar.h>

#include "locale_impl.h"
#include "stdio_impl.h"

int fwide(FILE *f, int mode) {
  if (mode && !(f->flags & (F_WIDE | F_BYTE))) f->flags |= mode > 0 ? F_WIDE : F_BYTE;
  return f->flags & F_WIDE ? 1 : f->flags & F_BYTE ? -1 : 0;
}

wint_t fputwc(wchar_t wc, FILE *f) {
  if (fwide(f, 1) <= 0) {
    errno = EINVAL;
    return WEOF;
  }
  char mb[MB_MAX];
  mbstate_t st = {0};
  size_t n = wcrtomb(mb, wc, &st);
  if (n == (size_t)-1) return WEOF;
  if (__fwritex((const unsigned char *)mb, n, f) < n) return WEOF;
  return (wint_t)wc;
}

wint_t putwc(wchar_t wc, FILE *f) { return fputwc(wc, f); }

wint_t putwchar(wchar_t wc) { return fputwc(wc, stdout); }

int fputws(const wchar_t *restrict s, FILE *restrict f) {
  for (; *s; s++)
    if (fputwc(*s, f) == WEOF) return -1;
  return 0;
}

/* fgetwc, telling an encoding error (*bad set) from the end of the file or a read error. */
static wint_t get(FILE *f, int *bad) {
  *bad = 0;
  if (fwide(f, 1) <= 0) {
    errno = EINVAL;
    *bad = 1;
    return WEOF;
  }
  mbstate_t st = {0};
  for (int first = 1;; first = 0) {
    int c = fgetc(f);
    if (c == EOF) {
      if (!first && !ferror(f)) { /* end of file inside a character */
        errno = EILSEQ;
        *bad = 1;
      }
      return WEOF;
    }
    char b = (char)c;
    wchar_t wc;
    size_t r = mbrtowc(&wc, &b, 1, &st);
    if (r == (size_t)-2) continue;
    if (r == (size_t)-1) {
      if (!first) ungetc(c, f);
      *bad = 1;
      return WEOF;
    }
    return (wint_t)wc;
  }
}

wint_t fgetwc(FILE *f) {
  int bad;
  return get(f, &bad);
}

wint_t getwc(FILE *f) { return fgetwc(f); }

wint_t getwchar(void) { return fgetwc(stdin); }

wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f) {
  if (n <= 0) return NULL;
  int len = 0;
  while (len < n - 1) {
    int bad;
    wint_t c = get(f, &bad);
    if (c == WEOF) {
      if (bad || ferror(f) || !len) return NULL;
      break;
    }
    s[len++] = (wchar_t)c;
    if (c == L'\n') break;
  }
  s[len] = 0;
  return s;
}

wint_t ungetwc(wint_t wc, FILE *f) {
  if (wc == WEOF || fwide(f, 1) <= 0) return WEOF;
  char mb[MB_MAX];
  mbstate_t st = {0};
  size_t n = wcrtomb(mb, (wchar_t)wc, &st);
  if (n == (size_t)-1) return WEOF;
  while (n--)
    if (ungetc((unsigned char)mb[n], f) == EOF) return WEOF;
  return wc;
}
