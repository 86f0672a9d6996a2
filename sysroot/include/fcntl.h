/* <fcntl.h>: open and creat over the host's path_open (Linux's flag values). O_CLOEXEC and
 * O_NOCTTY are accepted and have no effect (a program cannot exec or get a controlling
 * terminal); any other flag outside O_ACCMODE|O_CREAT|O_EXCL|O_TRUNC|O_APPEND fails with
 * EINVAL. */
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
#define O_CLOEXEC 02000000

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

int open(const char *__path, int __flags, ...);
int creat(const char *__path, mode_t __mode);

#endif
