/* wcsftime: strftime run on the wide format turned into the internal byte form of
 * locale_impl.h (its literal text passes through strftime unchanged), into a byte buffer
 * big enough for max - 1 characters of that form (on the stack when small, else malloc'd:
 * 0 with ENOMEM if that fails), then decoded into s. Like strftime, 0 when the result and
 * its null do not fit in max wide characters. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <wchar.h>

#include "locale_impl.h"

size_t wcsftime(wchar_t *restrict s, size_t max, const wchar_t *restrict fmt,
                const struct tm *restrict tm) {
  if (!max) return 0;
  struct __wide_format w;
  const char *nfmt = __wide_format(&w, fmt);
  if (!nfmt) return 0;
  char small[512], *buf = small;
  size_t cap = max > (SIZE_MAX - 1) / WIDE_ENC_MAX ? SIZE_MAX : (max - 1) * WIDE_ENC_MAX + 1;
  if (cap <= sizeof small) {
    cap = sizeof small;
  } else if (!(buf = malloc(cap))) {
    __wide_format_free(&w);
    return 0;
  }
  size_t n = strftime(buf, cap, nfmt, tm), len = 0;
  for (size_t i = 0; i < n;) {
    unsigned wc;
    size_t used = __wide_decode(buf + i, n - i, &wc);
    if (!used) { /* a byte of tm_zone that is not UTF-8: taken as it is */
      wc = (unsigned char)buf[i];
      used = 1;
    }
    if (len + 1 >= max) {
      len = 0;
      n = 0;
      break;
    }
    s[len++] = (wchar_t)wc;
    i += used;
  }
  s[len] = 0;
  if (buf != small) free(buf);
  __wide_format_free(&w);
  return n ? len : 0;
}
