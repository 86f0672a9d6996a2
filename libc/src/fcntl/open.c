/* open and creat over the host's path_open. The flag values are Linux's, as the host's are;
 * O_CLOEXEC, O_NOCTTY and O_NONBLOCK (the host opens only regular files, which never block)
 * have no meaning in the sandbox and are dropped (fcntl reports them: src/fcntl/fdflags.c);
 * the host refuses any other unknown flag with EINVAL. The mode argument is read only with
 * O_CREAT; umask's bits are cleared from it. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>

#include "host.h"
#include "libc.h"

int open(const char *path, int flags, ...) {
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  int fd = __host_path_open(path, strlen(path), flags & ~(O_CLOEXEC | O_NOCTTY | O_NONBLOCK),
                            (int)(mode & ~__libc_umask));
  if (fd < 0) {
    errno = -fd;
    return -1;
  }
  __libc_fd_opened(fd, flags);
  return fd;
}

int creat(const char *path, mode_t mode) { return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode); }
