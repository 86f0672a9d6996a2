/* fopen over the host's path_open: modes r, w, a, each with an optional + (and C11's x for
 * exclusive creation); b is accepted and ignored. The stream gets a malloc'd buffer. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "stdio_impl.h"

FILE *fopen(const char *restrict path, const char *restrict mode) {
  int oflags, fflags;
  switch (mode[0]) {
  case 'r': oflags = __HOST_O_RDONLY; fflags = F_READ; break;
  case 'w': oflags = __HOST_O_WRONLY | __HOST_O_CREAT | __HOST_O_TRUNC; fflags = F_WRITE; break;
  case 'a': oflags = __HOST_O_WRONLY | __HOST_O_CREAT | __HOST_O_APPEND; fflags = F_WRITE; break;
  default: errno = EINVAL; return NULL;
  }
  if (strchr(mode, '+')) {
    oflags = (oflags & ~3) | __HOST_O_RDWR;
    fflags = F_READ | F_WRITE;
  }
  if (strchr(mode, 'x') && mode[0] == 'w') oflags |= __HOST_O_EXCL;

  FILE *f = calloc(1, sizeof *f);
  unsigned char *buf = malloc(BUFSIZ + UNGET);
  if (!f || !buf) {
    free(f);
    free(buf);
    return NULL;
  }
  int fd = __host_path_open(path, strlen(path), oflags, 0666);
  if (fd < 0) {
    free(f);
    free(buf);
    errno = -fd;
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
