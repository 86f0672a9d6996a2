// EXPECT: null-dereference
// fopen fails (the file does not exist) and the NULL FILE* is passed to fgets.
#include <stdio.h>

int main(void) {
  char line[64];
#ifdef FIXED
  FILE *f = fopen("/no/such/file/here", "r");
  if (!f) { printf("cannot open\n"); return 0; }
#else
  FILE *f = fopen("/no/such/file/here", "r");
#endif
  if (fgets(line, sizeof line, f)) printf("%s", line);  // BUG
  fclose(f);
  return 0;
}
