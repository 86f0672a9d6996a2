// EXPECT: stack-buffer-overflow read
// strcmp on a local char array that was filled without a terminator.
#include <stdio.h>
#include <string.h>

int main(void) {
#ifdef FIXED
  char key[5] = {'a', 'b', 'c', 'd', '\0'};
#else
  char key[4] = {'a', 'b', 'c', 'd'};
#endif
  int r = strcmp(key, "abcd");  // BUG
  printf("%d\n", r == 0);
  return 0;
}
