// The long double functions of <math.h> (long double is double here; native i386 uses the x87
// 80-bit format, so only results exact in both are printed).
#include <math.h>
#include <stdio.h>

int main(void) {
  long double ip, v = -7.75L;
  int e, q;
  printf("%g %g %g %g %g\n", (double)fabsl(v), (double)floorl(v), (double)ceill(v), (double)roundl(v), (double)truncl(v));
  printf("%g %g %g\n", (double)fmodl(7.5L, 2.0L), (double)remainderl(7.5L, 2.0L), (double)remquol(7.0L, 2.0L, &q));
  printf("quo %d\n", q & 7);
  long double m = frexpl(48.0L, &e);
  printf("frexp %g %d ldexp %g scalbn %g scalbln %g\n", (double)m, e, (double)ldexpl(0.75L, 6),
         (double)scalbnl(3.0L, 4), (double)scalblnl(3.0L, -1));
  long double frac = modfl(v, &ip);
  printf("modf %g %g\n", (double)frac, (double)ip);
  printf("%g %g %g %g\n", (double)copysignl(2.0L, -0.0L), (double)fmaxl(1.0L, 2.0L), (double)fminl(1.0L, 2.0L), (double)fdiml(5.0L, 3.0L));
  printf("%g %g %g %g %g\n", (double)sqrtl(16.0L), (double)cbrtl(27.0L), (double)powl(2.0L, 10.0L), (double)hypotl(3.0L, 4.0L), (double)fmal(2.0L, 3.0L, 4.0L));
  printf("%g %g %g %g\n", (double)expl(0.0L), (double)logl(1.0L), (double)log2l(8.0L), (double)log10l(1000.0L));
  printf("%g %g %g\n", (double)sinl(0.0L), (double)cosl(0.0L), (double)atan2l(0.0L, 1.0L));
  printf("%ld %ld %lld %lld %d\n", lroundl(2.5L), lrintl(2.5L), llroundl(-2.5L), llrintl(3.5L), ilogbl(1024.0L));
  printf("nan %d inf %d\n", isnan(nanl("")), isinf(logl(0.0L)));
  printf("%g %g\n", (double)nextafterl(1.0L, 1.0L), (double)tgammal(5.0L));
  return 0;
}
