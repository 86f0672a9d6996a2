/* <time.h>: the clocks of the host interface (minimal for now). */
#ifndef _TIME_H
#define _TIME_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

typedef long long time_t;
typedef long clock_t;

#define CLOCKS_PER_SEC 1000000L

time_t time(time_t *__t);
clock_t clock(void);
double difftime(time_t __end, time_t __start);

#endif
