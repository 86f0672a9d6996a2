/* The wide printf family's internal byte form of wide text (see locale_impl.h): UTF-8 rules
 * applied to every 32-bit value without UTF-8's restrictions. Lead byte 0xc0 | ... opens 2
 * bytes, 0xe0 3, 0xf0 4, 0xf8 5, 0xfc 6 (31 bits), 0xfe 7 (36 bits, so every unsigned value
 * fits). Valid UTF-8 is read as itself, so multibyte text of the locale may pass unchanged. */
#include "locale_impl.h"

size_t __wide_encode(char *p, unsigned wc) {
  if (wc < 0x80) {
    p[0] = (char)wc;
    return 1;
  }
  size_t n = wc < 0x800 ? 2 : wc < 0x10000 ? 3 : wc < 0x200000 ? 4 : wc < 0x4000000 ? 5
           : wc < 0x80000000u ? 6 : 7;
  for (size_t i = n - 1; i > 0; i--, wc >>= 6) p[i] = (char)(0x80 | (wc & 0x3f));
  p[0] = (char)((0xff00 >> n) | wc); /* n high bits set, then what remains of wc */
  return n;
}

size_t __wide_decode(const char *p, size_t n, unsigned *wc) {
  if (!n) return 0;
  unsigned char c = (unsigned char)p[0];
  if (c < 0x80) {
    *wc = c;
    return 1;
  }
  size_t len = 0;
  while (len < 8 && (c << len & 0x80)) len++;
  if (len < 2 || len > 7 || len > n) return 0;
  unsigned v = c & (0x7f >> len);
  for (size_t i = 1; i < len; i++) {
    unsigned char d = (unsigned char)p[i];
    if ((d & 0xc0) != 0x80) return 0;
    v = v << 6 | (d & 0x3f);
  }
  *wc = v;
  return len;
}
