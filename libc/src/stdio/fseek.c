/* fseek, ftell, fseeko, ftello (64-bit off_t), rewind, fgetpos, fsetpos over the host's
 * fd_seek. The stream's position is
 * the descriptor's, minus unread input, plus pending output. */
#include <errno.h>
#include <limits.h>

#include "host.h"
#include "stdio_impl.h"

static int seek(FILE *f, long long off, int whence) {
  if (f->flags & F_READING) {
    if (whence == SEEK_CUR) off -= (long long)(f->rend - f->rpos);
    f->rpos = f->rend = UNGET;
    f->flags &= ~F_READING;
  } else if (__stdio_flush(f)) {
    return -1;
  }
  long long r = __host_fd_seek(f->fd, off, whence);
  if (r < 0) {
    errno = (int)-r;
    return -1;
  }
  f->flags &= ~F_EOF;
  return 0;
}

static long long tell(FILE *f) {
  long long pos = __host_fd_seek(f->fd, 0, SEEK_CUR);
  if (pos < 0) {
    errno = (int)-pos;
    return -1;
  }
  if (f->flags & F_READING) return pos - (long long)(f->rend - f->rpos);
  return pos + (long long)f->wpos;
}

int fseek(FILE *f, long off, int whence) { return seek(f, off, whence); }

long ftell(FILE *f) {
  long long pos = tell(f);
  if (pos > LONG_MAX) {
    errno = EOVERFLOW;
    return -1;
  }
  return (long)pos;
}

int fseeko(FILE *f, off_t off, int whence) { return seek(f, off, whence); }

off_t ftello(FILE *f) { return tell(f); }

void rewind(FILE *f) {
  seek(f, 0, SEEK_SET);
  f->flags &= ~F_ERR;
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos) {
  long long p = tell(f);
  if (p < 0) return -1;
  *pos = p;
  return 0;
}

int fsetpos(FILE *f, const fpos_t *pos) { return seek(f, *pos, SEEK_SET); }
