/* fclose: flush, close the descriptor, unlink and free the stream (the standard streams are
 * static: they are only closed and left unusable). */
#include <errno.h>
#include <stdlib.h>

#include "host.h"
#include "libc.h"
#include "stdio_impl.h"

int fclose(FILE *f) {
  int r = (f->flags & F_READING) ? 0 : __stdio_flush(f);
  int c = __host_fd_close(f->fd);
  if (c < 0) {
    errno = -c;
    r = EOF;
  } else {
    __libc_fd_closed(f->fd);
  }
  __stdio_unlink(f);
  if (f->flags & F_OWNBUF) free(f->buf);
  if (f->flags & F_STATIC) {
    f->flags = F_STATIC | F_MODESET;
    f->buf = f->ubuf;
    f->size = sizeof f->ubuf;
    f->wpos = 0;
    f->rpos = f->rend = UNGET;
    return r;
  }
  free(f);
  return r;
}
