/* <poll.h>: poll over what the host can tell: a descriptor that is not open gets POLLNVAL;
 * every open one is reported ready for what was asked (POLLIN, POLLOUT and their RDNORM/
 * WRNORM forms), as POSIX says regular files always are; a read or write on a terminal or
 * pipe may then still wait. With no descriptor ready, poll sleeps for the timeout; a wait
 * that nothing could end (no descriptor and a negative timeout) fails with EDEADLK, as libc's
 * other endless waits do. */
#ifndef _POLL_H
#define _POLL_H

#define POLLIN 0x001
#define POLLPRI 0x002
#define POLLOUT 0x004
#define POLLERR 0x008
#define POLLHUP 0x010
#define POLLNVAL 0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080
#define POLLWRNORM 0x100
#define POLLWRBAND 0x200

typedef unsigned long nfds_t;

struct pollfd {
  int fd;
  short events;
  short revents;
};

int poll(struct pollfd *__fds, nfds_t __n, int __timeout);

#endif
