// EXPECT: stack-buffer-overflow write
// A helper writes a 6-digit number into a caller's 4-byte buffer digit by digit.
#include <stdio.h>

static void to_digits(unsigned v, char *out) {
  char tmp[12];
  int n = 0;
  do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
  for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];  // BUG
  out[n] = '\0';
}

int main(void) {
#ifdef FIXED
  char buf[8];
#else
  char buf[4];
#endif
  to_digits(123456, buf);
  printf("%s\n", buf);
  return 0;
}
