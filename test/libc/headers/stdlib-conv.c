// stdlib.h conversions: strtol/strtoul/strtoll/strtoull over every base (0, 2..36) with
// signs, white space, prefixes without digits and the exact overflow boundaries (errno ERANGE,
// end pointer); atoi/atol/atoll; strtod/strtof/strtold correctly rounded on hard cases
// (halfway points, subnormals, overflow, long inputs, hexadecimal), inf/nan spellings and
// partial inputs. Floating results are printed as their bits. Output compared with a native
// build.
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* v written in base b (lower or upper case letters), with an optional leading '-'. */
static void to_base(char *out, unsigned long long v, int b, int neg, int upper) {
  char tmp[80];
  int n = 0;
  do {
    char c = digits36[v % (unsigned)b];
    tmp[n++] = upper && c >= 'a' ? (char)(c - 32) : c;
  } while (v /= (unsigned)b);
  if (neg) *out++ = '-';
  while (n) *out++ = tmp[--n];
  *out = 0;
}

/* One line: value, errno and end offset of each of the four integer conversions. */
static void ints(const char *s, int base) {
  char *e;
  printf("[%s] base %d:", s, base);
  errno = 0;
  long l = strtol(s, &e, base);
  printf(" l=%ld/%d/%ld", l, errno, (long)(e - s));
  errno = 0;
  unsigned long ul = strtoul(s, &e, base);
  printf(" ul=%lu/%d/%ld", ul, errno, (long)(e - s));
  errno = 0;
  long long ll = strtoll(s, &e, base);
  printf(" ll=%lld/%d/%ld", ll, errno, (long)(e - s));
  errno = 0;
  unsigned long long ull = strtoull(s, &e, base);
  printf(" ull=%llu/%d/%ld\n", ull, errno, (long)(e - s));
}

/* Checks the four functions on values around the limits in base b; prints only a summary
 * line per base plus anything that failed. */
static void boundaries(int b) {
  struct {
    unsigned long long v;
    int neg;
  } cases[] = {
      {0, 0},
      {1, 1},
      {(unsigned long long)LONG_MAX, 0},
      {(unsigned long long)LONG_MAX + 1, 0},
      {(unsigned long long)LONG_MAX + 1, 1},
      {(unsigned long long)LONG_MAX + 2, 1},
      {ULONG_MAX, 0},
      {(unsigned long long)ULONG_MAX + 1, 0},
      {ULONG_MAX, 1},
      {(unsigned long long)ULONG_MAX + 1, 1},
      {(unsigned long long)LLONG_MAX, 0},
      {(unsigned long long)LLONG_MAX + 1, 0},
      {(unsigned long long)LLONG_MAX + 1, 1},
      {(unsigned long long)LLONG_MAX + 2, 1},
      {ULLONG_MAX, 0},
      {ULLONG_MAX, 1},
      {ULLONG_MAX / (unsigned)b, 0},
      {12345, 0},
  };
  unsigned long sum = 0;
  for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++) {
    char s[90];
    to_base(s, cases[i].v, b, cases[i].neg, i & 1);
    char *e;
    errno = 0;
    long l = strtol(s, &e, b);
    sum = sum * 31 + (unsigned long)l + (unsigned long)errno * 7 + (unsigned long)(e - s);
    errno = 0;
    unsigned long ul = strtoul(s, &e, b);
    sum = sum * 31 + ul + (unsigned long)errno * 7 + (unsigned long)(e - s);
    errno = 0;
    long long ll = strtoll(s, &e, b);
    sum = sum * 31 + (unsigned long)ll + (unsigned long)(ll >> 32) + (unsigned long)errno * 7;
    errno = 0;
    unsigned long long ull = strtoull(s, &e, b);
    sum = sum * 31 + (unsigned long)ull + (unsigned long)(ull >> 32) + (unsigned long)errno * 7;
  }
  /* overflow far beyond: 100 max digits, then a digit just outside the base stops */
  char big[120];
  memset(big, digits36[b - 1], 100);
  big[100] = b < 36 ? digits36[b] : '!';
  big[101] = 0;
  char *e;
  errno = 0;
  long long ll = strtoll(big, &e, b);
  printf("base %2d: checksum %lu; long run: %lld errno %d end %ld\n", b, sum, ll, errno,
         (long)(e - big));
}

static void dbl(const char *s) {
  char *e;
  errno = 0;
  double d = strtod(s, &e);
  int err = errno;
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  if (isnan(d)) printf("strtod [%s] nan sign %d", s, signbit(d) != 0);
  else printf("strtod [%s] %016llx", s, (unsigned long long)bits);
  printf(" errno %d end %ld\n", err, (long)(e - s));
}

static void flt(const char *s) {
  char *e;
  errno = 0;
  float f = strtof(s, &e);
  int err = errno;
  uint32_t bits;
  memcpy(&bits, &f, sizeof bits);
  if (isnan(f)) printf("strtof [%s] nan sign %d", s, signbit(f) != 0);
  else printf("strtof [%s] %08lx", s, (unsigned long)bits);
  printf(" errno %d end %ld\n", err, (long)(e - s));
}

/* Random decimal strings (deterministic generator): digits, point position and exponent
 * over the whole range; one checksum of bits, errno and end offsets per function. */
static unsigned long long seed = 88172645463325252ull;
static unsigned rnd(unsigned n) {
  seed ^= seed << 13;
  seed ^= seed >> 7;
  seed ^= seed << 17;
  return (unsigned)(seed >> 32) % n;
}

static void random_strings(void) {
  unsigned long long sumd = 0, sumf = 0;
  char s[64];
  for (int i = 0; i < 300; i++) { /* more would be slow at -O0 on the engine */
    int nd = 1 + (int)rnd(i % 4 ? 20 : 40), k = 0;
    if (rnd(4) == 0) s[k++] = '-';
    int point = (int)rnd((unsigned)nd + 1);
    for (int j = 0; j < nd; j++) {
      if (j == point) s[k++] = '.';
      s[k++] = (char)('0' + (j == 0 ? 1 + rnd(9) : rnd(10)));
    }
    int range = i % 3 == 0 ? 700 : i % 3 == 1 ? 100 : 20;
    k += sprintf(s + k, "e%d", (int)rnd((unsigned)range) - range / 2 - (i % 5 == 0 ? 300 : 0));
    char *e;
    errno = 0;
    double d = strtod(s, &e);
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    sumd = sumd * 1000003 + b + (unsigned)errno * 131 + (unsigned long long)(e - s);
    errno = 0;
    float f = strtof(s, &e);
    uint32_t fb;
    memcpy(&fb, &f, sizeof fb);
    sumf = sumf * 1000003 + fb + (unsigned)errno * 131 + (unsigned long long)(e - s);
  }
  printf("random strings: strtod %016llx strtof %016llx\n", sumd, sumf);
}

/* Random hexadecimal inputs: up to 20 hex digits (more than a double holds: sticky bits),
 * exponents around both ends of the double and float ranges. errno is left out for subnormal
 * results: whether an underflow sets ERANGE is implementation-defined, and glibc's strtof
 * misses some inexact ones (0x8ff800800.0p-166 gives no ERANGE though 8 * 2^-166 is lost). */
static void random_hex(void) {
  static const char hexd[] = "0123456789abcdef";
  unsigned long long sumd = 0, sumf = 0;
  char s[64];
  for (int i = 0; i < 1500; i++) {
    int k = 0, nd = 1 + (int)rnd(20);
    s[k++] = '0';
    s[k++] = 'x';
    int point = (int)rnd((unsigned)nd + 1);
    for (int j = 0; j < nd; j++) {
      if (j == point) s[k++] = '.';
      /* runs of 0 and f make halfway and carry cases likely */
      unsigned r = rnd(8);
      s[k++] = r < 3 ? '0' : r < 6 ? 'f' : r == 6 ? '8' : hexd[rnd(16)];
    }
    static const int centres[] = {-1074, -1022, 1023, -149, -126, 127, 0};
    int e = centres[i % 7] + (int)rnd(80) - 40 - 4 * (nd - point);
    k += sprintf(s + k, "p%d", e);
    errno = 0;
    double d = strtod(s, NULL);
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    sumd = sumd * 1000003 + b + (fpclassify(d) == FP_SUBNORMAL ? 0 : (unsigned)errno * 131);
    errno = 0;
    float f = strtof(s, NULL);
    uint32_t fb;
    memcpy(&fb, &f, sizeof fb);
    sumf = sumf * 1000003 + fb + (fpclassify(f) == FP_SUBNORMAL ? 0 : (unsigned)errno * 131);
  }
  printf("random hex: strtod %016llx strtof %016llx\n", sumd, sumf);
}

/* Round trips and float halfway points: a random double printed with 17 significant digits
 * reads back exactly; the exact decimal midpoint of two adjacent floats (printed by %.60e,
 * exact for them) rounds to even, and nudged by one unit in the last place either way. */
static void round_trips(void) {
  int bad = 0;
  unsigned long long sum = 0;
  char s[128];
  for (int i = 0; i < 60; i++) {
    uint64_t b = (uint64_t)rnd(0x7ff00000u) << 32 | rnd(0xffffffffu);
    double d;
    memcpy(&d, &b, sizeof d);
    sprintf(s, "%.17g", d);
    bad += strtod(s, NULL) != d;
    uint32_t fb = rnd(0x7f7fffffu);
    double lo, hi;
    float fl;
    memcpy(&fl, &fb, sizeof fl);
    lo = fl;
    hi = nextafterf(fl, INFINITY);
    sprintf(s, "%.60e", (lo + hi) / 2); /* exact: the sum has at most 25 significant bits */
    float r = strtof(s, NULL);
    uint32_t rb;
    memcpy(&rb, &r, sizeof rb);
    sum = sum * 31 + rb;
    char *e = strchr(s, 'e');
    char *last = e - 1;
    while (*last == '0' && last[-1] != '.') last--;
    /* one more digit 1 after the last significant one: just above the midpoint */
    char up[140];
    sprintf(up, "%.*s1%s", (int)(last - s + 1), s, e);
    r = strtof(up, NULL);
    memcpy(&rb, &r, sizeof rb);
    sum = sum * 31 + rb;
  }
  printf("round trips: %d bad; float midpoints %016llx\n", bad, sum);
}

/* Conversions of exact-size heap strings (the engine traps on a read past the NUL). */
static void exact_buffers(void) {
  /* not "0x.": glibc's scanf reads it as 0, which C calls a matching failure (as here) */
  const char *in[] = {"0", "0x", "0x1", "-", "1e", "1e+", "inf", "infin", "nan", "nan(",
                      "nan(x", ".", "0x1p", "12345678901234567890", "1.5e-3"};
  printf("exact buffers:");
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++) {
    size_t n = strlen(in[i]) + 1;
    char *p = malloc(n), *e1, *e2;
    memcpy(p, in[i], n);
    double d = strtod(p, &e1);
    long l = strtol(p, &e2, 0);
    int x = 0, r = sscanf(p, "%i", &x);
    double y = 0;
    int r2 = sscanf(p, "%lf", &y);
    printf(" [%s %g/%ld %ld/%ld %d/%d %d/%g]", in[i], isnan(d) ? 0.0 : d, (long)(e1 - p), l,
           (long)(e2 - p), r, x, r2, isnan(y) ? -1.0 : y);
    free(p);
  }
  printf("\n");
}

int main(void) {
  exact_buffers();
  random_strings();
  random_hex();
  round_trips();
  /* prefixes, signs, white space, empty digit runs */
  const char *inputs[] = {"",       "   ",    "0",      "-0",    "+7",     " \t\n\v\f\r42",
                          "+-1",    "- 1",    "-",      "0x",    "0X",     "0xg",
                          "-0x",    "0x1F",   "-0x1f",  "0X7fffffff", "010", "-010",
                          "08",     "0b101",  "z",      "Z9",    "1e5",    "12abc",
                          "  -",    "0x0x1",  "00x1",   "\xb2",  "1 2",    "+0x"};
  int bases[] = {0, 2, 8, 10, 16, 36};
  for (unsigned i = 0; i < sizeof inputs / sizeof *inputs; i++)
    for (unsigned j = 0; j < sizeof bases / sizeof *bases; j++) ints(inputs[i], bases[j]);
  for (int b = 2; b <= 36; b++) boundaries(b);
  /* every digit character against every base: value of "<c>" or rejection */
  for (int b = 2; b <= 36; b++) {
    printf("base %2d digits:", b);
    for (const char *c = "09aAzZ"; *c; c++) {
      char s[2] = {*c, 0}, *e;
      long v = strtol(s, &e, b);
      printf(" %c=%ld%s", *c, v, e == s ? "(none)" : "");
    }
    printf("\n");
  }
  ints("2147483647", 10);
  ints("2147483648", 10);
  ints("-2147483648", 10);
  ints("-2147483649", 10);
  ints("4294967295", 10);
  ints("4294967296", 10);
  ints("-4294967295", 10);
  ints("-4294967296", 10);
  ints("9223372036854775807", 10);
  ints("9223372036854775808", 10);
  ints("-9223372036854775808", 10);
  ints("-9223372036854775809", 10);
  ints("18446744073709551615", 10);
  ints("18446744073709551616", 10);
  ints("-18446744073709551615", 10);
  ints("-18446744073709551616", 10);
  ints("0xffffffffffffffff", 0);
  ints("0x10000000000000000", 0);
  ints("01777777777777777777777", 0);
  ints("02000000000000000000000", 0);
  ints("000000000000000000000000000000000000000000000123", 10);
  ints("99999999999999999999999999999999999999xyz", 10);

  /* a bad base: 0 and EINVAL (POSIX); the end pointer is unspecified (glibc leaves it) */
  const char *s123 = "123";
  char *e;
  errno = 0;
  long bad = strtol(s123, &e, 1);
  printf("base 1: %ld errno %d\n", bad, errno);
  errno = 0;
  bad = strtol(s123, &e, 37);
  printf("base 37: %ld errno %d\n", bad, errno);
  /* NULL end pointer is allowed */
  printf("NULL end %ld %llu\n", strtol("-55x", NULL, 10), strtoull("77", NULL, 8));

  printf("atoi %d %d %d %d %d\n", atoi("  -123abc"), atoi(""), atoi("+0"), atoi("2147483647"),
         atoi("-2147483648"));
  printf("atol %ld %ld\n", atol("\t99"), atol("-2147483648"));
  printf("atoll %lld %lld %lld\n", atoll("9223372036854775807"), atoll("-9223372036854775808"),
         atoll("0x10"));

  /* strtod: simple, partial and spelled inputs */
  const char *simple[] = {
      "0",       "-0",       "+0.0",      "1",          "-1",        ".5",        "5.",
      "-.5e1",   "1e",       "1e+",       "1e-",        "1ex",       "1.5E3",     ".",
      "-",       "+.e1",     "e5",        "  \t1.25",   "1.2.3",     "0x",        "0x.",
      "0x.p1",   "0xp1",     "0x1p",      "0x1p+",      "0x1.8p1",   "-0X1.8P-1", "0x.8",
      "0x1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1076",
      "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
      "0x123456789abcdef0123p0", "0x1.00000000000008p0", "0x1.00000000000008000001p0",
      "0x1.00000000000018p0", "0x0.0000000000000000000000000001p100", "0x1p99999999999",
      "0x1p-99999999999", "0x0p99999999999",
      "inf",     "INF",      "-Inf",      "infinity",   "INFINITY",  "infinit",   "infx",
      "in",      "nan",      "NaN",       "-nan",       "nan(123)",  "nan()",     "nan(",
      "nan(a_b9)", "nan(-)", "nanny",     "+nan",       "i",         "n",
      "1e999999999999999999", "1e-999999999999999999", "0e999999999", "-0e-999999",
      "1_000",   "1,5",      "0.0000000000000000000000000000000000000001e40",
      "100000000000000000000000000000000000000000e-42",
  };
  for (unsigned i = 0; i < sizeof simple / sizeof *simple; i++) dbl(simple[i]);

  /* strtod: correctly rounded hard cases */
  const char *hard[] = {
      "9007199254740992",         /* 2^53 */
      "9007199254740993",         /* halfway: to even (down) */
      "9007199254740995",         /* halfway: to even (up) */
      "9007199254740993.0000000000000000000000000001",
      "9007199254740992.9999999999999999999999999999",
      "2.2250738585072011e-308",  /* just below DBL_MIN */
      "2.2250738585072012e-308",
      "2.2250738585072014e-308",  /* DBL_MIN */
      "2.225073858507201136057409796709131975934819546351645648e-308",
      "4.9406564584124654e-324",  /* the smallest subnormal */
      "2.4703282292062327e-324",  /* just below half of it: zero */
      "2.4703282292062328e-324",  /* just above half: the smallest subnormal */
      "2.47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281255e-324",
      "2.47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281250e-324",
      "1e-400",
      "1.7976931348623157e308",   /* DBL_MAX */
      "1.7976931348623158e308",   /* rounds to DBL_MAX */
      "1.7976931348623159e308",   /* overflows */
      "179769313486231580793728971405301e276", /* halfway between DBL_MAX and 2^1024: inf */
      "179769313486231580793728971405300e276",
      "1e308", "1e309", "-1e309",
      "0.1", "0.2", "0.3", "1e23", "8.98846567431158e307",
      "123456789012345678901234567890", "5e-324", "3e-324", "2e-324", "1e-323",
      "4.4501477170144023e-308", "4.4501477170144022e-308",
      "1.00000000000000011102230246251565404236316680908203125",   /* 1 + 2^-53: even */
      "1.00000000000000011102230246251565404236316680908203124",
      "1.00000000000000011102230246251565404236316680908203126",
      "1.00000000000000033306690738754696212708950042724609375",   /* 1 + 3*2^-53: up */
      "0.000000000000000000000000000000000000000000000000000000000000000000000000000000001",
      "7.2057594037927933e16", "3.0517578125e-05", "1448997445238699", "6.02214076e23",
      "1.4e-45", "2.2250738585072011e-308",
  };
  for (unsigned i = 0; i < sizeof hard / sizeof *hard; i++) dbl(hard[i]);

  /* a long mantissa: 2^53 + 1 followed by many zeros and a final 1 (just above halfway) */
  static char longnum[1200];
  strcpy(longnum, "9007199254740993.");
  size_t n = strlen(longnum);
  memset(longnum + n, '0', 1000);
  longnum[n + 1000] = 0;
  dbl(longnum);
  longnum[n + 999] = '1';
  dbl(longnum);
  /* many leading zeros after the point, compensated by the exponent */
  strcpy(longnum, "0.");
  memset(longnum + 2, '0', 1000);
  strcpy(longnum + 1002, "15e1001");
  dbl(longnum);
  /* many integer digits with a negative exponent */
  memset(longnum, '9', 1000);
  strcpy(longnum + 1000, "e-1000");
  dbl(longnum);

  /* strtof: its own rounding (not through double), subnormals, overflow */
  const char *fl[] = {
      "1",  "0.1", "-0", "1e",  "3.4028234663852886e38", "3.4028235e38", "3.40282357e38",
      "3.4028236e38", "340282356779733661637539395458142568448", /* halfway to 2^128: inf */
      "340282356779733661637539395458142568447", "1.17549435e-38", "1.1754942e-38",
      "1.4e-45", "1.401298464324817e-45", "7.006492321624085e-46", "7.006492321624086e-46",
      "7e-46", "1e-50", "1e39",
      "1.000000059604644775390625",                   /* 1 + 2^-24: halfway, to even */
      "1.000000059604644775390625000000000000001",    /* just above: up (double rounding
                                                         would give the halfway point) */
      "1.000000059604644775390624999999999999999",
      "1.000000178813934326171875",                   /* 1 + 3*2^-24: halfway, up */
      "16777217", "16777219", "16777217.000000000001", "0x1.000001p0", "0x1.0000010000001p0",
      "0x1p-149", "0x1p-150", "0x1.8p-150", "0x1.fffffffp127", "inf", "-nan", "0x",
      "7.0064923216240854e-46", "3.4028235677973366e38",
  };
  for (unsigned i = 0; i < sizeof fl / sizeof *fl; i++) flt(fl[i]);

  /* strtold: long double is double here but x87 natively; only print what a double holds */
  const char *half = "0.5x";
  char *le;
  errno = 0;
  long double ld = strtold(half, &le);
  printf("strtold 0.5 -> %d end %ld errno %d\n", ld == 0.5L, (long)(le - half), errno);
  printf("atof %.17g %.17g\n", atof("  2.5e-3x"), atof("junk"));
  return 0;
}
