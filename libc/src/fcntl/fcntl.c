/* fcntl. Descriptor commands: F_DUPFD/F_DUPFD_CLOEXEC take the lowest free descriptor at or
 * above the argument (the host's fd_stat says which are open; fd_dup places the copy);
 * F_GETFD/F_SETFD keep FD_CLOEXEC in libc's record (nothing can exec here). F_GETFL returns
 * the flags recorded when the descriptor was opened; for one libc did not open, standard
 * input is reported O_RDONLY, output and error O_WRONLY, and others O_RDWR (the host does not
 * tell). F_SETFL accepts a change of O_NONBLOCK only (it has no effect on regular files);
 * changing O_APPEND fails with EINVAL (the host cannot change it).
 * Record locks: the program is the only process of its sandbox, so no lock can conflict:
 * F_SETLK and F_SETLKW succeed for a valid l_type and F_GETLK reports F_UNLCK. They do not
 * lock against other programs on the host. Other commands fail with EINVAL. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

#include "host.h"
#include "libc.h"

extern unsigned __libc_fdflags[__FD_KNOWN_MAX];

static int valid(int fd) {
  struct __host_stat h;
  int r = __host_fd_stat(fd, &h);
  if (r < 0) {
    errno = -r;
    return 0;
  }
  return 1;
}

static int dupfd(int fd, int min, int cloexec) {
  if (min < 0 || min >= __FD_KNOWN_MAX) {
    errno = EINVAL;
    return -1;
  }
  if (!valid(fd)) return -1;
  struct __host_stat h;
  for (int to = min; to < __FD_KNOWN_MAX; to++) {
    if (__host_fd_stat(to, &h) != -EBADF) continue;
    int r = __host_fd_dup(fd, to);
    if (r < 0) {
      errno = -r;
      return -1;
    }
    __libc_fd_copy(fd, r); /* flags and pipe end */
    if (cloexec && r < __FD_KNOWN_MAX) __libc_fdflags[r] |= 1u << 30;
    return r;
  }
  errno = EMFILE;
  return -1;
}

int fcntl(int fd, int cmd, ...) {
  va_list ap;
  va_start(ap, cmd);
  int arg = 0;
  struct flock *lk = 0;
  if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW) lk = va_arg(ap, struct flock *);
  else if (cmd != F_GETFD && cmd != F_GETFL) arg = va_arg(ap, int);
  va_end(ap);

  switch (cmd) {
  case F_DUPFD: return dupfd(fd, arg, 0);
  case F_DUPFD_CLOEXEC: return dupfd(fd, arg, 1);
  case F_GETFD:
    if (!valid(fd)) return -1;
    return fd < __FD_KNOWN_MAX && (__libc_fdflags[fd] & 1u << 30) ? FD_CLOEXEC : 0;
  case F_SETFD:
    if (!valid(fd)) return -1;
    if (fd < __FD_KNOWN_MAX) {
      if (!__libc_fdflags[fd]) __libc_fd_opened(fd, fcntl(fd, F_GETFL));
      if (arg & FD_CLOEXEC) __libc_fdflags[fd] |= 1u << 30;
      else __libc_fdflags[fd] &= ~(1u << 30);
    }
    return 0;
  case F_GETFL: {
    if (!valid(fd)) return -1;
    unsigned v = fd < __FD_KNOWN_MAX ? __libc_fdflags[fd] : 0;
    if (v) return (int)(v & (O_ACCMODE | O_APPEND | O_NONBLOCK));
    return fd == 0 ? O_RDONLY : fd <= 2 ? O_WRONLY : O_RDWR;
  }
  case F_SETFL: {
    int cur = fcntl(fd, F_GETFL);
    if (cur < 0) return -1;
    if ((arg ^ cur) & O_APPEND) {
      errno = EINVAL;
      return -1;
    }
    int cloexec = fd < __FD_KNOWN_MAX && (__libc_fdflags[fd] & 1u << 30);
    __libc_fd_opened(fd, (cur & ~O_NONBLOCK) | (arg & O_NONBLOCK) | (cloexec ? O_CLOEXEC : 0));
    return 0;
  }
  case F_GETLK:
  case F_SETLK:
  case F_SETLKW:
    if (!valid(fd)) return -1;
    if (lk->l_type != F_RDLCK && lk->l_type != F_WRLCK && lk->l_type != F_UNLCK) {
      errno = EINVAL;
      return -1;
    }
    if (lk->l_whence != SEEK_SET && lk->l_whence != SEEK_CUR && lk->l_whence != SEEK_END) {
      errno = EINVAL;
      return -1;
    }
    if (cmd == F_GETLK) lk->l_type = F_UNLCK; /* nothing else holds a lock */
    return 0;
  default:
    errno = EINVAL;
    return -1;
  }
}

/* flock (<sys/file.h>): always granted, as above. */
int flock(int fd, int op) {
  if (!valid(fd)) return -1;
  int kind = op & ~4; /* LOCK_NB */
  if (kind != 1 && kind != 2 && kind != 8) {
    errno = EINVAL;
    return -1;
  }
  return 0;
}
