/* ungetc: pushes back into the UNGET bytes reserved before the read data. */
#include "stdio_impl.h"

int ungetc(int c, FILE *f) {
  if (c == EOF || !(f->flags & F_READ)) return EOF;
  if (!(f->flags & F_READING)) {
    if (__stdio_flush(f)) return EOF;
    f->flags |= F_READING;
    f->rpos = f->rend = UNGET;
  }
  if (f->rpos == f->rend) f->rpos = f->rend = UNGET;
  if (!f->rpos) return EOF;
  f->buf[--f->rpos] = (unsigned char)c;
  f->flags &= ~F_EOF;
  return (unsigned char)c;
}
