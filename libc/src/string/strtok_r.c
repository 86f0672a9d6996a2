/* strtok_r (POSIX): strtok with the position kept by the caller. */
#include <string.h>

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict next) {
  if (!s) s = *next;
  if (!s) return NULL;
  s += strspn(s, delim);
  if (!*s) {
    *next = NULL;
    return NULL;
  }
  char *end = s + strcspn(s, delim);
  *next = *end ? end + 1 : NULL;
  *end = 0;
  return s;
}
