/* <utime.h>: utime over the host's path_utimes (src/unistd/files.c): sets the access and
 * modification times in whole seconds, or both to now when times is NULL. */
#ifndef _UTIME_H
#define _UTIME_H

#include <sys/types.h>

struct utimbuf {
  time_t actime;
  time_t modtime;
};

int utime(const char *__path, const struct utimbuf *__times);

#endif
