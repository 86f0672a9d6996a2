// printf's L on integer conversions and BSD's q mean ll, as in glibc and musl ("%Lu to %Lu"
// printed garbage before); also through positional arguments and snprintf, and scanf's
// %Ld/%qd.
#include <stdio.h>

int main(void) {
  printf("%Lu to %Lu\n", 80ULL, 258702ULL);
  printf("%Ld %Ld %Li\n", -5LL, 9223372036854775807LL, -9223372036854775807LL - 1);
  printf("%Lx %LX %Lo\n", 0xfedcba9876543210ULL, 0xabcdefULL, 01234567012345670ULL);
  printf("%qd %qu %qx\n", -42LL, 18446744073709551615ULL, 0x1122334455667788ULL);
  printf("[%20Lu] [%-8Ld] [%08Lx] [%+Ld]\n", 12345ULL, -7LL, 255ULL, 3LL);
  printf("%2$Lu %1$Lu %3$d\n", 1ULL, 2ULL, 3);
  char buf[64];
  snprintf(buf, sizeof buf, "%Lu-%qd-%d", 4000000000ULL, -4000000000LL, 7);
  printf("%s\n", buf);
  printf("%Lf %Lg\n", 1.5L, 0.25L);
  long long a = 0, b = 0;
  int n = sscanf("-123456789012 987654321098", "%Ld %qd", &a, &b);
  printf("sscanf %d %lld %lld\n", n, a, b);
  return 0;
}
