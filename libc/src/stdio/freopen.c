/* freopen: closes the stream's descriptor and opens path on the same FILE (the standard
 * streams keep their static buffers, and the new descriptor is the lowest free one, so
 * freopen(path, "w", stdout) makes descriptor 1 the file). The buffering mode is kept.
 * With a NULL path (C: "change the mode"), the descriptor is kept and only the stream's
 * direction changes: allowed when the stream was opened for every direction the new mode asks,
 * and, for "w" and "a", only on a descriptor that is not a regular file (truncating or appending
 * would need a reopen the host cannot do); otherwise EBADF. On failure the stream is closed and
 * NULL returned, as C specifies. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "libc.h"
#include "stdio_impl.h"

static FILE *fail(FILE *f, int e) {
  if (f->flags & F_STATIC) {
    f->flags = F_STATIC | F_MODESET | (f->flags & F_OWNBUF);
    f->fd = -1;
    __stdio_unlink(f);
  } else {
    __stdio_unlink(f);
    if (f->flags & F_OWNBUF) free(f->buf);
    free(f);
  }
  errno = e;
  return NULL;
}

static int linked(FILE *f) {
  for (FILE *g = __stdio_head; g; g = g->next)
    if (g == f) return 1;
  return 0;
}

FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f) {
  int oflags, fflags;
  if (!(f->flags & F_READING)) __stdio_flush(f);
  if (__stdio_mode(mode, &oflags, &fflags)) {
    __host_fd_close(f->fd);
    __libc_fd_closed(f->fd);
    return fail(f, EINVAL);
  }
  if (!path) {
    /* Drop unread input (the descriptor goes back to the stream's position). */
    if ((f->flags & F_READING) && f->rend > f->rpos)
      __host_fd_seek(f->fd, -(long long)(f->rend - f->rpos), SEEK_CUR);
    struct __host_stat st;
    int r = __host_fd_stat(f->fd, &st);
    int ok = r == 0 && (fflags & ~f->flags & (F_READ | F_WRITE)) == 0 &&
             (mode[0] == 'r' || (st.mode & 0170000) != 0100000);
    if (!ok) {
      __host_fd_close(f->fd);
      __libc_fd_closed(f->fd);
      return fail(f, r < 0 ? -r : EBADF);
    }
  } else {
    __host_fd_close(f->fd);
    __libc_fd_closed(f->fd);
    int fd = __host_path_open(path, strlen(path), oflags, (int)(0666 & ~__libc_umask));
    if (fd < 0) return fail(f, -fd);
    __libc_fd_opened(fd, oflags);
    f->fd = fd;
  }
  f->flags = fflags | (f->flags & (F_STATIC | F_OWNBUF | F_MODESET));
  f->rpos = f->rend = UNGET;
  f->wpos = 0;
  if (!linked(f)) __stdio_link(f);
  return f;
}
