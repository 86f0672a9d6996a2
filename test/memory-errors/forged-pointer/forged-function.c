// EXPECT: pointer-built-from-data
// A function address saved as an integer and called after conversion back.
#include <stdint.h>
#include <stdio.h>

static int answer(void) { return 42; }

int main(void) {
  uintptr_t saved = (uintptr_t)answer;
#ifdef FIXED
  int (*f)(void) = answer;
#else
  int (*f)(void) = (int (*)(void))saved;
#endif
  (void)saved;
  printf("%d\n", f());  // BUG
  return 0;
}
