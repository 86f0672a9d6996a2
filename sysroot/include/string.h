/* <string.h> */
#ifndef _STRING_H
#define _STRING_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

void *memcpy(void *__restrict __dst, const void *__restrict __src, size_t __n);
void *memmove(void *__dst, const void *__src, size_t __n);
void *memset(void *__dst, int __c, size_t __n);
int memcmp(const void *__a, const void *__b, size_t __n);
void *memchr(const void *__s, int __c, size_t __n);

size_t strlen(const char *__s);
size_t strnlen(const char *__s, size_t __max);
int strcmp(const char *__a, const char *__b);
int strncmp(const char *__a, const char *__b, size_t __n);
int strcoll(const char *__a, const char *__b);
char *strcpy(char *__restrict __dst, const char *__restrict __src);
char *strncpy(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *strcat(char *__restrict __dst, const char *__restrict __src);
char *strncat(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *strchr(const char *__s, int __c);
char *strrchr(const char *__s, int __c);
char *strstr(const char *__hay, const char *__needle);
size_t strspn(const char *__s, const char *__accept);
size_t strcspn(const char *__s, const char *__reject);
char *strpbrk(const char *__s, const char *__accept);
char *strtok(char *__restrict __s, const char *__restrict __delim);
size_t strxfrm(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *strerror(int __errnum);

/* POSIX (hidden in strict ISO C modes unless a feature macro asks, as with glibc) */
#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
char *strdup(const char *__s);
char *strndup(const char *__s, size_t __n);
char *stpcpy(char *__restrict __dst, const char *__restrict __src);
char *stpncpy(char *__restrict __dst, const char *__restrict __src, size_t __n);
char *strtok_r(char *__restrict __s, const char *__restrict __delim, char **__restrict __next);
void *memccpy(void *__restrict __dst, const void *__restrict __src, int __c, size_t __n);
/* strerror_r: POSIX's int version, or GNU's char * one with _GNU_SOURCE (as glibc) */
#if defined(_GNU_SOURCE)
char *strerror_r(int __errnum, char *__buf, size_t __n) __asm__("__gnu_strerror_r");
#else
int strerror_r(int __errnum, char *__buf, size_t __n) __asm__("__xpg_strerror_r");
#endif
#endif

/* GNU */
#if defined(_GNU_SOURCE)
void *memrchr(const void *__s, int __c, size_t __n);
#endif

#endif
