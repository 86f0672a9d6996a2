// EXPECT: heap-buffer-overflow write
// Joining words into a heap buffer whose size forgets the separators.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  const char *w[] = {"alpha", "beta", "gamma"};
  size_t total = 0;
  for (int i = 0; i < 3; i++) total += strlen(w[i]);
#ifdef FIXED
  total += 3;
#endif
  char *s = malloc(total + 1);
  s[0] = '\0';
  for (int i = 0; i < 3; i++) {
    strcat(s, w[i]);  // BUG
    if (i < 2) strcat(s, ",");
  }
  printf("%s\n", s);
  free(s);
  return 0;
}
