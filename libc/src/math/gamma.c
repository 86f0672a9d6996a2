/* tgamma, lgamma and their float versions (lgamma sets signgam). The core is Stirling's series
 * for z >= 12, as a double-double: ln Gamma(z) = (z - 1/2) ln z - z + ln(2 pi)/2 +
 * sum_k B_2k / (2k (2k-1) z^(2k-1)) (eight terms, Bernoulli numbers as exact fractions). Smaller
 * arguments are shifted up, Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)), with the product
 * formed as a double-double; x <= -12 uses the reflection Gamma(x) Gamma(1-x) = pi / sin(pi x)
 * with sin(pi x) reduced exactly. Within 0.2 of lgamma's zeros at 1 and 2, ln Gamma(1 + e) =
 * -gamma e + sum_k (-1)^k zeta(k) e^k / k (and the same around 2 with zeta(k) - 1 and 1 - gamma),
 * to k = 40, so the result is relatively accurate there. Near lgamma's zeros below -2 the error
 * is small in absolute terms only (about 1e-17). Poles: ERANGE; tgamma at negative integers and
 * -inf: EDOM. */
#include "math_impl.h"

int signgam;

static dd_t lgamma_big(dd_t z) {
  double l, L = __math_log_dd(z.h, &l);
  dd_t lz = fast_two_sum(L, l + z.l / z.h);
  dd_t r = dd_mul(dd_add_d(z, -0.5), lz);
  r = dd_add(r, dd_neg(z));
  r = dd_add(r, dd(HALF_LN2PI_H, HALF_LN2PI_L));
  double w = 1 / z.h, w2 = w * w;
  double s = w * (1.0 / 12 + w2 * (-1.0 / 360 + w2 * (1.0 / 1260 + w2 * (-1.0 / 1680 + w2 * (
             1.0 / 1188 + w2 * (-691.0 / 360360 + w2 * (1.0 / 156 + w2 * (-3617.0 / 122400))))))));
  return dd_add_d(r, s);
}

/* sin(pi x) as a double-double (x finite, not huge). */
static dd_t sinpi(double x) {
  double r = x - 2 * __builtin_rint(0.5 * x); /* exact, in [-1, 1] */
  double a = __builtin_fabs(r);
  if (a > 0.5) a = 1 - a;
  dd_t s, c, res;
  if (a <= 0.25) {
    dd_t y = dd_mul_d(dd(PI_H, PI_L), a);
    __math_sincos_dd(y.h, y.l, &s, &c);
    res = s;
  } else {
    dd_t y = dd_mul_d(dd(PI_H, PI_L), 0.5 - a);
    __math_sincos_dd(y.h, y.l, &s, &c);
    res = c;
  }
  return r < 0 ? dd_neg(res) : res;
}

/* x + n >= 12 and the product x (x+1) ... (x+n-1), for -12 < x < 12. */
static dd_t shift_up(double x, dd_t *z) {
  int n = (int)(12 - __builtin_floor(x));
  dd_t p = dd(x, 0);
  for (int i = 1; i < n; i++) p = dd_mul(p, two_sum(x, (double)i));
  *z = two_sum(x, (double)n);
  return p;
}

/* Euler's gamma as a double-double, and zeta(k) - 1 for k = 2..40 (computed exactly from the
 * partial sums to 2000 and the Euler-Maclaurin tail, by scripts like check-math.py's). */
static const double EULER_H = 0x1.2788cfc6fb619p-1, EULER_L = -0x1.6cb90701fbfabp-58;
static const double ZM1[39] = {
  0x1.4a34cc4a60fa6p-1,
  0x1.9dd002780310ap-3,
  0x1.51322ac7d8483p-4,
  0x1.2e831d94f99b7p-5,
  0x1.1c26130249124p-6,
  0x1.1196d0a679c47p-7,
  0x1.0b36af86396e9p-8,
  0x1.073e7b02d6ae0p-9,
  0x1.04b8ce96ee5f8p-10,
  0x1.0318df2459954p-11,
  0x1.020a5b2cd3042p-12,
  0x1.01593a1177bd6p-13,
  0x1.00e4af2b4e156p-14,
  0x1.0097bcbf11bedp-15,
  0x1.0064cdeb22f0fp-16,
  0x1.0043073686681p-17,
  0x1.002c9953744ccp-18,
  0x1.001db08f9ba4ap-19,
  0x1.0013c594466eap-20,
  0x1.000d2bab28121p-21,
  0x1.0008c66cec77dp-22,
  0x1.0005d8f13858cp-23,
  0x1.0003e59ffde12p-24,
  0x1.000298ea55633p-25,
  0x1.0001bb316ccdap-26,
  0x1.0001276b90845p-27,
  0x1.0000c4ed05ae3p-28,
  0x1.0000834601a87p-29,
  0x1.00005782aaebep-30,
  0x1.00003a56719b9p-31,
  0x1.000026e3f644fp-32,
  0x1.000019ed24201p-33,
  0x1.00001148ad653p-34,
  0x1.00000b85be414p-35,
  0x1.000007ae797ffp-36,
  0x1.0000051ef8ffap-37,
  0x1.00000369f9ff9p-38,
  0x1.00000246a5ffbp-39,
  0x1.000001846e551p-40
};

/* ln Gamma(c + e) for c = 1 or 2 and |e| <= 0.2, by the series above. */
static double lgamma_near(double e, int c) {
  double p = 0;
  for (int k = 40; k >= 2; k--) {
    double z = ZM1[k - 2] + (c == 1 ? 1 : 0);
    p = p * e + ((k & 1) ? -z : z) / k;
  }
  p *= e * e;
  dd_t lead = two_prod(c == 1 ? -EULER_H : 1 - EULER_H, e);
  lead.l -= EULER_L * e;
  dd_t r = fast_two_sum(lead.h, lead.l + p);
  return r.h + r.l;
}

double lgamma(double x) {
  signgam = 1;
  if (__builtin_isnan(x)) return x + x;
  if (__builtin_isinf(x)) return HUGE_VAL;
  if (x == 0) {
    if (__builtin_signbit(x)) signgam = -1;
    return math_err(HUGE_VAL, ERANGE);
  }
  if (x < 0 && __builtin_trunc(x) == x) return math_err(HUGE_VAL, ERANGE);
  if (x == 1 || x == 2) return 0.0;
  dd_t r;
  if (x > 0) {
    if (x > 0x1p996) {
      if (x > 2.55e305) return math_err(HUGE_VAL, ERANGE);
      return x * (log(x) - 1);
    }
    if (x < 0x1p-70) return -log(x);
    if (__builtin_fabs(x - 1) <= 0.2) return lgamma_near(x - 1, 1);
    if (__builtin_fabs(x - 2) <= 0.2) return lgamma_near(x - 2, 2);
    if (x >= 12) {
      r = lgamma_big(dd(x, 0));
    } else {
      dd_t z, p = shift_up(x, &z);
      double l, L = __math_log_dd(p.h, &l);
      r = dd_add(lgamma_big(z), dd_neg(fast_two_sum(L, l + p.l / p.h)));
    }
    return r.h + r.l;
  }
  /* x < 0, not an integer */
  if (x > -12) {
    dd_t z, p = shift_up(x, &z);
    if (p.h < 0) {
      signgam = -1;
      p = dd_neg(p);
    }
    double l, L = __math_log_dd(p.h, &l);
    r = dd_add(lgamma_big(z), dd_neg(fast_two_sum(L, l + p.l / p.h)));
    return r.h + r.l;
  }
  if (x < -0x1p52) return math_err(HUGE_VAL, ERANGE);
  dd_t s = sinpi(x);
  if (s.h < 0) {
    signgam = -1;
    s = dd_neg(s);
  }
  double l, L = __math_log_dd(s.h, &l);
  dd_t ls = fast_two_sum(L, l + s.l / s.h);
  r = dd_add(dd(LNPI_H, LNPI_L), dd_neg(ls));
  r = dd_add(r, dd_neg(lgamma_big(two_sum(1.0, -x))));
  return r.h + r.l;
}

double tgamma(double x) {
  if (__builtin_isnan(x)) return x + x;
  if (__builtin_isinf(x)) return x > 0 ? x : math_err(__builtin_nan(""), EDOM);
  if (x == 0) return math_err(1 / x, ERANGE);
  if (x < 0 && __builtin_trunc(x) == x) return math_err(__builtin_nan(""), EDOM);
  if (x > 171.62434868396) return math_err(HUGE_VAL, ERANGE);
  if (__builtin_fabs(x) < 0x1p-54) {
    double r = 1 / x;
    if (__builtin_isinf(r)) errno = ERANGE;
    return r;
  }
  double h, l;
  int k;
  if (x >= 12) {
    dd_t w = lgamma_big(dd(x, 0));
    k = __math_exp_dd(w.h, w.l, &h, &l);
    return __math_exp_finish(h, l, k);
  }
  if (x > -12) {
    dd_t z, p = shift_up(x, &z);
    dd_t w = lgamma_big(z);
    k = __math_exp_dd(w.h, w.l, &h, &l);
    dd_t q = dd_div(dd(h, l), p);
    return __math_exp_finish(q.h, q.l, k);
  }
  dd_t s = sinpi(x);
  if (x < -190) return math_err(s.h < 0 ? -0.0 : 0.0, ERANGE);
  dd_t w = lgamma_big(two_sum(1.0, -x));
  k = __math_exp_dd(w.h, w.l, &h, &l);
  dd_t q = dd_div(dd(PI_H, PI_L), dd_mul(s, dd(h, l)));
  return __math_exp_finish(q.h, q.l, -k);
}

float tgammaf(float x) { return math_f(tgamma(x)); }

float lgammaf(float x) { return math_f(lgamma(x)); }
