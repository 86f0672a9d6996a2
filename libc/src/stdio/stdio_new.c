/* fopen's helpers shared with freopen, fdopen and tmpfile: the mode string and a new stream
 * over a descriptor. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "stdio_impl.h"

int __stdio_mode(const char *mode, int *oflags, int *fflags) {
  switch (mode[0]) {
  case 'r': *oflags = __HOST_O_RDONLY; *fflags = F_READ; break;
  case 'w': *oflags = __HOST_O_WRONLY | __HOST_O_CREAT | __HOST_O_TRUNC; *fflags = F_WRITE; break;
  case 'a': *oflags = __HOST_O_WRONLY | __HOST_O_CREAT | __HOST_O_APPEND; *fflags = F_WRITE; break;
  default: errno = EINVAL; return -1;
  }
  if (strchr(mode, '+')) {
    *oflags = (*oflags & ~3) | __HOST_O_RDWR;
    *fflags = F_READ | F_WRITE;
  }
  if (strchr(mode, 'x') && mode[0] == 'w') *oflags |= __HOST_O_EXCL;
  return 0;
}

FILE *__stdio_new(int fd, int fflags) {
  FILE *f = calloc(1, sizeof *f);
  unsigned char *buf = malloc(BUFSIZ + UNGET);
  if (!f || !buf) {
    free(f);
    free(buf);
    errno = ENOMEM;
    return NULL;
  }
  f->fd = fd;
  f->buf = buf;
  f->size = BUFSIZ + UNGET;
  f->rpos = f->rend = UNGET;
  f->flags = fflags | F_OWNBUF | F_MODESET;
  f->mode = _IOFBF;
  __stdio_link(f);
  return f;
}
