/* dup and dup2 over the host's fd_dup (to < 0: the lowest free descriptor). */
#include <errno.h>
#include <unistd.h>

#include "host.h"

static int result(int r) {
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return r;
}

int dup(int fd) { return result(__host_fd_dup(fd, -1)); }

int dup2(int fd, int to) {
  if (to < 0) {
    errno = EBADF;
    return -1;
  }
  return result(__host_fd_dup(fd, to));
}
