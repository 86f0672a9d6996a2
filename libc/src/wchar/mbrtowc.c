/* mbrtowc, mbrlen, mbsinit and MB_CUR_MAX: one multibyte character to a wide character.
 *
 * "C" locale: one ASCII byte; bytes >= 0x80 fail with EILSEQ (as in glibc). "C.UTF-8": UTF-8
 * as RFC 3629 defines it (at most 4 bytes, no overlong forms, no surrogates, nothing past
 * 0x10FFFF). Each byte is checked as it arrives, so a sequence that can no longer become
 * valid fails at once; one that is only cut short returns (size_t)-2 and keeps its bytes
 * (up to three) in the mbstate_t: __count of them, packed in __value. No byte past the end of
 * the character is read, whatever n says. */
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

#include "locale_impl.h"

size_t __mb_cur_max(void) { return __libc_utf8 ? 4 : 1; }

/* The length of the sequence a lead byte opens: 0 if it opens none. */
static int seq_len(unsigned char c) {
  if (c >= 0xc2 && c <= 0xdf) return 2;
  if (c >= 0xe0 && c <= 0xef) return 3;
  if (c >= 0xf0 && c <= 0xf4) return 4;
  return 0;
}

size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n,
               mbstate_t *restrict ps) {
  static mbstate_t internal;
  if (!ps) ps = &internal;
  if (!s) {
    pwc = NULL;
    s = "";
    n = 1;
  }
  if (!n) return (size_t)-2;
  unsigned char b[4];
  unsigned have = ps->__count;
  if (have > 3 || (have && !__libc_utf8)) goto ilseq; /* not a state mbrtowc left */
  for (unsigned i = 0; i < have; i++) b[i] = (unsigned char)(ps->__value >> (8 * i));
  size_t used = 0;
  if (!have) {
    unsigned char c = (unsigned char)s[used++];
    if (c < 0x80) {
      if (pwc) *pwc = c;
      return c != 0;
    }
    if (!__libc_utf8 || !seq_len(c)) goto ilseq;
    b[have++] = c;
  }
  unsigned need = (unsigned)seq_len(b[0]);
  while (have < need) {
    if (used == n) {
      ps->__count = have;
      ps->__value = 0;
      for (unsigned i = 0; i < have; i++) ps->__value |= (unsigned)b[i] << (8 * i);
      return (size_t)-2;
    }
    unsigned char c = (unsigned char)s[used++];
    unsigned char lo = 0x80, hi = 0xbf;
    if (have == 1) {
      if (b[0] == 0xe0) lo = 0xa0;      /* overlong */
      else if (b[0] == 0xed) hi = 0x9f; /* surrogates */
      else if (b[0] == 0xf0) lo = 0x90; /* overlong */
      else if (b[0] == 0xf4) hi = 0x8f; /* past 0x10FFFF */
    }
    if (c < lo || c > hi) goto ilseq;
    b[have++] = c;
  }
  unsigned wc = b[0] & (0x7f >> need);
  for (unsigned i = 1; i < need; i++) wc = wc << 6 | (b[i] & 0x3f);
  ps->__count = 0;
  if (pwc) *pwc = (wchar_t)wc;
  return used;
ilseq:
  ps->__count = 0;
  errno = EILSEQ;
  return (size_t)-1;
}

size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps) {
  static mbstate_t internal;
  return mbrtowc(NULL, s, n, ps ? ps : &internal);
}

int mbsinit(const mbstate_t *ps) { return !ps || !ps->__count; }
