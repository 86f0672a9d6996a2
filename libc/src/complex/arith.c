/* __mulsc3, __muldc3, __divsc3, __divdc3: the helpers Clang calls for complex * and / (float
 * and double; long double is double here). They follow C11 Annex G.5.1: the textbook formulas
 * first; only when both parts come out NaN are infinities recovered - an infinite operand is
 * "boxed" to +-1/0 with NaNs of the other operand turned into 0 and the product recomputed
 * times infinity; a product that overflowed is recomputed with NaNs turned into 0. Division
 * scales the divisor by a power of two (logb/scalbn) before forming c^2 + d^2, and recovers
 * x/0 = infinity, inf/finite = infinity and finite/inf = 0. No contraction into fma. */
#pragma STDC FP_CONTRACT OFF

#include <math.h>

#define DEFINE_MUL(NAME, T, SUF)                                                          \
  T _Complex NAME(T a, T b, T c, T d) {                                                   \
    T ac = a * c, bd = b * d, ad = a * d, bc = b * c;                                      \
    T x = ac - bd, y = ad + bc;                                                           \
    if (__builtin_isnan(x) && __builtin_isnan(y)) {                                       \
      int again = 0;                                                                      \
      if (__builtin_isinf(a) || __builtin_isinf(b)) {                                     \
        a = __builtin_copysign##SUF(__builtin_isinf(a) ? (T)1 : (T)0, a);                 \
        b = __builtin_copysign##SUF(__builtin_isinf(b) ? (T)1 : (T)0, b);                 \
        if (__builtin_isnan(c)) c = __builtin_copysign##SUF((T)0, c);                     \
        if (__builtin_isnan(d)) d = __builtin_copysign##SUF((T)0, d);                     \
        again = 1;                                                                        \
      }                                                                                   \
      if (__builtin_isinf(c) || __builtin_isinf(d)) {                                     \
        c = __builtin_copysign##SUF(__builtin_isinf(c) ? (T)1 : (T)0, c);                 \
        d = __builtin_copysign##SUF(__builtin_isinf(d) ? (T)1 : (T)0, d);                 \
        if (__builtin_isnan(a)) a = __builtin_copysign##SUF((T)0, a);                     \
        if (__builtin_isnan(b)) b = __builtin_copysign##SUF((T)0, b);                     \
        again = 1;                                                                        \
      }                                                                                   \
      if (!again && (__builtin_isinf(ac) || __builtin_isinf(bd) || __builtin_isinf(ad) || \
                     __builtin_isinf(bc))) {                                              \
        if (__builtin_isnan(a)) a = __builtin_copysign##SUF((T)0, a);                     \
        if (__builtin_isnan(b)) b = __builtin_copysign##SUF((T)0, b);                     \
        if (__builtin_isnan(c)) c = __builtin_copysign##SUF((T)0, c);                     \
        if (__builtin_isnan(d)) d = __builtin_copysign##SUF((T)0, d);                     \
        again = 1;                                                                        \
      }                                                                                   \
      if (again) {                                                                        \
        x = __builtin_inf##SUF() * (a * c - b * d);                                       \
        y = __builtin_inf##SUF() * (a * d + b * c);                                       \
      }                                                                                   \
    }                                                                                     \
    return __builtin_complex(x, y);                                                       \
  }

#define DEFINE_DIV(NAME, T, SUF)                                                          \
  T _Complex NAME(T a, T b, T c, T d) {                                                   \
    T big = fmax##SUF(__builtin_fabs##SUF(c), __builtin_fabs##SUF(d));                   \
    T lb = logb##SUF(big);                                                                \
    int scale = 0;                                                                        \
    if (__builtin_isfinite(lb)) {                                                         \
      scale = (int)lb;                                                                    \
      c = scalbn##SUF(c, -scale);                                                         \
      d = scalbn##SUF(d, -scale);                                                         \
    }                                                                                     \
    T den = c * c + d * d;                                                                \
    T x = scalbn##SUF((a * c + b * d) / den, -scale);                                     \
    T y = scalbn##SUF((b * c - a * d) / den, -scale);                                     \
    if (__builtin_isnan(x) && __builtin_isnan(y)) {                                       \
      if (den == 0 && (!__builtin_isnan(a) || !__builtin_isnan(b))) {                     \
        T inf = __builtin_copysign##SUF(__builtin_inf##SUF(), c);                         \
        x = inf * a;                                                                      \
        y = inf * b;                                                                      \
      } else if ((__builtin_isinf(a) || __builtin_isinf(b)) && __builtin_isfinite(c) &&   \
                 __builtin_isfinite(d)) {                                                 \
        a = __builtin_copysign##SUF(__builtin_isinf(a) ? (T)1 : (T)0, a);                 \
        b = __builtin_copysign##SUF(__builtin_isinf(b) ? (T)1 : (T)0, b);                 \
        x = __builtin_inf##SUF() * (a * c + b * d);                                       \
        y = __builtin_inf##SUF() * (b * c - a * d);                                       \
      } else if (__builtin_isinf(lb) && lb > 0 && __builtin_isfinite(a) &&                \
                 __builtin_isfinite(b)) {                                                 \
        c = __builtin_copysign##SUF(__builtin_isinf(c) ? (T)1 : (T)0, c);                 \
        d = __builtin_copysign##SUF(__builtin_isinf(d) ? (T)1 : (T)0, d);                 \
        x = (T)0 * (a * c + b * d);                                                       \
        y = (T)0 * (b * c - a * d);                                                       \
      }                                                                                   \
    }                                                                                     \
    return __builtin_complex(x, y);                                                       \
  }

DEFINE_MUL(__muldc3, double, )
DEFINE_MUL(__mulsc3, float, f)
DEFINE_DIV(__divdc3, double, )
DEFINE_DIV(__divsc3, float, f)
