// stdio.h printf family: every conversion with every combination of the flags C defines for
// it, several widths and precisions, over edge values (INT_MIN, LLONG_MIN, UINT_MAX, DBL_MAX,
// DBL_MIN, subnormals, NaN, -0.0, inf, rounding ties). The many combinations are hashed (one
// line per conversion and value; run with -v to see each output); notable cases are printed
// in full. Also: * width and precision (negative too), length modifiers and their wraparound,
// snprintf's return value with n = 0 and truncation, long double values a double holds.
// Output compared with a native build.
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int verbose;

static unsigned long long hash;
static void mix(const char *s, int r) {
  for (; *s; s++)
    hash = (hash ^ (unsigned char)*s) * 1099511628211ull;
  hash = (hash ^ (unsigned)r) * 1099511628211ull;
}

/* Appends the decimal digits of n >= 0 (no printf here: it would slow the loops down). */
static int put_num(char *p, int n) {
  char tmp[12];
  int k = 0, t = 0;
  do tmp[t++] = (char)('0' + n % 10); while (n /= 10);
  while (t) p[k++] = tmp[--t];
  return k;
}

/* Builds "%<flags><width><.prec><len><conv>" from the pieces. */
static void make_format(char *fmt, int flagbits, const char *flagset, int width, int prec,
                        const char *len, char conv) {
  int k = 0;
  fmt[k++] = '%';
  for (int i = 0; flagset[i]; i++)
    if (flagbits & 1 << i) fmt[k++] = flagset[i];
  if (width >= 0) k += put_num(fmt + k, width);
  if (prec >= 0) {
    fmt[k++] = '.';
    k += put_num(fmt + k, prec);
  } else if (prec == -2) {
    fmt[k++] = '.'; /* a lone point: precision 0 */
  }
  while (*len) fmt[k++] = *len++;
  fmt[k++] = conv;
  fmt[k] = 0;
}

static const int widths[] = {-1, 26, 1}; /* the first two for floats */
static const int iprecs[] = {-1, 0, 22};
static const int fprecs_all[] = {-1, 1, 17};
static const int fprecs_few[] = {-1, 0, 2, 30};

static void ints(const char *label, const char *convs, const char *flagset, const char *len,
                 long long v) {
  for (const char *c = convs; *c; c++) {
    hash = 14695981039346656037ull;
    int nflags = (int)strlen(flagset);
    for (int fl = 0; fl < 1 << nflags; fl++) {
      for (unsigned w = 0; w < sizeof widths / sizeof *widths; w++) {
        for (unsigned p = 0; p < sizeof iprecs / sizeof *iprecs; p++) {
          char fmt[32], out[128];
          make_format(fmt, fl, flagset, widths[w], iprecs[p], len, *c);
          int r;
          if (!strcmp(len, "ll") || !strcmp(len, "j"))
            r = snprintf(out, sizeof out, fmt, v);
          else if (!strcmp(len, "l") || !strcmp(len, "z") || !strcmp(len, "t"))
            r = snprintf(out, sizeof out, fmt, (long)v);
          else
            r = snprintf(out, sizeof out, fmt, (int)v);
          mix(out, r);
          if (verbose)
            printf("  %s -> [%s] %d\n", fmt, out, r);
        }
      }
    }
    printf("%-22s %%%s%c %016llx\n", label, len, *c, hash);
  }
}

/* The exponent of the %e form of v with precision prec. */
static int exponent(double v, int prec) {
  char b[64];
  snprintf(b, sizeof b, "%.*e", prec, v);
  int x = 0;
  sscanf(strchr(b, 'e') + 1, "%d", &x);
  return x;
}

/* glibc's %#g drops the zeros C asks for when rounding carries into a new power of ten and
 * the e style results (%#.2g of 99.999: C says 1.0e+02, glibc prints 1.e+02); those cases
 * are skipped. */
static int glibc_alt_g_bug(double v, int prec) {
  if (!isfinite(v) || v == 0)
    return 0;
  int p = prec == -1 ? 6 : prec <= 0 ? 1 : prec;
  int x = exponent(v, p - 1);
  return x != exponent(v, 20) && (x >= p || x < -4);
}

/* Every flag combination (mode 2), a few of them (mode 1), or two of them with fewer widths
 * and precisions (mode 0: for the values with hundreds of digits, slow to expand). */
static void floats(const char *label, double v, int mode) {
  static const int some_flags[] = {0, 9, 18}; /* "", "-#", "+0" */
  static const int cheap_precs[] = {-1, 0, 17};
  const int *precs = mode == 2 ? fprecs_all : mode == 1 ? fprecs_few : cheap_precs;
  int nprecs = mode == 2 ? 3 : mode == 1 ? 4 : 3;
  int nflags = mode == 2 ? 32 : mode == 1 ? 3 : 2;
  int nwidths = mode ? 2 : 1;
  int skip[8];
  for (int p = 0; p < nprecs; p++) skip[p] = glibc_alt_g_bug(v, precs[p]);
  for (const char *c = "eEfFgGaA"; *c; c++) {
    hash = 14695981039346656037ull;
    for (int f = 0; f < nflags; f++) {
      int fl = mode == 2 ? f : some_flags[f];
      for (int w = 0; w < nwidths; w++) {
        for (int p = 0; p < nprecs; p++) {
          char fmt[32], out[400];
          if ((fl & 8) && (*c | 32) == 'g' && glibc_alt_g_bug(v, precs[p]))
            continue;
          make_format(fmt, fl, "-+ #0", widths[w], precs[p], "", *c);
          int r = snprintf(out, sizeof out, fmt, v);
          mix(out, r);
          if (verbose)
            printf("  %s -> [%s] %d\n", fmt, out, r);
        }
      }
    }
    printf("%-22s %%%c %016llx\n", label, *c, hash);
  }
}

static void show(const char *fmt, double v) {
  char out[1300];
  int r = snprintf(out, sizeof out, fmt, v);
  printf("%s: [%s] %d\n", fmt, out, r);
}

int main(int argc, char **argv) {
  verbose = argc > 1 && !strcmp(argv[1], "-v");

  /* integers: d and i take "-+ 0" (# is undefined for them), u o x X take "-#0" */
  struct {
    const char *label;
    long long v;
  } iv[] = {
      {"0", 0}, {"1", 1},     {"-1", -1},    {"42", 42}, {"INT_MAX", INT_MAX}, {"INT_MIN", INT_MIN},
      {"8", 8}, {"255", 255}, {"-128", -128}};
  for (unsigned i = 0; i < sizeof iv / sizeof *iv; i++) {
    ints(iv[i].label, "di", "-+ 0", "", iv[i].v);
    ints(iv[i].label, "uoxX", "-#0", "", iv[i].v);
  }
  struct {
    const char *label;
    long long v;
  } llv[] = {{"LLONG_MIN", LLONG_MIN},
             {"LLONG_MAX", LLONG_MAX},
             {"-1LL", -1},
             {"2^32", 1LL << 32},
             {"0LL", 0}};
  for (unsigned i = 0; i < sizeof llv / sizeof *llv; i++) {
    ints(llv[i].label, "di", "-+ 0", "ll", llv[i].v);
    ints(llv[i].label, "uoxX", "-#0", "ll", llv[i].v);
    ints(llv[i].label, "dx", "-+0", "j", llv[i].v);
  }
  ints("LONG_MIN", "dixX", "-0", "l", LONG_MIN);
  ints("ULONG_MAX", "uo", "-0", "l", (long long)ULONG_MAX);
  ints("SIZE_MAX", "uxd", "-0", "z", (long long)SIZE_MAX);
  ints("PTRDIFF_MIN", "di", "-0", "t", PTRDIFF_MIN);
  ints("70000 as short", "dux", "-0", "h", 70000);
  ints("200 as char", "dux", "-0", "hh", 200);
  ints("-129 as char", "dux", "-0", "hh", -129);

  /* floating point: "-+ #0" all apply */
  struct {
    const char *label;
    double v;
  } fv[] = {{"0.0", 0.0},
            {"-0.0", -0.0},
            {"-1.5", -1.5},
            {"2.5", 2.5},
            {"9.5", 9.5},
            {"99.999", 99.999},
            {"1.0", 1.0},
            {"0.5", 0.5},
            {"0.05", 0.05},
            {"0.125", 0.125},
            {"1/3", 1.0 / 3},
            {"2/3", 2.0 / 3},
            {"123456.789", 123456.789},
            {"1e21", 1e21},
            {"1e-5", 1e-5},
            {"0.0001", 0.0001},
            {"9.9999999", 9.9999999},
            {"DBL_MAX", DBL_MAX},
            {"DBL_MIN", DBL_MIN},
            {"DBL_TRUE_MIN", 4.9406564584124654e-324},
            {"subnormal", 1.2345e-310},
            {"DBL_EPSILON", DBL_EPSILON},
            {"2^53+2", 9007199254740994.0},
            {"inf", INFINITY},
            {"-inf", -INFINITY},
            {"nan", NAN},
            {"-nan", -NAN},
            {"1.0000000000000002", 1.0000000000000002},
            {"0x1.fffffffffffffp0", 0x1.fffffffffffffp0},
            {"0x1.08p0", 0x1.08p0},
            {"0x1.18p0", 0x1.18p0},
            {"0x1.ffp-1", 0x1.ffp-1}};
  for (unsigned i = 0; i < sizeof fv / sizeof *fv; i++) {
    double a = fabs(fv[i].v);
    floats(fv[i].label, fv[i].v, i < 3 ? 2 : a > 1e200 || (a < 1e-200 && a > 0) ? 0 : 1);
  }

  /* notable cases in full */
  show("%.0f", 0.5);
  show("%.0f", 1.5);
  show("%.0f", 2.5);
  show("%.0f", 3.5);
  show("%.0f", -0.5);
  show("%.0f", -2.5);
  show("%.0f", 0.49999999999999994);
  show("%.0f", 4503599627370497.0);
  show("%.1f", 0.25);
  show("%.1f", 0.35);
  show("%.2f", 0.125);
  show("%.2f", 0.375);
  show("%.2f", 2.675);
  show("%.0e", 2.5);
  show("%.0e", 3.5);
  show("%.0e", 0.5);
  show("%.0e", 15.0);
  show("%.0e", 25.0);
  show("%.1e", 0.25);
  show("%.3e", 1.0005);
  show("%.2e", 9.995);
  show("%.2e", 9.996);
  show("%e", 0.0);
  show("%e", 1e100);
  show("%e", 1e-100);
  show("%E", 1e-300);
  show("%.0g", 0.5);
  show("%.0g", 123.0);
  show("%.0g", 1.5e-5);
  show("%g", 100000.0);
  show("%g", 1000000.0);
  show("%g", 0.0001);
  show("%g", 0.00001);
  show("%g", 1e-5);
  show("%g", 123456789.0);
  show("%#g", 1.0);
  show("%#.3g", 100.0);
  show("%#.0g", 5.0);
  show("%G", 1e-10);
  show("%.10g", 1.0 / 3);
  show("%.17g", 0.1);
  show("%.20g", 0.1);
  show("%.40f", 0.1);
  show("%.60e", 1.0 / 3);
  show("%f", DBL_MAX);
  show("%.0f", DBL_MAX);
  show("%f", -DBL_MAX);
  show("%.330f", DBL_MIN);
  show("%.1080f", 4.9406564584124654e-324);
  show("%.770e", 4.9406564584124654e-324);
  show("%.800e", DBL_MAX);
  show("%a", 1.0);
  show("%a", -0.0);
  show("%a", 0.1);
  show("%A", 255.5);
  show("%a", DBL_MAX);
  show("%a", DBL_MIN);
  show("%a", 4.9406564584124654e-324);
  show("%a", 1.2345e-310);
  show("%.0a", 1.5);
  show("%.0a", 1.0);
  show("%.1a", 1.03125);
  show("%.1a", 1.09375);
  show("%.3a", 1.0);
  show("%.20a", 1.0);
  show("%#.0a", 1.0);
  show("%10.3a", -1.0);
  show("%010.2a", 3.0);
  show("%f", INFINITY);
  show("%F", INFINITY);
  show("%E", -INFINITY);
  show("%G", NAN);
  show("%08.3f", -INFINITY);
  show("%-8f|", NAN);
  show("%+f", NAN);
  show("% e", INFINITY);
  show("%08.3f", -1.5);
  show("%+08.3e", 1.5);
  show("% 010.2f", 3.14159);
  show("%-+10.2f|", 3.14159);
  show("%#.0f", 3.0);
  show("%#.0e", 3.0);
  show("%#x", 0);
  show("%.f", 2.5);
  show("%.e", 2.5);

  /* integer specials */
  char buf[64];
  printf("[%d] [%i] [%u] [%x] [%X] [%o]\n", INT_MIN, INT_MIN, UINT_MAX, UINT_MAX, 0xABCDEFu,
         UINT_MAX);
  printf("[%#o] [%#x] [%#X] [%#.0o] [%#.0x] [%.0d] [%.0u] [%5.0d|]\n", 0, 0, 0, 0, 0, 0, 0, 0);
  printf("[%#o] [%#5o] [%#.3o] [%#.1o] [%#x] [%#08x] [%#-8X|]\n", 8, 8, 8, 8, 255, 255, 255);
  const char *f1 = "[%+d] [% d] [%+ d] [% +d] [%+d] [% d]\n"; /* through a variable: */
  printf(f1, 5, 5, 5, 5, -5, -5);                             /* no -Wformat notes */
  const char *f2 = "[%05d] [%-05d] [%05.3d] [%+05d] [% 05d] [%0-5d]\n";
  printf(f2, -42, -42, -42, 42, 42, 42);
  printf("[%lld] [%llu] [%llx] [%llo]\n", LLONG_MIN, ULLONG_MAX, ULLONG_MAX, ULLONG_MAX);
  printf("[%hhd] [%hhu] [%hhx] [%hd] [%hu] [%hx]\n", 200, 256 + 5, -1, 40000, 70000, -1);
  printf("[%zd] [%zu] [%zx] [%td] [%jd] [%ju]\n", (ssize_t)-1, (size_t)SIZE_MAX, (size_t)255,
         (ptrdiff_t)-7, (intmax_t)INTMAX_MIN, (uintmax_t)UINTMAX_MAX);
  printf("[%ld] [%lu] [%lx]\n", LONG_MIN, ULONG_MAX, 0x7fffffffL);

  /* * width and precision, negative ones */
  printf("[%*d] [%-*d] [%*d] [%.*d] [%.*d] [%*.*d]\n", 6, 42, 6, 42, -6, 42, 4, 7, -4, 7, 8, 3, 9);
  printf("[%*s] [%.*s] [%.*s] [%-*.*s]\n", -5, "ab", 1, "xyz", -1, "xyz", 6, 2, "hello");
  printf("[%.*f] [%.*f] [%*.*e]\n", 2, 3.14159, -3, 3.14159, -12, 1, 2.5);
  printf("[%0*d] [%0*d]\n", 5, -3, -5, -3);

  /* characters and strings */
  printf("[%c] [%3c] [%-3c] [%c%c]\n", 'a', 'b', 'c', 0x141, 'd');
  printf("[%s] [%10s] [%-10s] [%.2s] [%10.2s] [%.0s] [%s]\n", "str", "str", "str", "str", "str",
         "str", "");
  char unterminated[3] = {'x', 'y', 'z'};
  printf("[%.3s] [%.2s]\n", unterminated, unterminated);
  printf("[%%] [%5s%%]\n", "p");
  int r = printf("%c", 0);
  printf(" <- a NUL byte: printf returned %d\n", r);

  /* return values and snprintf truncation */
  r = snprintf(NULL, 0, "%d %s", 12345, "abc");
  printf("snprintf(NULL,0) %d\n", r);
  memset(buf, 'x', sizeof buf);
  r = snprintf(buf, 0, "hello");
  printf("snprintf n=0 %d buf[0]=%c\n", r, buf[0]);
  for (size_t n = 1; n <= 7; n++) {
    memset(buf, 'x', sizeof buf);
    r = snprintf(buf, n, "%s-%d", "abc", 42);
    printf("snprintf n=%zu -> %d [%s] next=%c\n", n, r, buf, buf[n]);
  }
  r = snprintf(buf, sizeof buf, "%.3f|%5.1e", 1.0005, 12345.0);
  printf("snprintf floats %d [%s]\n", r, buf);
  size_t four = (size_t)(argc + 3);
  r = snprintf(buf, four, "%.50f", 1.0);
  printf("snprintf long float truncated %d [%s]\n", r, buf);
  r = sprintf(buf, "%s%s", "", "");
  printf("sprintf empty %d [%s]\n", r, buf);
  r = sprintf(buf, "%5d|%-5d|", 1, 2);
  printf("sprintf %d [%s]\n", r, buf);
  r = printf("%300d\n", 7);
  printf("printf wide %d\n", r);
  static char big[5000];
  r = snprintf(big, sizeof big, "%4000.3f|", 2.0);
  printf("snprintf width 4000: %d, tail [%s]\n", r, big + 3990);
  r = snprintf(big, sizeof big, "%.1074f", 4.9406564584124654e-324);
  printf("snprintf %%.1074f: %d, tail [%s]\n", r, big + 1050);

  /* more flag and precision corners */
  printf("[%#.3x] [%#10.4X] [%-#10x|] [%#.0x] [%#5.0x|] [%+.0d] [% .0d] [%+05.0d]\n", 5, 5, 5, 0, 0,
         0, 0, 0);
  printf("[%#.0f] [%#.0e] [%#g] [%#.2g] [%#.10g] [%g] [%.0g] [%#.0g]\n", 1.0, 1.0, 0.0, 0.0, 1.5,
         1e-5, 0.0, 0.0);
  printf("[%.3g] [%.3g] [%.3g] [%.20g] [%g] [%g] [%G]\n", 0.0001234, 123456.0, 1234.5, 1e-10, 1e16,
         123456.5, 1e-320);
  printf("[%5.1s|] [%-5.0s|] [%.*s]\n", "abc", "abc", 0, "abc");
  printf("[%a] [%.2a] [%A] [%.0a] [%.1a] [%#a] [%+a] [% a] [%012a] [%-12a|]\n", 0.5, 1.999, 1e-300,
         1.5, 1.96875, 1.0, 1.0, 1.0, 1.0, 1.0);
  printf("[%.13a] [%.14a] [%.1a] [%.0a] [%.0a]\n", 1.1, 1.1, 0x1.f8p0, 0x1.8p0, 0x1.800001p0);
  printf("[%.0a] [%.0a] [%.1a]\n", 0x1.7ffffffp0, 0x0.8p-1022, 0x0.00000000000018p-1022);

  /* long double: the native one is x87 80-bit; print only values a double holds */
  printf("[%Lf] [%.3Le] [%Lg] [%10.2Lf]\n", 1.5L, -0.125L, 1e10L, 3.25L);
  return 0;
}
