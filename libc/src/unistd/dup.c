/* dup and dup2 over the host's fd_dup (to < 0: the lowest free descriptor). */
#include <errno.h>
#include <unistd.h>

#include "host.h"
#include "libc.h"

static int result(int r) {
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return r;
}

int dup(int fd) {
  int r = result(__host_fd_dup(fd, -1));
  if (r >= 0) {
    __libc_fd_copy(fd, r); /* flags and pipe end */
  }
  return r;
}

int dup2(int fd, int to) {
  if (to < 0) {
    errno = EBADF;
    return -1;
  }
  int r = result(__host_fd_dup(fd, to));
  if (r >= 0) {
    __libc_fd_copy(fd, r); /* flags and pipe end */
  }
  return r;
}
