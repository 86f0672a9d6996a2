/* fputc, putc, putchar: a fast path straight into a fully buffered stream's buffer. */
#include "stdio_impl.h"

int fputc(int c, FILE *f) {
  unsigned char ch = (unsigned char)c;
  if ((f->flags & (F_WRITE | F_READING | F_MODESET)) == (F_WRITE | F_MODESET) &&
      f->mode != _IONBF && f->wpos < f->size && (f->mode == _IOFBF || ch != '\n')) {
    f->buf[f->wpos++] = ch;
    return ch;
  }
  return __fwritex(&ch, 1, f) == 1 ? ch : EOF;
}

int putc(int c, FILE *f) { return fputc(c, f); }

int putchar(int c) { return fputc(c, stdout); }
