// EXPECT: pointer-built-from-data
// A function's address is saved as text (as a plugin registry might write it to a file) and
// the number parsed back is called: it derives from no pointer, so it has no authority.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int answer(void) { return 42; }

int main(void) {
  char saved[32];
  snprintf(saved, sizeof saved, "%lu", (unsigned long)(uintptr_t)answer);
  uintptr_t addr = (uintptr_t)strtoul(saved, NULL, 10);
#ifdef FIXED
  int (*f)(void) = answer;
#else
  int (*f)(void) = (int (*)(void))addr;
#endif
  (void)addr;
  printf("%d\n", f());  // BUG
  return 0;
}
