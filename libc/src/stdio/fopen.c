/* fopen over the host's path_open: modes r, w, a, each with an optional + (and C11's x for
 * exclusive creation); b is accepted and ignored. The stream gets a malloc'd buffer
 * (stdio_new.c). */
#include <errno.h>
#include <string.h>

#include "host.h"
#include "libc.h"
#include "stdio_impl.h"

FILE *fopen(const char *restrict path, const char *restrict mode) {
  int oflags, fflags;
  if (__stdio_mode(mode, &oflags, &fflags)) return NULL;
  int fd = __host_path_open(path, strlen(path), oflags, (int)(0666 & ~__libc_umask));
  if (fd < 0) {
    errno = -fd;
    return NULL;
  }
  __libc_fd_opened(fd, oflags);
  FILE *f = __stdio_new(fd, fflags);
  if (!f) {
    __host_fd_close(fd);
    __libc_fd_closed(fd);
  }
  return f;
}
