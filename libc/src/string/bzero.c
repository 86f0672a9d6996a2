/* bzero, bcopy, index, rindex: the old BSD names of memset(s, 0, n), memmove with the
 * arguments swapped, strchr and strrchr. */
#include <string.h>
#include <strings.h>

void bzero(void *s, size_t n) { __builtin_memset(s, 0, n); }
void bcopy(const void *src, void *dst, size_t n) { __builtin_memmove(dst, src, n); }
char *index(const char *s, int c) { return strchr(s, c); }
char *rindex(const char *s, int c) { return strrchr(s, c); }
