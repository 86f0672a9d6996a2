/* <strings.h>: case-insensitive comparisons (C locale), ffs, and the old BSD names. */
#ifndef _STRINGS_H
#define _STRINGS_H

#define __need_size_t
#include <stddef.h>

int strcasecmp(const char *__a, const char *__b);
int strncasecmp(const char *__a, const char *__b, size_t __n);
int ffs(int __i);

/* BSD names, hidden in strict ISO C modes unless a feature macro asks (as with glibc) */
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) || \
    defined(_GNU_SOURCE)
int bcmp(const void *__a, const void *__b, size_t __n);
void bcopy(const void *__src, void *__dst, size_t __n);
void bzero(void *__s, size_t __n);
char *index(const char *__s, int __c);
char *rindex(const char *__s, int __c);
int ffsl(long __i);
int ffsll(long long __i);
#endif

#endif
