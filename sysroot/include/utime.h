/* <utime.h>: utime. The host interface cannot set a file's times: after checking that the
 * file exists (ENOENT, EACCES...), utime fails with ENOSYS. */
#ifndef _UTIME_H
#define _UTIME_H

#include <sys/types.h>

struct utimbuf {
  time_t actime;
  time_t modtime;
};

int utime(const char *__path, const struct utimbuf *__times);

#endif
