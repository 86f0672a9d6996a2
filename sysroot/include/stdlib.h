/* <stdlib.h> */
#ifndef _STDLIB_H
#define _STDLIB_H

#define __need_size_t
#define __need_wchar_t
#define __need_NULL
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fffffff
/* 1 in the "C" locale, 4 in "C.UTF-8" (setlocale's LC_CTYPE). */
#define MB_CUR_MAX (__mb_cur_max())
size_t __mb_cur_max(void);

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;

void *malloc(size_t __size);
void *calloc(size_t __n, size_t __size);
void *realloc(void *__p, size_t __size);
void free(void *__p);
void *aligned_alloc(size_t __align, size_t __size);
int posix_memalign(void **__out, size_t __align, size_t __size);

void exit(int __code) __attribute__((__noreturn__));
void _Exit(int __code) __attribute__((__noreturn__));
void abort(void) __attribute__((__noreturn__));
int atexit(void (*__func)(void));

char *getenv(const char *__name);
/* There is no command processor: system(NULL) is 0, system(cmd) -1 with ENOSYS. */
int system(const char *__command);

int abs(int __x);
long labs(long __x);
long long llabs(long long __x);
div_t div(int __num, int __den);
ldiv_t ldiv(long __num, long __den);
lldiv_t lldiv(long long __num, long long __den);

int atoi(const char *__s);
long atol(const char *__s);
long long atoll(const char *__s);
double atof(const char *__s);
long strtol(const char *__restrict __s, char **__restrict __end, int __base);
unsigned long strtoul(const char *__restrict __s, char **__restrict __end, int __base);
long long strtoll(const char *__restrict __s, char **__restrict __end, int __base);
unsigned long long strtoull(const char *__restrict __s, char **__restrict __end, int __base);
double strtod(const char *__restrict __s, char **__restrict __end);
float strtof(const char *__restrict __s, char **__restrict __end);
long double strtold(const char *__restrict __s, char **__restrict __end);

int mblen(const char *__s, size_t __n);
int mbtowc(wchar_t *__restrict __pwc, const char *__restrict __s, size_t __n);
int wctomb(char *__s, wchar_t __wc);
size_t mbstowcs(wchar_t *__restrict __dst, const char *__restrict __src, size_t __n);
size_t wcstombs(char *__restrict __dst, const wchar_t *__restrict __src, size_t __n);

void qsort(void *__base, size_t __n, size_t __size, int (*__cmp)(const void *, const void *));
void *bsearch(const void *__key, const void *__base, size_t __n, size_t __size,
              int (*__cmp)(const void *, const void *));

int rand(void);
void srand(unsigned __seed);

/* POSIX (hidden in strict ISO C modes unless a feature macro asks, as with glibc).
 * Temporary names: six random letters and digits replace the template's "XXXXXX"
 * (libc/src/stdlib/mkstemp.c). */
#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
int mkstemp(char *__template);
char *mkdtemp(char *__template);
char *mktemp(char *__template);
#endif
#if defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || !defined(__STRICT_ANSI__)
int mkostemp(char *__template, int __flags);
#endif

#endif
