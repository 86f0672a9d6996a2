/* <limits.h>: Clang's own limits.h (first in the search path) defines the integer limits and
 * includes this one first for the system's additions. MB_LEN_MAX must cover the longest
 * multibyte character of every locale: 4 bytes of UTF-8 in "C.UTF-8" (Clang's default is 1). */
#ifndef _MSWASM_LIMITS_H
#define _MSWASM_LIMITS_H

#define MB_LEN_MAX 4

/* POSIX limits, Linux's values (the host's: paths up to 4096 bytes, names up to 255). */
#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
#define PATH_MAX 4096
#define NAME_MAX 255
#define PIPE_BUF 4096
#define HOST_NAME_MAX 64
#define LOGIN_NAME_MAX 256
#define NGROUPS_MAX 65536
#define IOV_MAX 1024
#define SSIZE_MAX LONG_MAX
#endif

#endif
