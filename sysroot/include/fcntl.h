/* <fcntl.h>: open and creat over the host's path_open (Linux's flag values). O_CLOEXEC,
 * O_NOCTTY and O_NONBLOCK are accepted and have no effect (a program cannot exec or get a
 * controlling terminal, and the host opens only regular files, which never block); any other
 * flag outside O_ACCMODE|O_CREAT|O_EXCL|O_TRUNC|O_APPEND fails with EINVAL.
 * fcntl (src/fcntl/fcntl.c): F_DUPFD, F_GETFD/F_SETFD (FD_CLOEXEC recorded), F_GETFL (the
 * flags open recorded), F_SETFL (O_NONBLOCK only), and record locks that always succeed: the
 * program is the only process of its sandbox, so no other process's lock can conflict. */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>

#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_ACCMODE 03
#define O_CREAT 0100
#define O_EXCL 0200
#define O_NOCTTY 0400
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_NDELAY O_NONBLOCK
#define O_CLOEXEC 02000000

/* For the *at functions (fchmodat, utimensat): no descriptor names a directory in the
 * sandbox, so only AT_FDCWD (the working directory) is accepted as a directory. */
#define AT_FDCWD (-100)
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_SYMLINK_FOLLOW 0x400

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define F_GETLK 5
#define F_SETLK 6
#define F_SETLKW 7
#define F_DUPFD_CLOEXEC 1030
#define FD_CLOEXEC 1

#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

struct flock {
  short l_type;
  short l_whence;
  off_t l_start;
  off_t l_len;
  pid_t l_pid;
};

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

int open(const char *__path, int __flags, ...);
int creat(const char *__path, mode_t __mode);
int fcntl(int __fd, int __cmd, ...);

#endif
