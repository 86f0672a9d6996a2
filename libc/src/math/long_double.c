/* The long double functions of <math.h>. long double is IEEE double on this target (as on
 * 32-bit ARM), so each is its double function; the compiler inlines the call. */
#include <math.h>

long double acosl(long double __x) { return acos(__x); }
long double asinl(long double __x) { return asin(__x); }
long double atanl(long double __x) { return atan(__x); }
long double cosl(long double __x) { return cos(__x); }
long double sinl(long double __x) { return sin(__x); }
long double tanl(long double __x) { return tan(__x); }
long double acoshl(long double __x) { return acosh(__x); }
long double asinhl(long double __x) { return asinh(__x); }
long double atanhl(long double __x) { return atanh(__x); }
long double coshl(long double __x) { return cosh(__x); }
long double sinhl(long double __x) { return sinh(__x); }
long double tanhl(long double __x) { return tanh(__x); }
long double expl(long double __x) { return exp(__x); }
long double exp2l(long double __x) { return exp2(__x); }
long double expm1l(long double __x) { return expm1(__x); }
long double logl(long double __x) { return log(__x); }
long double log10l(long double __x) { return log10(__x); }
long double log1pl(long double __x) { return log1p(__x); }
long double log2l(long double __x) { return log2(__x); }
long double logbl(long double __x) { return logb(__x); }
long double cbrtl(long double __x) { return cbrt(__x); }
long double fabsl(long double __x) { return fabs(__x); }
long double sqrtl(long double __x) { return sqrt(__x); }
long double erfl(long double __x) { return erf(__x); }
long double erfcl(long double __x) { return erfc(__x); }
long double lgammal(long double __x) { return lgamma(__x); }
long double tgammal(long double __x) { return tgamma(__x); }
long double ceill(long double __x) { return ceil(__x); }
long double floorl(long double __x) { return floor(__x); }
long double nearbyintl(long double __x) { return nearbyint(__x); }
long double rintl(long double __x) { return rint(__x); }
long double roundl(long double __x) { return round(__x); }
long double truncl(long double __x) { return trunc(__x); }
long double atan2l(long double __x, long double __y) { return atan2(__x, __y); }
long double fmodl(long double __x, long double __y) { return fmod(__x, __y); }
long double remainderl(long double __x, long double __y) { return remainder(__x, __y); }
long double copysignl(long double __x, long double __y) { return copysign(__x, __y); }
long double nextafterl(long double __x, long double __y) { return nextafter(__x, __y); }
long double fdiml(long double __x, long double __y) { return fdim(__x, __y); }
long double fmaxl(long double __x, long double __y) { return fmax(__x, __y); }
long double fminl(long double __x, long double __y) { return fmin(__x, __y); }
long double hypotl(long double __x, long double __y) { return hypot(__x, __y); }
long double powl(long double __x, long double __y) { return pow(__x, __y); }
long double fmal(long double __x, long double __y, long double __z) { return fma(__x, __y, __z); }
long double frexpl(long double __x, int *__e) { return frexp(__x, __e); }
long double ldexpl(long double __x, int __e) { return ldexp(__x, __e); }
long double scalbnl(long double __x, int __e) { return scalbn(__x, __e); }
long double scalblnl(long double __x, long __e) { return scalbln(__x, __e); }
int ilogbl(long double __x) { return ilogb(__x); }
long lrintl(long double __x) { return lrint(__x); }
long lroundl(long double __x) { return lround(__x); }
long long llrintl(long double __x) { return llrint(__x); }
long long llroundl(long double __x) { return llround(__x); }
long double remquol(long double __x, long double __y, int *__q) { return remquo(__x, __y, __q); }
long double nanl(const char *__tag) { return nan(__tag); }
long double nexttowardl(long double __x, long double __y) { return nextafter(__x, __y); }
long double modfl(long double __x, long double *__i) {
  double i;
  double r = modf(__x, &i);
  *__i = i;
  return r;
}
