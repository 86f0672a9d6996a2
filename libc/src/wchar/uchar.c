/* mbrtoc16, c16rtomb, mbrtoc32, c32rtomb (<uchar.h>): char32_t is wchar_t's code point, so
 * the 32-bit pair is mbrtowc/wcrtomb. UTF-16 splits characters past 0xFFFF into surrogates:
 * mbrtoc16 returns the high one, keeps the low one in the state (__count 0x100, __value) and
 * hands it out on the next call with (size_t)-3; c16rtomb keeps a high surrogate (__count
 * 0x200) until its low one comes. */
#include <errno.h>
#include <uchar.h>
#include <wchar.h>

size_t mbrtoc32(char32_t *restrict pc32, const char *restrict s, size_t n,
                mbstate_t *restrict ps) {
  static mbstate_t internal;
  wchar_t wc;
  size_t r = mbrtowc(&wc, s, n, ps ? ps : &internal);
  if (r < (size_t)-2 && pc32 && s) *pc32 = (char32_t)wc;
  return r;
}

size_t c32rtomb(char *restrict s, char32_t c32, mbstate_t *restrict ps) {
  return wcrtomb(s, (wchar_t)c32, ps);
}

size_t mbrtoc16(char16_t *restrict pc16, const char *restrict s, size_t n,
                mbstate_t *restrict ps) {
  static mbstate_t internal;
  if (!ps) ps = &internal;
  if (ps->__count == 0x100) {
    if (pc16 && s) *pc16 = (char16_t)ps->__value;
    ps->__count = 0;
    return (size_t)-3;
  }
  wchar_t wc;
  size_t r = mbrtowc(&wc, s, n, ps);
  if (r >= (size_t)-2 || !s) return r;
  unsigned u = (unsigned)wc;
  if (u >= 0x10000) {
    ps->__count = 0x100;
    ps->__value = 0xdc00 | (u & 0x3ff);
    u = 0xd800 | ((u - 0x10000) >> 10);
  }
  if (pc16) *pc16 = (char16_t)u;
  return r;
}

size_t c16rtomb(char *restrict s, char16_t c16, mbstate_t *restrict ps) {
  static mbstate_t internal;
  if (!ps) ps = &internal;
  if (!s) {
    int pending = ps->__count == 0x200;
    ps->__count = 0;
    if (pending) {
      errno = EILSEQ;
      return (size_t)-1;
    }
    return 1;
  }
  unsigned u = c16;
  if (ps->__count == 0x200) {
    unsigned high = ps->__value;
    ps->__count = 0;
    if (u < 0xdc00 || u > 0xdfff) {
      errno = EILSEQ;
      return (size_t)-1;
    }
    return wcrtomb(s, (wchar_t)(0x10000 + ((high - 0xd800) << 10) + (u - 0xdc00)), NULL);
  }
  if (u >= 0xd800 && u <= 0xdbff) {
    ps->__count = 0x200;
    ps->__value = u;
    return 0;
  }
  return wcrtomb(s, (wchar_t)u, ps);
}
