// EXPECT: pointer-built-from-data read
// The bytes of an integer address are copied over a pointer variable.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int value = 17;

int main(void) {
  int *p = NULL;
  unsigned char raw[sizeof(int *)];
  memset(raw, 0, sizeof raw);
#ifdef FIXED
  memcpy(raw, &(int *){&value}, sizeof(int *));
#else
  uintptr_t a = (uintptr_t)&value;
  memcpy(raw, &a, sizeof a);
#endif
  memcpy(&p, raw, sizeof p);
  printf("%d\n", *p);  // BUG
  return 0;
}
