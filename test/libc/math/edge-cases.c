// <math.h> edge cases checked exactly: signed zeros, infinities and NaNs (C99 Annex F), errno
// (EDOM, ERANGE as glibc sets them), exactly representable results, fma's single rounding and
// an argument reduction of a huge x. Values print as hex floats; NaNs print as "nan" whatever
// their sign. -fno-builtin: the calls reach libc (clang would otherwise treat them as
// intrinsics that leave errno alone, and lower fmin/fmax itself).
// REQUIRES: compiler
// RUN: mswasm-cc -O0 -fno-builtin %s -o %t0.mswasm -lm
// RUN: mswasm run %t0.mswasm | FileCheck %s
// RUN: mswasm-cc -O2 -fno-builtin %s -o %t2.mswasm -lm
// RUN: mswasm run %t2.mswasm | FileCheck %s
#define _DEFAULT_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>

static volatile double zero = 0.0, one = 1.0, inf = INFINITY;

static void show(const char *what, double r) {
  int e = errno;
  if (isnan(r)) printf("%s = nan errno=%d\n", what, e);
  else printf("%s = %a errno=%d\n", what, r, e);
  errno = 0;
}

#define T(expr) show(#expr, (expr))

static void classify(double nan_) {
  int c[5] = {fpclassify(nan_), fpclassify(inf), fpclassify(zero), fpclassify(0x1p-1070 * one),
              fpclassify(one)};
  printf("fpclassify: %d %d %d %d %d\n", c[0], c[1], c[2], c[3], c[4]);
}

int main(void) {
  double nan_ = zero / zero, nz = -zero;
  int q, e;
  errno = 0;
  T(sin(zero));
  T(sin(nz));
  T(cos(zero));
  T(tan(nz));
  T(atan(nz));
  T(sin(inf));
  T(sin(1e22 * one));
  T(cos(1e300 * one));
  T(exp(zero));
  T(exp(one));
  T(exp(1000 * one));
  T(exp(-1000 * one));
  T(exp(-inf));
  T(exp2(-1074 * one));
  T(expm1(1e-300 * one));
  T(log(one));
  T(log(-one));
  T(log(zero));
  T(log1p(-one));
  T(log2(8 * one));
  T(log10(1000 * one));
  T(pow(zero, -one));
  T(pow(nz, -one));
  T(pow(nz, -2 * one));
  T(pow(-2 * one, 0.5 * one));
  T(pow(nan_, zero));
  T(pow(one, nan_));
  T(pow(-one, inf));
  T(pow(2 * one, 10 * one));
  T(pow(-2 * one, 3 * one));
  T(pow(10 * one, 400 * one));
  T(pow(10 * one, -400 * one));
  T(sqrt(-one));
  T(sqrt(4 * one));
  T(cbrt(-27 * one));
  T(cbrt(nz));
  T(hypot(3 * one, 4 * one));
  T(hypot(inf, nan_));
  T(fma(0.1 * one, 10 * one, -one));
  T(fma(0x1p1023 * one, 2 * one, -0x1p1023 * one));
  T(atan2(zero, nz));
  T(atan2(nz, -one));
  T(atan2(one, zero));
  T(atan2(-inf, inf));
  T(acos(2 * one));
  T(asin(one));
  T(acos(-one));
  T(atanh(one));
  T(acosh(one));
  T(sinh(nz));
  T(cosh(1000 * one));
  T(tanh(-inf));
  T(tgamma(5 * one));
  T(tgamma(0.5 * one));
  T(tgamma(-one));
  T(tgamma(nz));
  T(lgamma(one));
  T(lgamma(-0.5 * one));
  printf("signgam = %d\n", signgam);
  T(erf(zero));
  T(erf(-inf));
  T(erfc(inf));
  T(remquo(29 * one, 3 * one, &q));
  printf("quo = %d\n", q);
  T(remainder(5 * one, 2 * one));
  T(remainder(one, zero));
  T(fmod(-5 * one, 3 * one));
  T(fmod(one, zero));
  T(nextafter(one, 2 * one));
  T(nextafter(zero, -one));
  T(nextafter(0x1p-1022 * one, zero));
  T(fmax(nan_, one));
  T(fmin(nz, zero));
  T(fdim(2 * one, 5 * one));
  T(logb(8 * one));
  T(logb(zero));
  printf("ilogb(0) = %d errno=%d\n", ilogb(zero), errno);
  errno = 0;
  T(frexp(8 * one, &e));
  printf("exp = %d\n", e);
  T(ldexp(one, 1024));
  T(scalbn(one, -1074));
  double ip;
  T(modf(-3.5 * one, &ip));
  T(ip);
  T(round(-2.5 * one));
  T(rint(2.5 * one));
  T(nearbyint(-0.5 * one));
  printf("lround(2.5) = %ld\n", lround(2.5 * one));
  printf("llrint(-3.5) = %lld\n", llrint(-3.5 * one));
  classify(nan_);
  printf("isinf(-inf) = %d, signbit(-0) = %d, isgreater(nan, 1) = %d, isunordered = %d\n",
         isinf(-inf), signbit(nz) != 0, isgreater(nan_, one), isunordered(nan_, one));
  printf("M_PI = %a, sinf(0.5) = %a, powf(2, 0.5) = %a\n", M_PI, (double)sinf(0.5f * (float)one),
         (double)powf(2.0f, 0.5f * (float)one));
  return 0;
}

// CHECK: sin(zero) = 0x0p+0 errno=0
// CHECK-NEXT: sin(nz) = -0x0p+0 errno=0
// CHECK-NEXT: cos(zero) = 0x1p+0 errno=0
// CHECK-NEXT: tan(nz) = -0x0p+0 errno=0
// CHECK-NEXT: atan(nz) = -0x0p+0 errno=0
// CHECK-NEXT: sin(inf) = nan errno=33
// CHECK-NEXT: sin(1e22 * one) = -0x1.b453ab76bf397p-1 errno=0
// CHECK-NEXT: cos(1e300 * one) = -0x1.2699022adc4c1p-1 errno=0
// CHECK-NEXT: exp(zero) = 0x1p+0 errno=0
// CHECK-NEXT: exp(one) = 0x1.5bf0a8b145769p+1 errno=0
// CHECK-NEXT: exp(1000 * one) = inf errno=34
// CHECK-NEXT: exp(-1000 * one) = 0x0p+0 errno=34
// CHECK-NEXT: exp(-inf) = 0x0p+0 errno=0
// CHECK-NEXT: exp2(-1074 * one) = 0x0.0000000000001p-1022 errno=0
// CHECK-NEXT: expm1(1e-300 * one) = 0x1.56e1fc2f8f359p-997 errno=0
// CHECK-NEXT: log(one) = 0x0p+0 errno=0
// CHECK-NEXT: log(-one) = nan errno=33
// CHECK-NEXT: log(zero) = -inf errno=34
// CHECK-NEXT: log1p(-one) = -inf errno=34
// CHECK-NEXT: log2(8 * one) = 0x1.8p+1 errno=0
// CHECK-NEXT: log10(1000 * one) = 0x1.8p+1 errno=0
// CHECK-NEXT: pow(zero, -one) = inf errno=34
// CHECK-NEXT: pow(nz, -one) = -inf errno=34
// CHECK-NEXT: pow(nz, -2 * one) = inf errno=34
// CHECK-NEXT: pow(-2 * one, 0.5 * one) = nan errno=33
// CHECK-NEXT: pow(nan_, zero) = 0x1p+0 errno=0
// CHECK-NEXT: pow(one, nan_) = 0x1p+0 errno=0
// CHECK-NEXT: pow(-one, inf) = 0x1p+0 errno=0
// CHECK-NEXT: pow(2 * one, 10 * one) = 0x1p+10 errno=0
// CHECK-NEXT: pow(-2 * one, 3 * one) = -0x1p+3 errno=0
// CHECK-NEXT: pow(10 * one, 400 * one) = inf errno=34
// CHECK-NEXT: pow(10 * one, -400 * one) = 0x0p+0 errno=34
// CHECK-NEXT: sqrt(-one) = nan errno=33
// CHECK-NEXT: sqrt(4 * one) = 0x1p+1 errno=0
// CHECK-NEXT: cbrt(-27 * one) = -0x1.8p+1 errno=0
// CHECK-NEXT: cbrt(nz) = -0x0p+0 errno=0
// CHECK-NEXT: hypot(3 * one, 4 * one) = 0x1.4p+2 errno=0
// CHECK-NEXT: hypot(inf, nan_) = inf errno=0
// CHECK-NEXT: fma(0.1 * one, 10 * one, -one) = 0x1p-54 errno=0
// CHECK-NEXT: fma(0x1p1023 * one, 2 * one, -0x1p1023 * one) = 0x1p+1023 errno=0
// CHECK-NEXT: atan2(zero, nz) = 0x1.921fb54442d18p+1 errno=0
// CHECK-NEXT: atan2(nz, -one) = -0x1.921fb54442d18p+1 errno=0
// CHECK-NEXT: atan2(one, zero) = 0x1.921fb54442d18p+0 errno=0
// CHECK-NEXT: atan2(-inf, inf) = -0x1.921fb54442d18p-1 errno=0
// CHECK-NEXT: acos(2 * one) = nan errno=33
// CHECK-NEXT: asin(one) = 0x1.921fb54442d18p+0 errno=0
// CHECK-NEXT: acos(-one) = 0x1.921fb54442d18p+1 errno=0
// CHECK-NEXT: atanh(one) = inf errno=34
// CHECK-NEXT: acosh(one) = 0x0p+0 errno=0
// CHECK-NEXT: sinh(nz) = -0x0p+0 errno=0
// CHECK-NEXT: cosh(1000 * one) = inf errno=34
// CHECK-NEXT: tanh(-inf) = -0x1p+0 errno=0
// CHECK-NEXT: tgamma(5 * one) = 0x1.8p+4 errno=0
// CHECK-NEXT: tgamma(0.5 * one) = 0x1.c5bf891b4ef6bp+0 errno=0
// CHECK-NEXT: tgamma(-one) = nan errno=33
// CHECK-NEXT: tgamma(nz) = -inf errno=34
// CHECK-NEXT: lgamma(one) = 0x0p+0 errno=0
// CHECK-NEXT: lgamma(-0.5 * one) = 0x1.43f89a3f0edd{{[56]}}p+0 errno=0
// CHECK-NEXT: signgam = -1
// CHECK-NEXT: erf(zero) = 0x0p+0 errno=0
// CHECK-NEXT: erf(-inf) = -0x1p+0 errno=0
// CHECK-NEXT: erfc(inf) = 0x0p+0 errno=0
// CHECK-NEXT: remquo(29 * one, 3 * one, &q) = -0x1p+0 errno=0
// CHECK-NEXT: quo = 2
// CHECK-NEXT: remainder(5 * one, 2 * one) = 0x1p+0 errno=0
// CHECK-NEXT: remainder(one, zero) = nan errno=33
// CHECK-NEXT: fmod(-5 * one, 3 * one) = -0x1p+1 errno=0
// CHECK-NEXT: fmod(one, zero) = nan errno=33
// CHECK-NEXT: nextafter(one, 2 * one) = 0x1.0000000000001p+0 errno=0
// CHECK-NEXT: nextafter(zero, -one) = -0x0.0000000000001p-1022 errno=0
// CHECK-NEXT: nextafter(0x1p-1022 * one, zero) = 0x0.fffffffffffffp-1022 errno=34
// CHECK-NEXT: fmax(nan_, one) = 0x1p+0 errno=0
// CHECK-NEXT: fmin(nz, zero) = -0x0p+0 errno=0
// CHECK-NEXT: fdim(2 * one, 5 * one) = 0x0p+0 errno=0
// CHECK-NEXT: logb(8 * one) = 0x1.8p+1 errno=0
// CHECK-NEXT: logb(zero) = -inf errno=0
// CHECK-NEXT: ilogb(0) = -2147483648 errno=33
// CHECK-NEXT: frexp(8 * one, &e) = 0x1p-1 errno=0
// CHECK-NEXT: exp = 4
// CHECK-NEXT: ldexp(one, 1024) = inf errno=34
// CHECK-NEXT: scalbn(one, -1074) = 0x0.0000000000001p-1022 errno=0
// CHECK-NEXT: modf(-3.5 * one, &ip) = -0x1p-1 errno=0
// CHECK-NEXT: ip = -0x1.8p+1 errno=0
// CHECK-NEXT: round(-2.5 * one) = -0x1.8p+1 errno=0
// CHECK-NEXT: rint(2.5 * one) = 0x1p+1 errno=0
// CHECK-NEXT: nearbyint(-0.5 * one) = -0x0p+0 errno=0
// CHECK-NEXT: lround(2.5) = 3
// CHECK-NEXT: llrint(-3.5) = -4
// CHECK-NEXT: fpclassify: 0 1 2 3 4
// CHECK-NEXT: isinf(-inf) = -1, signbit(-0) = 1, isgreater(nan, 1) = 0, isunordered = 1
// CHECK-NEXT: M_PI = 0x1.921fb54442d18p+1, sinf(0.5) = 0x1.eaee88p-2, powf(2, 0.5) = 0x1.6a09e6p+0
