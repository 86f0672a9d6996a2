/* fflush: writes pending output; on an input stream, drops the unread input and moves the
 * descriptor back over it (as POSIX does for seekable files). fflush(NULL) flushes every
 * open stream. */
#include "host.h"
#include "stdio_impl.h"

static int flush_one(FILE *f) {
  if (f->flags & F_READING) {
    size_t unread = f->rend - f->rpos;
    if (unread) __host_fd_seek(f->fd, -(long long)unread, SEEK_CUR);
    f->rpos = f->rend = UNGET;
    f->flags &= ~F_READING;
    return 0;
  }
  return __stdio_flush(f);
}

int fflush(FILE *f) {
  if (f) return flush_one(f);
  int r = 0;
  for (FILE *g = __stdio_head; g; g = g->next)
    if (g->wpos && __stdio_flush(g)) r = EOF;
  return r;
}
