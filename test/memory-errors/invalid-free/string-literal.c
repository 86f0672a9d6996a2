// EXPECT: invalid-free
// free of a string literal stored in a field that usually holds strdup'd text.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item { char *name; int owned; };

int main(void) {
  struct item it;
#ifdef FIXED
  it.name = malloc(5);
  strcpy(it.name, "none");
#else
  it.name = "none";
#endif
  printf("%s\n", it.name);
  free(it.name);  // BUG
  return 0;
}
