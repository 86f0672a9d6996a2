/* strlen: byte by byte (a word-at-a-time scan could read past the segment's end and trap). */
#include <string.h>

size_t strlen(const char *s) {
  const char *p = s;
  while (*p) p++;
  return p - s;
}
