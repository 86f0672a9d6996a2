/* ioctl: the host has no device control. A descriptor that is not open gives EBADF; every
 * request on an open one fails with ENOTTY, what Linux answers for a file that takes no such
 * request, so programs asking a terminal for its size fall back to $COLUMNS or a default. */
#include <errno.h>
#include <sys/ioctl.h>

#include "host.h"

int ioctl(int fd, unsigned long request, ...) {
  (void)request;
  struct __host_stat h;
  int r = __host_fd_stat(fd, &h);
  errno = r < 0 ? -r : ENOTTY;
  return -1;
}
