// math.h classification and exact functions: fpclassify/isnan/isinf/isfinite/isnormal/
// signbit and the comparison macros over zeros, subnormals, limits, infinities and NaN (double
// and float); copysign, nextafter (with errno), frexp/ldexp/scalbn/modf edge cases, ilogb/logb,
// fmin/fmax/fdim with NaN, rounding functions at ties and signed zeros, lrint/llround ties,
// remquo/remainder/fmod signs. NaN results print as "nan" whatever their sign bit (an
// operation's NaN sign is not specified; x86 and Wasm differ). Results are printed in hex
// (%a), exact. Output compared with a native build.
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>

static void show(const char *label, double x) {
  if (isnan(x)) printf("%s=nan ", label);
  else printf("%s=%a ", label, x);
}

static void showf(const char *label, float x) {
  if (isnan(x)) printf("%s=nan ", label);
  else printf("%s=%a ", label, (double)x);
}

static const char *class_name(int c) {
  return c == FP_NAN ? "NAN" : c == FP_INFINITE ? "INFINITE" : c == FP_ZERO ? "ZERO"
       : c == FP_SUBNORMAL ? "SUBNORMAL" : c == FP_NORMAL ? "NORMAL" : "?";
}

static volatile double vzero = 0.0; /* keeps the compiler from folding NaN arithmetic */

int main(void) {
  double dv[] = {0.0, -0.0, DBL_MIN, DBL_MIN / 2, -4.9406564584124654e-324, DBL_MAX, -1.5,
                 INFINITY, -INFINITY, NAN, -NAN};
  const char *dn[] = {"0", "-0", "DBL_MIN", "DBL_MIN/2", "-TRUE_MIN", "DBL_MAX", "-1.5",
                      "inf", "-inf", "nan", "-nan"};
  for (int i = 0; i < 11; i++) {
    double x = dv[i];
    printf("%-10s %-9s nan%d inf%d fin%d norm%d sign%d\n", dn[i], class_name(fpclassify(x)),
           !!isnan(x), !!isinf(x), !!isfinite(x), !!isnormal(x), !!signbit(x));
  }
  float fv[] = {0.0f, -0.0f, FLT_MIN, FLT_MIN / 4, FLT_MAX, INFINITY, NAN, 1e-45f};
  const char *fn[] = {"0f", "-0f", "FLT_MIN", "FLT_MIN/4", "FLT_MAX", "inff", "nanf", "1e-45f"};
  for (int i = 0; i < 8; i++) {
    float x = fv[i];
    printf("%-10s %-9s nan%d inf%d fin%d norm%d sign%d\n", fn[i], class_name(fpclassify(x)),
           !!isnan(x), !!isinf(x), !!isfinite(x), !!isnormal(x), !!signbit(x));
  }
  /* a float subnormal is a double normal: classification follows the argument's type */
  printf("FLT_MIN/4 as double: %s\n", class_name(fpclassify((double)(FLT_MIN / 4))));

  double cmpv[] = {1.0, 2.0, NAN, -0.0, 0.0};
  for (int i = 0; i < 5; i++) {
    for (int j = 0; j < 5; j++) {
      double x = cmpv[i], y = cmpv[j];
      printf("%d%d%d%d%d%d ", !!isgreater(x, y), !!isgreaterequal(x, y), !!isless(x, y),
             !!islessequal(x, y), !!islessgreater(x, y), !!isunordered(x, y));
    }
    printf("\n");
  }

  printf("copysign: ");
  show("1,-0", copysign(1.0, -0.0));
  show("-1,0", copysign(-1.0, 0.0));
  show("inf,-1", copysign(INFINITY, -1.0));
  show("0,-nan", copysign(0.0, -NAN));
  show("2,nan", copysign(2.0, NAN));
  printf("signbit(copysign(nan,-1)) %d\n", !!signbit(copysign(NAN, -1.0)));

  struct {
    double x, y;
  } na[] = {{0, 1}, {0, -1}, {-0.0, 0.0}, {0.0, -0.0}, {1, 2}, {1, 0}, {-1, -2},
            {DBL_MAX, INFINITY}, {INFINITY, 0}, {DBL_MIN, 0}, {4.9406564584124654e-324, 0},
            {-4.9406564584124654e-324, 1}, {1, 1}, {NAN, 1}, {1, NAN}, {0x1p53, INFINITY}};
  for (unsigned i = 0; i < sizeof na / sizeof *na; i++) {
    errno = 0;
    double r = nextafter(na[i].x, na[i].y);
    printf("nextafter(%a, %a) ", na[i].x, na[i].y);
    show("", r);
    printf("errno %d\n", errno);
  }
  errno = 0;
  showf("nextafterf(0,1)", nextafterf(0.0f, 1.0f));
  showf("nextafterf(1,0)", nextafterf(1.0f, 0.0f));
  showf("nextafterf(FLT_MAX,inf)", nextafterf(FLT_MAX, INFINITY));
  printf("errno %d\n", errno);
  show("nexttoward(1,2)", nexttoward(1.0, 2.0L));
  show("nexttoward(0,-1)", nexttoward(0.0, -1.0L));
  printf("\n");

  double fr[] = {0.0, -0.0, 1.0, -3.0, 0.1, DBL_MAX, DBL_MIN, 4.9406564584124654e-324,
                 -1.2345e-310, 1024.0};
  for (int i = 0; i < 10; i++) {
    int e = 12345;
    double m = frexp(fr[i], &e);
    printf("frexp(%a) = %a, %d\n", fr[i], m, e);
  }
  int e;
  show("frexp(inf)", frexp(INFINITY, &e));
  show("frexp(-inf)", frexp(-INFINITY, &e));
  show("frexp(nan)", frexp(NAN, &e));
  printf("(exponent unspecified)\n");
  float ffr = frexpf(3.0e-41f, &e);
  printf("frexpf(3e-41) = %a, %d\n", (double)ffr, e);

  struct {
    double x;
    int n;
  } ld[] = {{1, 1023}, {1, 1024}, {1, -1022}, {1, -1074}, {1, -1075}, {1.5, -1074},
            {3, -1075}, {1.25, -1074}, {4.9406564584124654e-324, 1074}, {DBL_MAX, -2098},
            {1, INT_MAX}, {1, INT_MIN}, {-0.0, 5}, {-1, 2000}, {0x1.fffffffffffffp-1, -1021},
            {0x1.fffffffffffffp-1, -1022}, {0.75, -1073}};
  for (unsigned i = 0; i < sizeof ld / sizeof *ld; i++) {
    errno = 0;
    double r = ldexp(ld[i].x, ld[i].n);
    int e1 = errno;
    errno = 0;
    double s = scalbn(ld[i].x, ld[i].n);
    int e2 = errno;
    double t = scalbln(ld[i].x, ld[i].n);
    printf("ldexp(%a, %d) = %a errno %d; scalbn %s errno %d; scalbln %s\n", ld[i].x, ld[i].n, r,
           e1, s == r ? "same" : "DIFFERENT", e2, t == r ? "same" : "DIFFERENT");
  }
  show("ldexp(nan,3)", ldexp(NAN, 3));
  show("ldexp(-inf,-5)", ldexp(-INFINITY, -5));
  showf("ldexpf(1,-149)", ldexpf(1.0f, -149));
  showf("ldexpf(1,-150)", ldexpf(1.0f, -150));
  showf("ldexpf(1,128)", ldexpf(1.0f, 128));
  printf("\n");

  double mo[] = {3.75, -3.75, 0.5, -0.5, -0.0, 1e300, -1e-300, 0x1p52 + 0.5, INFINITY, -INFINITY,
                 NAN, 4503599627370497.0};
  for (int i = 0; i < 12; i++) {
    double ip = 123;
    double f = modf(mo[i], &ip);
    printf("modf(%g): ", mo[i]);
    show("frac", f);
    show("int", ip);
    printf("\n");
  }
  float fip;
  float ff = modff(-2.5f, &fip);
  printf("modff(-2.5) %a %a\n", (double)ff, (double)fip);

  double il[] = {1.0, 0.5, 3.0, DBL_MAX, DBL_MIN, 4.9406564584124654e-324, 0.0, INFINITY, NAN};
  for (int i = 0; i < 9; i++) {
    int v = ilogb(il[i]);
    printf("ilogb(%g) = %s", il[i], v == FP_ILOGB0 && il[i] == 0 ? "FP_ILOGB0"
                                   : v == FP_ILOGBNAN && isnan(il[i]) ? "FP_ILOGBNAN"
                                   : v == INT_MAX ? "INT_MAX" : "");
    if (isfinite(il[i]) && il[i] != 0) printf("%d", v);
    printf("; ");
    show("logb", logb(il[i]));
    printf("\n");
  }

  printf("fmin/fmax: ");
  show("fmin(nan,1)", fmin(NAN, 1.0));
  show("fmin(1,nan)", fmin(1.0, NAN));
  show("fmax(nan,-1)", fmax(NAN, -1.0));
  show("fmax(-1,nan)", fmax(-1.0, NAN));
  show("fmax(nan,nan)", fmax(NAN, NAN));
  show("fmin(-inf,1)", fmin(-INFINITY, 1.0));
  show("fmax(2,3)", fmax(2.0, 3.0));
  showf("fminf(nan,2)", fminf(NAN, 2.0f));
  showf("fmaxf(2,nan)", fmaxf(2.0f, NAN));
  printf("\nfmin/fmax of zeros equal 0: %d %d\n", fmin(-0.0, 0.0) == 0, fmax(0.0, -0.0) == 0);
  printf("fdim: ");
  show("5,3", fdim(5, 3));
  show("3,5", fdim(3, 5));
  show("nan,1", fdim(NAN, 1));
  show("inf,inf", fdim(INFINITY, INFINITY));
  printf("\n");

  double rv[] = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.0, 0x1p52 + 1,
                 4503599627370495.5, -4503599627370495.5, 1e300, 2.4999999999999996};
  for (int i = 0; i < 13; i++) {
    double x = rv[i];
    printf("x=%a: ", x);
    show("round", round(x));
    show("trunc", trunc(x));
    show("floor", floor(x));
    show("ceil", ceil(x));
    show("rint", rint(x));
    show("nearbyint", nearbyint(x));
    if (fabs(x) < 0x1p31) printf("lrint=%ld lround=%ld ", lrint(x), lround(x));
    if (fabs(x) < 0x1p63) printf("llrint=%lld llround=%lld", llrint(x), llround(x));
    printf("\n");
  }
  printf("float: %a %a %ld %ld %lld\n", (double)roundf(-2.5f), (double)rintf(2.5f),
         lrintf(-3.5f), lroundf(-3.5f), llroundf(8388609.5f));
  printf("llround(2^62+2^10) %lld, llrint(-2^62) %lld\n", llround(0x1p62 + 0x1p10),
         llrint(-0x1p62));

  double rq[][2] = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {5, 3}, {3, 5}, {10, 3}, {-10, 3},
                    {0.5, 0.25}, {1e300, 3}, {-0.0, 1}, {29, 3}, {6.5, 1}, {7.5, 1}, {1, INFINITY}};
  for (int i = 0; i < 15; i++) {
    int q = 12345;
    double r = remquo(rq[i][0], rq[i][1], &q);
    printf("remquo(%g, %g): ", rq[i][0], rq[i][1]);
    show("rem", r);
    printf("quo%%8=%d sign %d; ", q % 8, (q > 0) - (q < 0));
    show("remainder", remainder(rq[i][0], rq[i][1]));
    show("fmod", fmod(rq[i][0], rq[i][1]));
    printf("\n");
  }
  int q;
  errno = 0;
  show("remquo(1,0)", remquo(1.0, vzero, &q));
  printf("errno EDOM %d\n", errno == EDOM);
  errno = 0;
  show("remquo(inf,1)", remquo(INFINITY, 1.0, &q));
  printf("errno EDOM %d\n", errno == EDOM);
  errno = 0;
  show("fmod(1,0)", fmod(1.0, vzero));
  printf("errno EDOM %d\n", errno == EDOM);
  show("fmod(-0,3)", fmod(-0.0, 3.0));
  show("fmod(5,inf)", fmod(5.0, INFINITY));
  show("remainder(-0,1)", remainder(-0.0, 1.0));
  float fq = remquof(-7.0f, 2.0f, &q);
  printf("remquof(-7,2) %a quo%%8 %d\n", (double)fq, q % 8);
  printf("fma exact: %a %a\n", fma(DBL_MAX, 2.0, -DBL_MAX), fma(0x1p-600, 0x1p-600, 1.0));
  return 0;
}
