/* poll: the host can say only whether a descriptor is open (fd_stat). A negative fd is
 * skipped (revents 0), one that is not open gets POLLNVAL, and any open one is reported ready
 * for the POLLIN/POLLOUT (and RDNORM/WRNORM) events asked, as POSIX says regular files always
 * are (a terminal may then still make read wait); a pipe end of the program's own (pipe.c)
 * reports what it holds. When none is ready, poll sleeps for
 * the timeout and returns 0; with a negative timeout nothing could ever end the wait, so it
 * fails with EDEADLK, as libc's other endless waits do. */
#include <errno.h>
#include <poll.h>
#include <time.h>

#include "host.h"
#include "libc.h"

int poll(struct pollfd *fds, nfds_t n, int timeout) {
  int ready = 0;
  for (nfds_t i = 0; i < n; i++) {
    fds[i].revents = 0;
    if (fds[i].fd < 0) continue;
    struct __host_stat h;
    if (__host_fd_stat(fds[i].fd, &h) < 0) fds[i].revents = POLLNVAL;
    else if (__LIBC_IS_PIPE(fds[i].fd)) fds[i].revents = (short)__libc_pipe_revents(fds[i].fd, fds[i].events);
    else fds[i].revents = fds[i].events & (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM);
    if (fds[i].revents) ready++;
  }
  if (ready) return ready;
  if (timeout < 0) {
    errno = EDEADLK;
    return -1;
  }
  struct timespec ts = {timeout / 1000, (long)(timeout % 1000) * 1000000};
  if (timeout) nanosleep(&ts, 0);
  return 0;
}
