/* libc's record of each descriptor's open flags and FD_CLOEXEC, for fcntl's F_GETFL and
 * F_GETFD (the host does not report a descriptor's access mode). One unsigned per descriptor
 * below 1024 (the engine's limit): 0 = nothing recorded; otherwise bit 31 set, the O_* flags
 * open was given (access mode, O_APPEND, O_NONBLOCK) and FD_CLOEXEC in bit 30. */
#include <fcntl.h>

#include "libc.h"

unsigned __libc_fdflags[__FD_KNOWN_MAX];

void __libc_fd_opened(int fd, int oflags) {
  if (fd < 0 || fd >= __FD_KNOWN_MAX) return;
  unsigned v = 1u << 31 | (unsigned)(oflags & (O_ACCMODE | O_APPEND | O_NONBLOCK));
  if (oflags & O_CLOEXEC) v |= 1u << 30;
  __libc_fdflags[fd] = v;
}

void __libc_fd_closed(int fd) {
  if (fd >= 0 && fd < __FD_KNOWN_MAX) __libc_fdflags[fd] = 0;
  if (__libc_pipe_ends) __libc_pipe_closed(fd); /* a stream on a pipe end: its end is gone */
}

void __libc_fd_copy(int from, int to) {
  if (__libc_pipe_ends) __libc_pipe_copy(from, to); /* a duplicated pipe end is the same pipe */
  if (from < 0 || from >= __FD_KNOWN_MAX || to < 0 || to >= __FD_KNOWN_MAX || from == to) return;
  __libc_fdflags[to] = __libc_fdflags[from] & ~(1u << 30); /* a duplicate never has FD_CLOEXEC */
}
