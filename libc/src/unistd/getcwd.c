/* getcwd: the guest's working directory is where relative paths go (the --dir grant whose
 * guest path is "."), and it has no absolute name inside the sandbox. So getcwd reports the
 * environment's PWD when the user passed one that is absolute (mswasm run --env=PWD=/...), and
 * otherwise fails with ENOENT, as Linux does for a working directory that has no name.
 * getcwd(NULL, 0) allocates (as glibc and musl do); a buffer too small gives ERANGE. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *getcwd(char *buf, size_t size) {
  if (buf && size == 0) {
    errno = EINVAL;
    return NULL;
  }
  const char *pwd = getenv("PWD");
  if (!pwd || pwd[0] != '/') {
    errno = ENOENT;
    return NULL;
  }
  size_t n = strlen(pwd) + 1;
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
  __builtin_memcpy(buf, pwd, n);
  return buf;
}
