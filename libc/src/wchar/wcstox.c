/* wcstol, wcstoul, wcstoll, wcstoull, wcstod, wcstof, wcstold: skip wide white space
 * (iswspace), copy the run of ASCII characters that follows into a narrow buffer (on the
 * stack if short, else malloc'd), let the strto* function parse it, and map its end back:
 * a number is ASCII only, each wide character is one byte of the copy, so *end is the start
 * plus the bytes strto* used, or the original string if it found no number (as C requires).
 * Out of memory for a very long run: 0 with ENOMEM, nothing parsed. */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include <wctype.h>

struct narrow {
  const wchar_t *start; /* first character after white space */
  char *buf;
  char small[64];
};

static const char *to_narrow(struct narrow *w, const wchar_t *s) {
  while (iswspace((wint_t)*s)) s++;
  w->start = s;
  size_t n = 0;
  while ((unsigned)s[n] - 1 < 0x7f) n++;
  w->buf = n < sizeof w->small ? w->small : malloc(n + 1);
  if (!w->buf) return NULL;
  for (size_t i = 0; i < n; i++) w->buf[i] = (char)s[i];
  w->buf[n] = 0;
  return w->buf;
}

static void finish(struct narrow *w, const wchar_t *orig, const char *end, wchar_t **endp) {
  if (endp) *endp = (wchar_t *)(end && end != w->buf ? w->start + (end - w->buf) : orig);
  if (w->buf != w->small) free(w->buf);
}

#define WCSTO_INT(name, type, narrow_fn)                                                   \
  type name(const wchar_t *restrict s, wchar_t **restrict endp, int base) {                \
    struct narrow w;                                                                       \
    const char *b = to_narrow(&w, s);                                                      \
    char *end = NULL;                                                                      \
    type r = b ? narrow_fn(b, &end, base) : 0;                                             \
    finish(&w, s, end, endp);                                                              \
    return r;                                                                              \
  }

#define WCSTO_FLOAT(name, type, narrow_fn)                                                 \
  type name(const wchar_t *restrict s, wchar_t **restrict endp) {                          \
    struct narrow w;                                                                       \
    const char *b = to_narrow(&w, s);                                                      \
    char *end = NULL;                                                                      \
    type r = b ? narrow_fn(b, &end) : 0;                                                   \
    finish(&w, s, end, endp);                                                              \
    return r;                                                                              \
  }

WCSTO_INT(wcstol, long, strtol)
WCSTO_INT(wcstoul, unsigned long, strtoul)
WCSTO_INT(wcstoll, long long, strtoll)
WCSTO_INT(wcstoull, unsigned long long, strtoull)
WCSTO_FLOAT(wcstod, double, strtod)
WCSTO_FLOAT(wcstof, float, strtof)
WCSTO_FLOAT(wcstold, long double, strtold)
