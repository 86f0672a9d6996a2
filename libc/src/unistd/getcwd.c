/* getcwd: the absolute guest name of the engine's working directory (host cwd_get,
 * docs/spec.md "Working directory"): the name of the "." grant ("/" when no other grant names
 * it), or where chdir went. ENOENT when the working directory has no absolute name (no "."
 * grant, or "/" is another grant's). getcwd(NULL, 0) allocates (as glibc and musl do); a
 * buffer too small gives ERANGE. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host.h"

char *getcwd(char *buf, size_t size) {
  if (buf && size == 0) {
    errno = EINVAL;
    return NULL;
  }
  char name[4097];
  int r = __host_cwd_get(name, sizeof name - 1);
  if (r < 0) {
    errno = r == -ERANGE ? ENAMETOOLONG : -r;
    return NULL;
  }
  size_t n = (size_t)r + 1;
  name[r] = 0;
  if (!buf) {
    if (size && size < n) {
      errno = ERANGE;
      return NULL;
    }
    buf = malloc(size ? size : n);
    if (!buf) return NULL;
  } else if (size < n) {
    errno = ERANGE;
    return NULL;
  }
  __builtin_memcpy(buf, name, n);
  return buf;
}
