// EXPECT: stack-buffer-overflow read
// Trimming trailing spaces of an all-space local string walks below index 0.
#include <stdio.h>
#include <string.h>

int main(void) {
  char line[16];
  strcpy(line, "    ");
  int i = (int)strlen(line) - 1;
#ifdef FIXED
  while (i >= 0 && line[i] == ' ') i--;
#else
  while (line[i] == ' ') i--;  // BUG
#endif
  line[i + 1] = '\0';
  printf("[%s]\n", line);
  return 0;
}
