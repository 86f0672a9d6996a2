/* strtok: keeps its position in a static pointer (derived from the string it was given). */
#include <string.h>

char *strtok(char *restrict s, const char *restrict delim) {
  static char *next;
  if (!s) s = next;
  if (!s) return NULL;
  s += strspn(s, delim);
  if (!*s) {
    next = NULL;
    return NULL;
  }
  char *end = s + strcspn(s, delim);
  if (*end) {
    *end = 0;
    next = end + 1;
  } else {
    next = NULL;
  }
  return s;
}
