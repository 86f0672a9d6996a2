/* stpcpy and stpncpy (POSIX): like strcpy/strncpy, returning the end of the copy. LLVM's
 * library-call simplifier may introduce stpcpy (sprintf(d, "%s", s) whose result is used). */
#include <string.h>

char *stpcpy(char *restrict dst, const char *restrict src) {
  while ((*dst = *src++)) dst++;
  return dst;
}

char *stpncpy(char *restrict dst, const char *restrict src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i]; i++) dst[i] = src[i];
  if (i < n) __builtin_memset(dst + i, 0, n - i);
  return dst + i;
}
