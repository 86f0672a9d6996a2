// EXPECT: stack-buffer-overflow read
// A tiny RPN calculator: a binary operator pops two operands without checking the depth.
#include <ctype.h>
#include <stdio.h>

static int eval(const char *prog) {
  int st[16];
  int sp = 0;
  for (const char *p = prog; *p; p++) {
    if (isdigit((unsigned char)*p)) {
      st[sp++] = *p - '0';
    } else if (*p == '+' || *p == '*') {
#ifdef FIXED
      if (sp < 2) return -1;
#endif
      int b = st[--sp];
      int a = st[--sp];  // BUG
      st[sp++] = *p == '+' ? a + b : a * b;
    }
  }
  return sp ? st[sp - 1] : 0;
}

int main(void) {
  printf("%d\n", eval("34+2*"));
  printf("%d\n", eval("5+"));
  return 0;
}
