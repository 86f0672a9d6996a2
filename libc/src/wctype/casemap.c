/* towlower, towupper, towctrans, wctrans and the case table they share (__towcase).
 * "C" locale: ASCII letters only. "C.UTF-8": also Latin-1 and, from a table of ranges, the
 * simple one-to-one case pairs of Latin Extended-A and the regular part of Extended-B, Latin Extended Additional,
 * Greek, Cyrillic, Armenian and the fullwidth Latin letters, as Unicode's simple case mapping
 * gives them. Other scripts have no case here (glibc knows them all). */
#include "wctype_impl.h"

#include <string.h>

#include "locale_impl.h"

/* Upper-case letters lo..hi (every step-th from lo) map to lower case by adding delta. */
static const struct {
  unsigned short lo, hi;
  short delta;
  unsigned char step;
} pairs[] = {
    {0x00c0, 0x00d6, 32, 1},   {0x00d8, 0x00de, 32, 1},    {0x0100, 0x012e, 1, 2},
    {0x0132, 0x0136, 1, 2},    {0x0139, 0x0147, 1, 2},     {0x014a, 0x0176, 1, 2},
    {0x0178, 0x0178, -121, 1}, {0x0179, 0x017d, 1, 2},     {0x01cd, 0x01db, 1, 2},
    {0x01de, 0x01ee, 1, 2},    {0x01f8, 0x021e, 1, 2},     {0x0222, 0x0232, 1, 2},
    {0x0246, 0x024e, 1, 2},    {0x0370, 0x0372, 1, 2},     {0x0376, 0x0376, 1, 1},
    {0x03d8, 0x03ee, 1, 2},    {0x04c0, 0x04c0, 15, 1},    {0x04c1, 0x04cd, 1, 2},
    {0x0386, 0x0386, 38, 1},
    {0x0388, 0x038a, 37, 1},   {0x038c, 0x038c, 64, 1},    {0x038e, 0x038f, 63, 1},
    {0x0391, 0x03a1, 32, 1},   {0x03a3, 0x03ab, 32, 1},    {0x0400, 0x040f, 80, 1},
    {0x0410, 0x042f, 32, 1},   {0x0460, 0x0480, 1, 2},     {0x048a, 0x04be, 1, 2},
    {0x04d0, 0x052e, 1, 2},    {0x0531, 0x0556, 48, 1},    {0x1e00, 0x1e94, 1, 2},
    {0x1ea0, 0x1efe, 1, 2},    {0xff21, 0xff3a, 32, 1},
};

/* Lower-case letters whose upper case is not their pair's: one-way mappings. */
static const struct {
  unsigned short lower, upper;
} to_upper_only[] = {
    {0x00b5, 0x039c}, {0x0131, 0x0049}, {0x017f, 0x0053}, {0x03c2, 0x03a3},
};

unsigned __towcase(unsigned c, int upper) {
  if (c < 0x80) {
    if (upper) return c >= 'a' && c <= 'z' ? c - 32 : c;
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }
  if (!__libc_utf8 || c > 0xffff) return c;
  if (upper) {
    if (c == 0xff) return 0x178;
    for (size_t i = 0; i < sizeof to_upper_only / sizeof to_upper_only[0]; i++)
      if (to_upper_only[i].lower == c) return to_upper_only[i].upper;
  } else if (c == 0x130) {
    return 'i';
  }
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    unsigned lo = pairs[i].lo, hi = pairs[i].hi;
    if (upper) {
      lo += (unsigned)pairs[i].delta;
      hi += (unsigned)pairs[i].delta;
    }
    if (c >= lo && c <= hi && (c - lo) % pairs[i].step == 0)
      return upper ? c - (unsigned)pairs[i].delta : c + (unsigned)pairs[i].delta;
  }
  return c;
}

wint_t towlower(wint_t c) { return (wint_t)__towcase((unsigned)c, 0); }
wint_t towupper(wint_t c) { return (wint_t)__towcase((unsigned)c, 1); }

static const int map_lower = 0, map_upper = 1;

wctrans_t wctrans(const char *name) {
  if (name[0] == 't' && name[1] == 'o') {
    if (!strcmp(name + 2, "lower")) return &map_lower;
    if (!strcmp(name + 2, "upper")) return &map_upper;
  }
  return 0;
}

wint_t towctrans(wint_t c, wctrans_t t) {
  if (!t) return c;
  return (wint_t)__towcase((unsigned)c, *t);
}
