/* mblen, mbtowc, wctomb (<stdlib.h>): the restartable functions with a state of their own.
 * A character cut short by n is an error here (-1, EILSEQ) and the state starts afresh;
 * mblen(NULL, 0), mbtowc(NULL, NULL, 0) and wctomb(NULL, 0) report 0: no shift states. */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

static int to_int(size_t r) {
  if (r == (size_t)-2) {
    errno = EILSEQ;
    return -1;
  }
  return r == (size_t)-1 ? -1 : (int)r;
}

int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n) {
  mbstate_t st = {0};
  if (!s) return 0;
  return to_int(mbrtowc(pwc, s, n, &st));
}

int mblen(const char *s, size_t n) { return mbtowc(NULL, s, n); }

int wctomb(char *s, wchar_t wc) {
  if (!s) return 0;
  size_t r = wcrtomb(s, wc, NULL);
  return r == (size_t)-1 ? -1 : (int)r;
}
