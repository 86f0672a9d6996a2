/* strxfrm: in the C locale (the only one) the transformed string is the string itself, so
 * strcmp on results orders as strcoll. Copies it when it fits in n bytes with its NUL; the
 * result is always strlen(src) (n == 0 allows dst == NULL). */
#include <string.h>

size_t strxfrm(char *restrict dst, const char *restrict src, size_t n) {
  size_t len = strlen(src);
  if (len < n) __builtin_memcpy(dst, src, len + 1);
  return len;
}
