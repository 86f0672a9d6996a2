/* fgetc, getc, getchar. */
#include "stdio_impl.h"

int fgetc(FILE *f) {
  if ((f->flags & F_READING) && f->rpos < f->rend) return f->buf[f->rpos++];
  if (!__stdio_fill(f)) return EOF;
  return f->buf[f->rpos++];
}

int getc(FILE *f) { return fgetc(f); }

int getchar(void) { return fgetc(stdin); }
