/* <strings.h>: case-insensitive comparisons (C locale). */
#ifndef _STRINGS_H
#define _STRINGS_H

#define __need_size_t
#include <stddef.h>

int strcasecmp(const char *__a, const char *__b);
int strncasecmp(const char *__a, const char *__b, size_t __n);
int bcmp(const void *__a, const void *__b, size_t __n);

#endif
