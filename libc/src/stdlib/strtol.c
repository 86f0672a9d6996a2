/* strtol, strtoul, strtoll, strtoull: one scanner (white space, sign, 0x/0 prefixes per
 * base 0, 2..36) that returns the magnitude saturated to unsigned long long; each function then
 * clamps to its range with ERANGE. strtoul and strtoull negate in unsigned arithmetic, as C
 * says. No digits: 0 and *end = s. A bad base: 0 and EINVAL. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

static int digit_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static unsigned long long scan(const char *s, char **end, int base, int *neg, int *overflow) {
  const char *p = s;
  *neg = *overflow = 0;
  if (base < 0 || base == 1 || base > 36) {
    errno = EINVAL;
    if (end) *end = (char *)s;
    return 0;
  }
  while (isspace((unsigned char)*p)) p++;
  if (*p == '+' || *p == '-') *neg = *p++ == '-';
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' &&
      digit_value((unsigned char)p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = p[0] == '0' ? 8 : 10;
  }
  unsigned long long v = 0;
  const char *first = p;
  for (int d; (d = digit_value((unsigned char)*p)) < base; p++) {
    if (v > (ULLONG_MAX - (unsigned)d) / (unsigned)base) *overflow = 1;
    else v = v * (unsigned)base + (unsigned)d;
  }
  if (p == first) {
    if (end) *end = (char *)s;
    *neg = 0;
    return 0;
  }
  if (end) *end = (char *)p;
  return v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base) {
  int neg, overflow;
  unsigned long long v = scan(s, end, base, &neg, &overflow);
  if (overflow) {
    errno = ERANGE;
    return ULLONG_MAX;
  }
  return neg ? 0ull - v : v;
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base) {
  int neg, overflow;
  unsigned long long v = scan(s, end, base, &neg, &overflow);
  if (overflow || v > ULONG_MAX) {
    errno = ERANGE;
    return ULONG_MAX;
  }
  return neg ? 0ul - (unsigned long)v : (unsigned long)v;
}

long long strtoll(const char *restrict s, char **restrict end, int base) {
  int neg, overflow;
  unsigned long long v = scan(s, end, base, &neg, &overflow);
  unsigned long long limit = neg ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
  if (overflow || v > limit) {
    errno = ERANGE;
    return neg ? LLONG_MIN : LLONG_MAX;
  }
  return neg ? (v ? -(long long)(v - 1) - 1 : 0) : (long long)v;
}

long strtol(const char *restrict s, char **restrict end, int base) {
  int neg, overflow;
  unsigned long long v = scan(s, end, base, &neg, &overflow);
  unsigned long long limit = neg ? (unsigned long long)LONG_MAX + 1 : LONG_MAX;
  if (overflow || v > limit) {
    errno = ERANGE;
    return neg ? LONG_MIN : LONG_MAX;
  }
  return neg ? (v ? -(long)(v - 1) - 1 : 0) : (long)v;
}
