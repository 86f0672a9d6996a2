/* __powi and __powif: x raised to an integer power, by binary exponentiation (LLVM's powi
 * intrinsic, which allows this evaluation order; the code generator calls these names). */
double __powi(double x, int n) {
  unsigned u = n < 0 ? 0u - (unsigned)n : (unsigned)n;
  double r = 1;
  for (; u; u >>= 1, x *= x)
    if (u & 1) r *= x;
  return n < 0 ? 1 / r : r;
}

float __powif(float x, int n) { return (float)__powi(x, n); }
