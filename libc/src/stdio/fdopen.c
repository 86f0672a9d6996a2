/* fdopen: a stream over an open descriptor (checked with the host's fd_stat: EBADF if it is
 * not open). The host cannot report a descriptor's access mode, so a mode that asks for more
 * than the descriptor allows is not refused here: the first read or write fails with EBADF.
 * "a" does not add O_APPEND to the descriptor (the host cannot change its flags). */
#include <errno.h>

#include "host.h"
#include "stdio_impl.h"

FILE *fdopen(int fd, const char *mode) {
  int oflags, fflags;
  if (__stdio_mode(mode, &oflags, &fflags)) return NULL;
  struct __host_stat st;
  int r = __host_fd_stat(fd, &st);
  if (r < 0) {
    errno = -r;
    return NULL;
  }
  FILE *f = __stdio_new(fd, fflags);
  if (f && mode[0] == 'a') __host_fd_seek(fd, 0, SEEK_END);
  return f;
}
