/* <sys/file.h>: BSD's flock. The program is the only process of its sandbox, so it holds
 * every lock it asks for: flock succeeds on any open descriptor (EBADF otherwise) and EINVAL
 * for an unknown operation. It does not lock against other programs on the host. */
#ifndef _SYS_FILE_H
#define _SYS_FILE_H

#include <fcntl.h>

#define LOCK_SH 1
#define LOCK_EX 2
#define LOCK_NB 4
#define LOCK_UN 8

int flock(int __fd, int __op);

#endif
