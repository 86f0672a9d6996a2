/* <limits.h>: Clang's own limits.h (first in the search path) defines the integer limits and
 * includes this one first for the system's additions. MB_LEN_MAX must cover the longest
 * multibyte character of every locale: 4 bytes of UTF-8 in "C.UTF-8" (Clang's default is 1). */
#ifndef _MSWASM_LIMITS_H
#define _MSWASM_LIMITS_H

#define MB_LEN_MAX 4

#endif
