/* strcasecmp: compares after tolower (C locale). */
#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *a, const char *b) {
  const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
  for (; *p && tolower(*p) == tolower(*q); p++, q++) {
  }
  return tolower(*p) - tolower(*q);
}
