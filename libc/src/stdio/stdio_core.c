/* The buffer machinery every stream function uses (see stdio_impl.h for the model):
 * deciding the buffering mode, flushing output, refilling input, switching direction and
 * appending bytes to a stream. Host errors (negative errno) set errno and the error flag.
 * A stream on a pipe end inside the program (fdopen of a pipe(2) descriptor, src/unistd/pipe.c)
 * reads and writes through libc's pipe instead of the host. */
#include <errno.h>
#include <string.h>

#include "host.h"
#include "libc.h"
#include "stdio_impl.h"

/* A pipe end's result (-1 with errno) in the host's form (negative errno). */
static int pipe_result(long r) { return r < 0 ? -errno : (int)r; }

void __stdio_setup(FILE *f) {
  if (f->flags & F_MODESET) return;
  f->flags |= F_MODESET;
  f->mode = __host_fd_isatty(f->fd) > 0 ? _IOLBF : _IOFBF;
}

size_t __stdio_write_fd(FILE *f, const unsigned char *p, size_t n) {
  size_t done = 0;
  while (done < n) {
    int r = __LIBC_IS_PIPE(f->fd) ? pipe_result(__libc_pipe_write(f->fd, p + done, n - done))
                                  : __host_fd_write(f->fd, p + done, n - done);
    if (r <= 0) {
      errno = r < 0 ? -r : EIO;
      f->flags |= F_ERR;
      break;
    }
    done += (size_t)r;
  }
  return done;
}

int __stdio_flush(FILE *f) {
  size_t n = f->wpos;
  if (!n) return 0;
  f->wpos = 0; /* on error the pending output is dropped, as in musl */
  return __stdio_write_fd(f, f->buf, n) == n ? 0 : EOF;
}

int __stdio_to_write(FILE *f) {
  if (!(f->flags & F_WRITE)) {
    errno = EBADF;
    f->flags |= F_ERR;
    return EOF;
  }
  if (f->flags & F_READING) {
    size_t unread = f->rend - f->rpos;
    if (unread && !__LIBC_IS_PIPE(f->fd)) __host_fd_seek(f->fd, -(long long)unread, SEEK_CUR);
    f->rpos = f->rend = UNGET;
    f->flags &= ~(F_READING | F_EOF);
  }
  __stdio_setup(f);
  return 0;
}

size_t __stdio_fill(FILE *f) {
  if (!(f->flags & F_READ)) {
    errno = EBADF;
    f->flags |= F_ERR;
    return 0;
  }
  if (!(f->flags & F_READING)) {
    if (__stdio_flush(f)) return 0;
    f->flags |= F_READING;
    f->rpos = f->rend = UNGET;
  }
  if (f->rpos < f->rend) return f->rend - f->rpos;
  if (f->flags & F_EOF) return 0; /* end of file is sticky (C11 7.21.7.1) */
  /* Before waiting for input, show a prompt written to a line-buffered stdout. */
  if (f != stdout && stdout->mode == _IOLBF && stdout->wpos) __stdio_flush(stdout);
  __stdio_setup(f);
  int r = __LIBC_IS_PIPE(f->fd) ? pipe_result(__libc_pipe_read(f->fd, f->buf + UNGET, f->size - UNGET))
                                : __host_fd_read(f->fd, f->buf + UNGET, f->size - UNGET);
  f->rpos = f->rend = UNGET;
  if (r <= 0) {
    if (r < 0) {
      errno = -r;
      f->flags |= F_ERR;
    } else {
      f->flags |= F_EOF;
    }
    return 0;
  }
  f->rend = UNGET + (size_t)r;
  return (size_t)r;
}

size_t __fwritex(const unsigned char *p, size_t n, FILE *f) {
  if (__stdio_to_write(f)) return 0;
  if (f->mode == _IONBF) return __stdio_write_fd(f, p, n);
  if (n > f->size - f->wpos && __stdio_flush(f)) return 0;
  if (n >= f->size) return __stdio_write_fd(f, p, n);
  __builtin_memcpy(f->buf + f->wpos, p, n);
  f->wpos += n;
  if (f->mode == _IOLBF && memchr(p, '\n', n)) __stdio_flush(f);
  return n;
}
