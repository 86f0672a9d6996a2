/* pipe and pipe2: pipes inside the program. There are no other processes, but a program may
 * still talk to itself through a pipe: the self-pipe trick (a signal handler writes a byte that
 * a poll loop wakes on; xz does this), or a producer and a consumer in one loop. Each end is a
 * descriptor the host really holds (/dev/null, opened read-only or write-only), so its number
 * is never given to another file while the end is open; libc keeps the bytes (a 64 KiB buffer,
 * Linux's default capacity) and routes read, write, close, dup, dup2, fcntl(F_DUPFD), poll,
 * fstat (a FIFO, mode 0600) and lseek (ESPIPE) of the ends here (__libc_pipe_* below, called
 * while __libc_pipe_ends is not 0). Semantics as POSIX for a pipe that this process alone
 * reads and writes:
 * - read returns the bytes buffered (at most n); with none, 0 once no write end is open, else
 *   EAGAIN for an O_NONBLOCK end. A blocking read of an empty pipe whose write end is open
 *   could only wait forever (nothing else can write): EDEADLK, as libc's other endless waits.
 * - write with no read end open fails with EPIPE after raising SIGPIPE. Otherwise it writes
 *   all n bytes if they fit; a write of at most PIPE_BUF bytes is atomic (all or, for an
 *   O_NONBLOCK end, EAGAIN); a larger one writes what fits (EAGAIN if nothing does). A blocking
 *   write to a full pipe would wait forever: EDEADLK (a partial write returns its count).
 * - poll: a read end is readable (POLLIN) when bytes are buffered, POLLHUP once no writer is
 *   left (read then returns 0: poll wakes, as on Linux); a write end writable (POLLOUT) when PIPE_BUF bytes fit (as Linux), POLLERR
 *   with no reader.
 * Streams (fdopen) over a pipe end are not supported: stdio calls the host directly (it reads
 * /dev/null's end of file). fclose of such a stream closes the host's descriptor behind libc's
 * back; so that a file later opened under the same number is not taken for the pipe end, an
 * end is checked against the host (still the /dev/null it was opened as) before each use, and
 * forgotten when it is not. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host.h"
#include "libc.h"

#define CAPACITY 65536
#define ATOMIC_WRITE 4096 /* PIPE_BUF (<limits.h> is Clang's own in a -ffreestanding build) */

struct pipe {
  unsigned char *buf;
  size_t head, len; /* bytes buffered: len of them from head, circularly */
  int readers, writers; /* descriptors open on each end */
};

static struct pipe *end_pipe[__FD_KNOWN_MAX]; /* the pipe fd is an end of, or NULL */
static unsigned char end_writes[__FD_KNOWN_MAX];
static unsigned long long null_ino; /* /dev/null's inode: what the host holds for every end */
int __libc_pipe_ends;

extern unsigned __libc_fdflags[__FD_KNOWN_MAX];

static int fail(int e) {
  errno = e;
  return -1;
}

int pipe2(int fds[2], int flags) {
  if (flags & ~(O_NONBLOCK | O_CLOEXEC)) return fail(EINVAL);
  struct pipe *p = malloc(sizeof *p);
  unsigned char *buf = malloc(CAPACITY);
  if (!p || !buf) {
    free(p);
    free(buf);
    return fail(ENFILE);
  }
  int r = __host_path_open("/dev/null", 9, __HOST_O_RDONLY, 0);
  int w = r < 0 ? r : __host_path_open("/dev/null", 9, __HOST_O_WRONLY, 0);
  if (r < 0 || w < 0 || r >= __FD_KNOWN_MAX || w >= __FD_KNOWN_MAX) {
    int e = r < 0 ? -r : w < 0 ? -w : EMFILE;
    if (r >= 0) __host_fd_close(r);
    if (w >= 0) __host_fd_close(w);
    free(p);
    free(buf);
    return fail(e);
  }
  struct __host_stat h;
  if (__host_fd_stat(r, &h) == 0) null_ino = h.ino;
  *p = (struct pipe){buf, 0, 0, 1, 1};
  end_pipe[r] = end_pipe[w] = p;
  end_writes[r] = 0;
  end_writes[w] = 1;
  __libc_pipe_ends += 2;
  __libc_fd_opened(r, O_RDONLY | flags);
  __libc_fd_opened(w, O_WRONLY | flags);
  fds[0] = r;
  fds[1] = w;
  return 0;
}

int pipe(int fds[2]) { return pipe2(fds, 0); }

static int is_end(int fd) { return fd >= 0 && fd < __FD_KNOWN_MAX && end_pipe[fd]; }

static void forget(int fd);

int __libc_pipe_is(int fd) {
  if (!is_end(fd)) return 0;
  struct __host_stat h;
  if (__host_fd_stat(fd, &h) == 0 && (h.mode & 0170000) == 0020000 && h.ino == null_ino) return 1;
  forget(fd); /* closed behind libc's back (fclose of an fdopen stream): no longer an end */
  return 0;
}

static int nonblocking(int fd) { return (__libc_fdflags[fd] & O_NONBLOCK) != 0; }

long __libc_pipe_read(int fd, void *out, size_t n) {
  struct pipe *p = end_pipe[fd];
  if (end_writes[fd]) return fail(EBADF);
  if (n == 0) return 0;
  if (p->len == 0) {
    if (!p->writers) return 0;
    return fail(nonblocking(fd) ? EAGAIN : EDEADLK);
  }
  if (n > p->len) n = p->len;
  size_t first = CAPACITY - p->head < n ? CAPACITY - p->head : n;
  __builtin_memcpy(out, p->buf + p->head, first);
  __builtin_memcpy((unsigned char *)out + first, p->buf, n - first);
  p->head = (p->head + n) % CAPACITY;
  p->len -= n;
  return (long)n;
}

long __libc_pipe_write(int fd, const void *in, size_t n) {
  struct pipe *p = end_pipe[fd];
  if (!end_writes[fd]) return fail(EBADF);
  if (!p->readers) {
    raise(SIGPIPE);
    return fail(EPIPE);
  }
  if (n == 0) return 0;
  size_t room = CAPACITY - p->len;
  if (room == 0 || (n <= ATOMIC_WRITE && n > room))
    return fail(nonblocking(fd) ? EAGAIN : EDEADLK);
  if (n > room) n = room;
  size_t tail = (p->head + p->len) % CAPACITY;
  size_t first = CAPACITY - tail < n ? CAPACITY - tail : n;
  __builtin_memcpy(p->buf + tail, in, first);
  __builtin_memcpy(p->buf, (const unsigned char *)in + first, n - first);
  p->len += n;
  return (long)n;
}

/* fd no longer names a pipe end (closed, or replaced by dup2); the pipe goes with its last end. */
void __libc_pipe_closed(int fd) {
  if (is_end(fd)) forget(fd);
}

static void forget(int fd) {
  struct pipe *p = end_pipe[fd];
  if (end_writes[fd]) p->writers--;
  else p->readers--;
  end_pipe[fd] = 0;
  __libc_pipe_ends--;
  if (!p->readers && !p->writers) {
    free(p->buf);
    free(p);
  }
}

/* to is now a duplicate of from (dup, dup2, F_DUPFD): what to named before is gone. */
void __libc_pipe_copy(int from, int to) {
  if (from == to || to < 0 || to >= __FD_KNOWN_MAX) return;
  __libc_pipe_closed(to);
  if (!__libc_pipe_is(from)) return;
  struct pipe *p = end_pipe[from];
  end_pipe[to] = p;
  end_writes[to] = end_writes[from];
  if (end_writes[to]) p->writers++;
  else p->readers++;
  __libc_pipe_ends++;
}

int __libc_pipe_revents(int fd, int events) {
  struct pipe *p = end_pipe[fd];
  if (end_writes[fd]) {
    if (!p->readers) return POLLERR;
    return CAPACITY - p->len >= ATOMIC_WRITE ? events & (POLLOUT | POLLWRNORM) : 0;
  }
  int r = p->len ? events & (POLLIN | POLLRDNORM) : 0;
  return p->writers ? r : r | POLLHUP;
}
