/* <sys/param.h>: BSD's system parameters as glibc gives them on Linux: byte order (through
 * <endian.h>, which autoconf's AC_C_BIGENDIAN looks for here first), MAXPATHLEN, MIN/MAX,
 * the bit-map and rounding macros. */
#ifndef _SYS_PARAM_H
#define _SYS_PARAM_H

#define __need_NULL
#include <stddef.h>
#include <endian.h>
#include <limits.h>
#include <sys/types.h>

#define MAXPATHLEN 4096
#define MAXSYMLINKS 20
#define MAXHOSTNAMELEN 64
#define NOFILE 256
#define NCARGS 131072
#define NGROUPS 65536
#define NBBY 8
#define HZ 100
#define DEV_BSIZE 512
#define EXEC_PAGESIZE 4096
#define CANBSIZE 255

#define setbit(a, i) ((a)[(i) / NBBY] |= 1 << ((i) % NBBY))
#define clrbit(a, i) ((a)[(i) / NBBY] &= ~(1 << ((i) % NBBY)))
#define isset(a, i) ((a)[(i) / NBBY] & (1 << ((i) % NBBY)))
#define isclr(a, i) (((a)[(i) / NBBY] & (1 << ((i) % NBBY))) == 0)

#define howmany(x, y) (((x) + ((y) - 1)) / (y))
#define roundup(x, y) ((((x) + ((y) - 1)) / (y)) * (y))
#define powerof2(x) ((((x) - 1) & (x)) == 0)

#define MIN(a, b) (((a) < (b)) ? (a) : (b))
#define MAX(a, b) (((a) > (b)) ? (a) : (b))

#endif
