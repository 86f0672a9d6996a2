// complex.h: creal/cimag/conj/CMPLX and * and / (Clang's __muldc3/__divdc3/__mulsc3/__divsc3)
// exactly (%a) on values whose results are representable, and Annex G's special cases of * and /
// (inf * NaN, x / 0, finite / inf, overflow recovery); cproj, cabs, carg, csqrt, cexp, clog on
// zeros, infinities and NaN; the other functions on ordinary values printed with %.12g (floats
// %.6g) so last-ulp differences do not matter. NaN parts print as "nan" whatever their sign.
// Output compared with a native build.
#include <complex.h>
#include <float.h>
#include <math.h>
#include <stdio.h>

/* glibc's complex.h defines CMPLX only for GCC >= 4.7, not for Clang (which says GCC 4.2) */
#ifndef __GLIBC__
#ifndef CMPLX
#error "CMPLX missing"
#endif
#else
#ifndef CMPLX
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))
#endif
#endif

static volatile double vz = 0.0;

static void part(double v) {
  if (isnan(v)) printf("nan");
  else printf("%a", v);
}
static void ex(const char *label, double _Complex z) {
  printf("%s: ", label);
  part(creal(z));
  printf(" ");
  part(cimag(z));
  printf("\n");
}
static void ap(const char *label, double _Complex z) {
  double r = creal(z), i = cimag(z);
  printf("%s: %.12g %.12g\n", label, isnan(r) ? NAN : r, isnan(i) ? NAN : i);
}
static void apf(const char *label, float _Complex z) {
  float r = crealf(z), i = cimagf(z);
  printf("%s: %.6g %.6g\n", label, isnan(r) ? NAN : r, isnan(i) ? NAN : i);
}

static double _Complex mul(double _Complex a, double _Complex b) { return a * b; }
static double _Complex dvd(double _Complex a, double _Complex b) { return a / b; }
static float _Complex mulf(float _Complex a, float _Complex b) { return a * b; }
static float _Complex dvdf(float _Complex a, float _Complex b) { return a / b; }
static long double _Complex mull(long double _Complex a, long double _Complex b) { return a * b; }
static long double _Complex dvdl(long double _Complex a, long double _Complex b) { return a / b; }

int main(void) {
  double inf = INFINITY, nan = vz / vz;
  double _Complex z = 3.0 + 4.0 * I;
  printf("sizeof %d %d %d\n", (int)sizeof(double complex), (int)sizeof(float complex),
         (int)sizeof(_Complex_I));
  ex("z", z);
  ex("conj", conj(z));
  ex("conj0", conj(CMPLX(1.0, 0.0)));
  ex("CMPLX", CMPLX(-0.0, nan));
  ex("CMPLXL", CMPLXL(2.5, -0.0));
  printf("CMPLXF %a %a\n", (double)crealf(CMPLXF(1.5f, -2.0f)), (double)cimagf(CMPLXF(1.5f, -2.0f)));
  ex("I*I", I * I);
  /* ordinary products and quotients with exact results */
  ex("mul", mul(z, CMPLX(1.0, -2.0)));
  ex("mul2", mul(CMPLX(0.5, 0.25), CMPLX(-8.0, 4.0)));
  ex("div", dvd(CMPLX(3.0, 5.0), CMPLX(1.0, 1.0)));
  ex("div2", dvd(CMPLX(-7.0, 1.0), CMPLX(3.0, 4.0)));
  ex("div3", dvd(CMPLX(1e300, 1e300), CMPLX(1e300, 1e300)));
  ex("div4", dvd(CMPLX(1.0, 0.0), CMPLX(0x1p-1060, 0x1p-1060)));
  ex("div5", dvd(CMPLX(0x1p1000, 0.0), CMPLX(0x1p-100, 0.0)));
  ex("divl", dvdl(CMPLXL(3.0, 5.0), CMPLXL(1.0, 1.0)));
  ex("mull", mull(CMPLXL(2.0, 3.0), CMPLXL(4.0, -5.0)));
  ex("mulf", mulf(CMPLXF(2.0f, 3.0f), CMPLXF(4.0f, -5.0f)));
  ex("divf", dvdf(CMPLXF(3.0f, 5.0f), CMPLXF(1.0f, 1.0f)));
  ap("divi", dvd(CMPLX(1.0, 2.0), CMPLX(3.0, 4.0)));
  apf("divfi", dvdf(CMPLXF(1.0f, 2.0f), CMPLXF(3.0f, 7.0f)));
  /* Annex G special cases */
  ex("inf*nan", mul(CMPLX(inf, nan), CMPLX(2.0, 1.0)));
  ex("inf*-1", mul(CMPLX(inf, 0.0), CMPLX(-1.0, nan)));
  ex("nan*inf", mul(CMPLX(nan, nan), CMPLX(inf, 0.0)));
  ex("nan*1", mul(CMPLX(nan, 1.0), CMPLX(1.0, 1.0)));
  ex("infi*infi", mul(CMPLX(0.0, inf), CMPLX(0.0, inf)));
  ex("inf*0", mul(CMPLX(inf, 0.0), CMPLX(0.0, 0.0)));
  ex("ovf", mul(CMPLX(1e300, nan), CMPLX(1e300, 1e300)));
  ex("mulf inf", mulf(CMPLXF(INFINITY, NAN), CMPLXF(1.0f, 1.0f)));
  ex("1/0", dvd(CMPLX(1.0, 2.0), CMPLX(0.0, 0.0)));
  ex("-1/0", dvd(CMPLX(-1.0, 0.0), CMPLX(0.0, 0.0)));
  ex("1/-0", dvd(CMPLX(1.0, 0.0), CMPLX(-0.0, 0.0)));
  ex("0/0", dvd(CMPLX(0.0, 0.0), CMPLX(0.0, 0.0)));
  ex("inf/2", dvd(CMPLX(inf, nan), CMPLX(2.0, 1.0)));
  ex("infi/1-i", dvd(CMPLX(1.0, inf), CMPLX(1.0, -1.0)));
  ex("1/inf", dvd(CMPLX(1.0, 2.0), CMPLX(inf, nan)));
  ex("1/-inf", dvd(CMPLX(-1.0, 2.0), CMPLX(-inf, 0.0)));
  ex("nan/1", dvd(CMPLX(nan, 1.0), CMPLX(1.0, 1.0)));
  ex("divf 1/0", dvdf(CMPLXF(1.0f, -1.0f), CMPLXF(0.0f, 0.0f)));
  ex("divf 1/inf", dvdf(CMPLXF(1.0f, 1.0f), CMPLXF(0.0f, INFINITY)));
  /* cproj */
  ex("cproj", cproj(z));
  ex("cproj inf", cproj(CMPLX(-inf, -2.0)));
  ex("cproj nan", cproj(CMPLX(nan, -inf)));
  ex("cprojf", (double _Complex)cprojf(CMPLXF(1.0f, INFINITY)));
  /* cabs, carg */
  printf("cabs %a %a %a %a\n", cabs(z), cabs(CMPLX(inf, nan)), cabs(CMPLX(-0.0, 0.0)),
         (double)cabsf(CMPLXF(5.0f, 12.0f)));
  printf("carg %.12g %.12g %.12g %.12g %.12g\n", carg(z), carg(CMPLX(-1.0, 0.0)),
         carg(CMPLX(-1.0, -0.0)), carg(CMPLX(-0.0, 0.0)), carg(CMPLX(-inf, -inf)));
  printf("cargl %.12g\n", (double)cargl(CMPLXL(0.0, -1.0)));
  /* csqrt */
  ex("csqrt -4", csqrt(CMPLX(-4.0, 0.0)));
  ex("csqrt -4-0i", csqrt(CMPLX(-4.0, -0.0)));
  ex("csqrt z", csqrt(CMPLX(-3.0, 4.0)));
  ex("csqrt 0", csqrt(CMPLX(-0.0, -0.0)));
  ex("csqrt nan+iinf", csqrt(CMPLX(nan, inf)));
  ex("csqrt 1-iinf", csqrt(CMPLX(1.0, -inf)));
  ex("csqrt -inf", csqrt(CMPLX(-inf, 2.0)));
  ex("csqrt inf", csqrt(CMPLX(inf, -2.0)));
  ex("csqrt inf+nan", csqrt(CMPLX(inf, nan)));
  ex("csqrt nan", csqrt(CMPLX(1.0, nan)));
  ap("csqrt big", csqrt(CMPLX(DBL_MAX, DBL_MAX)));
  ap("csqrt tiny", csqrt(CMPLX(0x1p-1074, 0x1p-1074)));
  ap("csqrt i", csqrt(I));
  apf("csqrtf", csqrtf(CMPLXF(2.0f, -3.0f)));
  /* cexp */
  ex("cexp 0", cexp(CMPLX(-0.0, -0.0)));
  ex("cexp x+i0", cexp(CMPLX(1.0, 0.0)));
  ex("cexp nan+i0", cexp(CMPLX(nan, -0.0)));
  ex("cexp inf+i0", cexp(CMPLX(inf, 0.0)));
  ex("cexp inf+i2", cexp(CMPLX(inf, 2.0)));
  ex("cexp -inf+i2", cexp(CMPLX(-inf, 2.0)));
  ex("cexp -inf-i4", cexp(CMPLX(-inf, -4.0)));
  ex("cexp 1+iinf", cexp(CMPLX(1.0, inf)));
  ex("cexp 1+inan", cexp(CMPLX(1.0, nan)));
  ex("cexp nan+i1", cexp(CMPLX(nan, 1.0)));
  ex("cexp inf+iinf", cexp(CMPLX(inf, inf)));
  ap("cexp", cexp(CMPLX(1.0, 2.0)));
  ap("cexp big", cexp(CMPLX(710.0, 1.0)));
  ap("cexp ipi", cexp(CMPLX(0.0, M_PI)));
  apf("cexpf", cexpf(CMPLXF(-1.0f, 0.5f)));
  /* clog */
  ex("clog -0", clog(CMPLX(-0.0, 0.0)));
  ex("clog 0-0", clog(CMPLX(0.0, -0.0)));
  ex("clog 1", clog(CMPLX(1.0, 0.0)));
  ex("clog inf", clog(CMPLX(-inf, 1.0)));
  ex("clog nan+iinf", clog(CMPLX(nan, inf)));
  ex("clog inf+inan", clog(CMPLX(inf, nan)));
  ex("clog nan", clog(CMPLX(nan, 1.0)));
  ap("clog", clog(CMPLX(3.0, -4.0)));
  ap("clog near 1", clog(CMPLX(1.0, 1e-10)));
  ap("clog near 1b", clog(CMPLX(0.6, 0.8)));
  ap("clog near 1c", clog(CMPLX(0.99999999, 0.0)));
  ap("clog big", clog(CMPLX(1e308, -1e308)));
  apf("clogf", clogf(CMPLXF(-2.0f, 0.5f)));
  /* the others, on ordinary values */
  ap("cpow", cpow(CMPLX(1.0, 1.0), CMPLX(2.0, 0.0)));
  ap("cpow2", cpow(CMPLX(2.0, 3.0), CMPLX(0.5, -1.5)));
  ap("csin", csin(CMPLX(1.0, 2.0)));
  ap("ccos", ccos(CMPLX(1.0, 2.0)));
  ap("ctan", ctan(CMPLX(1.0, 2.0)));
  ap("ctan2", ctan(CMPLX(-0.5, -30.0)));
  ap("csinh", csinh(CMPLX(1.0, 2.0)));
  ap("ccosh", ccosh(CMPLX(-1.5, 0.25)));
  ap("ctanh", ctanh(CMPLX(0.5, -0.75)));
  ap("ctanh big", ctanh(CMPLX(25.0, 1.0)));
  ap("casin", casin(CMPLX(0.5, 0.5)));
  ap("casin 2", casin(CMPLX(2.0, 0.0)));
  ap("casin 2-0i", casin(CMPLX(2.0, -0.0)));
  ap("cacos", cacos(CMPLX(0.5, -0.5)));
  ap("cacos 2", cacos(CMPLX(2.0, 0.0)));
  ap("cacos 1", cacos(CMPLX(1.0, 0.0)));
  ap("cacos -1", cacos(CMPLX(-1.0, 0.0)));
  ap("catan", catan(CMPLX(1.0, 2.0)));
  ap("catan small", catan(CMPLX(1e-10, 1e-10)));
  ap("casinh", casinh(CMPLX(1.0, 2.0)));
  ap("casinh -3", casinh(CMPLX(-3.0, 0.0)));
  ap("cacosh", cacosh(CMPLX(1.0, 2.0)));
  ap("cacosh -2", cacosh(CMPLX(-2.0, 0.0)));
  ap("cacosh 0.5", cacosh(CMPLX(0.5, -0.0)));
  ap("catanh", catanh(CMPLX(0.25, -0.5)));
  ap("catanh 2", catanh(CMPLX(2.0, 0.0)));
  ap("catanh 2-0i", catanh(CMPLX(2.0, -0.0)));
  ap("catanh small", catanh(CMPLX(1e-10, 0.0)));
  apf("csinf", csinf(CMPLXF(0.5f, 0.5f)));
  apf("catanf", catanf(CMPLXF(0.5f, 0.5f)));
  apf("cacoshf", cacoshf(CMPLXF(3.0f, 1.0f)));
  ap("ctanl", (double _Complex)ctanl(CMPLXL(0.5, 0.5)));
  ap("casinl", (double _Complex)casinl(CMPLXL(0.5, -2.0)));
  return 0;
}
