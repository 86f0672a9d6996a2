/* <sys/types.h>: the POSIX types libc uses (ILP32; off_t and time_t are 64 bits). */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#define __need_size_t
#include <stddef.h>

#ifndef __ssize_t_defined
#define __ssize_t_defined
typedef long ssize_t;
#endif
#ifndef __off_t_defined
#define __off_t_defined
typedef long long off_t;
#endif
#ifndef __time_t_defined
#define __time_t_defined
typedef long long time_t;
#endif
#ifndef __clock_t_defined
#define __clock_t_defined
typedef long clock_t;
#endif
#ifndef __clockid_t_defined
#define __clockid_t_defined
typedef int clockid_t;
#endif
#ifndef __mode_t_defined
#define __mode_t_defined
typedef unsigned mode_t;
#endif
#ifndef __pid_t_defined
#define __pid_t_defined
typedef int pid_t;
#endif
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef unsigned long long dev_t;
typedef unsigned long long ino_t;
typedef unsigned nlink_t;
typedef long blksize_t;
typedef long long blkcnt_t;
typedef int id_t;
typedef long suseconds_t;
typedef unsigned useconds_t;

#endif
