/* setvbuf and setbuf: before any I/O on the stream. A caller's buffer too small to keep
 * ungetc's reserve (UNGET bytes) is not used. */
#include <stdlib.h>

#include "stdio_impl.h"

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) return -1;
  __stdio_flush(f);
  unsigned char *nbuf = NULL;
  size_t nsize = 0;
  if (mode == _IONBF) {
    nbuf = f->ubuf;
    nsize = sizeof f->ubuf;
  } else if (buf && size > 2 * UNGET) {
    nbuf = (unsigned char *)buf;
    nsize = size;
  } else if (f->buf == f->ubuf) {
    nbuf = malloc(BUFSIZ + UNGET);
    if (!nbuf) return -1;
    nsize = BUFSIZ + UNGET;
  }
  if (nbuf) {
    if (f->flags & F_OWNBUF) free(f->buf);
    f->flags &= ~F_OWNBUF;
    if (nbuf != f->ubuf && nbuf != (unsigned char *)buf) f->flags |= F_OWNBUF;
    f->buf = nbuf;
    f->size = nsize;
    f->rpos = f->rend = UNGET;
    f->flags &= ~F_READING;
  }
  f->mode = mode;
  f->flags |= F_MODESET;
  return 0;
}

void setbuf(FILE *restrict f, char *restrict buf) {
  setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}
