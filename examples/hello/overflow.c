/* A deliberate heap overflow: the engine stops it and reports the line. */
#include <stdlib.h>
#include <string.h>

int main(void) {
  char *buf = malloc(8);
  strcpy(buf, "too long for eight bytes");
  free(buf);
  return 0;
}
