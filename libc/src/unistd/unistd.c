/* read, write, close, lseek, isatty: the host's fd_* calls, with -errno turned into errno;
 * pipe ends are libc's own (pipe.c). */
#include <errno.h>
#include <unistd.h>

#include "host.h"
#include "libc.h"

static long check(long long r) {
  if (r < 0) {
    errno = (int)-r;
    return -1;
  }
  return (long)r;
}

ssize_t read(int fd, void *buf, size_t n) {
  if (__LIBC_IS_PIPE(fd)) return __libc_pipe_read(fd, buf, n);
  return check(__host_fd_read(fd, buf, n));
}

ssize_t write(int fd, const void *buf, size_t n) {
  if (__LIBC_IS_PIPE(fd)) return __libc_pipe_write(fd, buf, n);
  return check(__host_fd_write(fd, buf, n));
}

int close(int fd) {
  int r = (int)check(__host_fd_close(fd));
  if (r == 0) __libc_fd_closed(fd); /* a pipe end's bookkeeping too */
  return r;
}

off_t lseek(int fd, off_t off, int whence) {
  if (__LIBC_IS_PIPE(fd)) {
    errno = ESPIPE;
    return -1;
  }
  long long r = __host_fd_seek(fd, off, whence);
  if (r < 0) {
    errno = (int)-r;
    return -1;
  }
  return r;
}

int isatty(int fd) {
  int r = __host_fd_isatty(fd);
  if (r < 0) {
    errno = -r;
    return 0;
  }
  if (!r) errno = ENOTTY;
  return r;
}
