// EXPECT: pointer-built-from-data read
// A struct containing a pointer is "serialised" byte by byte and read back.
#include <stdio.h>

struct rec { int id; const char *name; };

int main(void) {
  struct rec a = {7, "seven"}, b;
  unsigned char *src = (unsigned char *)&a, *dst = (unsigned char *)&b;
#ifdef FIXED
  b = a;
  (void)src; (void)dst;
#else
  for (unsigned i = 0; i < sizeof a; i++) dst[i] = src[i];
#endif
  printf("%d %c\n", b.id, b.name[0]);  // BUG
  return 0;
}
