/* <wchar.h>: wchar_t is 32 bits (Clang's __WCHAR_TYPE__), a Unicode code point. The multibyte
 * encoding is chosen by setlocale's LC_CTYPE: ASCII in the "C" locale (bytes >= 0x80 are
 * errors, as in glibc), UTF-8 in "C.UTF-8". */
#ifndef _WCHAR_H
#define _WCHAR_H

#define __need_size_t
#define __need_wchar_t
#define __need_wint_t
#define __need_NULL
#include <stddef.h>

#ifndef WCHAR_MAX
#define WCHAR_MAX __WCHAR_MAX__
#ifdef __WCHAR_UNSIGNED__
#define WCHAR_MIN 0
#else
#define WCHAR_MIN (-WCHAR_MAX - 1)
#endif
#endif

#ifndef WEOF
#define WEOF ((wint_t)-1)
#endif

/* Conversion state: the bytes of an unfinished UTF-8 character (mbrtowc), or a pending
 * UTF-16 surrogate (uchar.h). All zero is the initial state. */
#ifndef __mbstate_t_defined
#define __mbstate_t_defined
typedef struct {
  unsigned __count;
  unsigned __value;
} mbstate_t;
#endif

#ifndef __FILE_defined
#define __FILE_defined
typedef struct _IO_FILE FILE;
#endif

struct tm;

wint_t btowc(int __c);
int wctob(wint_t __c);
int mbsinit(const mbstate_t *__ps);
size_t mbrlen(const char *__restrict __s, size_t __n, mbstate_t *__restrict __ps);
size_t mbrtowc(wchar_t *__restrict __pwc, const char *__restrict __s, size_t __n,
               mbstate_t *__restrict __ps);
size_t wcrtomb(char *__restrict __s, wchar_t __wc, mbstate_t *__restrict __ps);
size_t mbsrtowcs(wchar_t *__restrict __dst, const char **__restrict __src, size_t __n,
                 mbstate_t *__restrict __ps);
size_t wcsrtombs(char *__restrict __dst, const wchar_t **__restrict __src, size_t __n,
                 mbstate_t *__restrict __ps);

size_t wcslen(const wchar_t *__s);
wchar_t *wcscpy(wchar_t *__restrict __dst, const wchar_t *__restrict __src);
wchar_t *wcsncpy(wchar_t *__restrict __dst, const wchar_t *__restrict __src, size_t __n);
wchar_t *wcscat(wchar_t *__restrict __dst, const wchar_t *__restrict __src);
wchar_t *wcsncat(wchar_t *__restrict __dst, const wchar_t *__restrict __src, size_t __n);
int wcscmp(const wchar_t *__a, const wchar_t *__b);
int wcsncmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
int wcscoll(const wchar_t *__a, const wchar_t *__b);
size_t wcsxfrm(wchar_t *__restrict __dst, const wchar_t *__restrict __src, size_t __n);
wchar_t *wcschr(const wchar_t *__s, wchar_t __c);
wchar_t *wcsrchr(const wchar_t *__s, wchar_t __c);
wchar_t *wcsstr(const wchar_t *__hay, const wchar_t *__needle);
size_t wcsspn(const wchar_t *__s, const wchar_t *__accept);
size_t wcscspn(const wchar_t *__s, const wchar_t *__reject);
wchar_t *wcspbrk(const wchar_t *__s, const wchar_t *__accept);
wchar_t *wcstok(wchar_t *__restrict __s, const wchar_t *__restrict __delim,
                wchar_t **__restrict __save);
wchar_t *wmemcpy(wchar_t *__restrict __dst, const wchar_t *__restrict __src, size_t __n);
wchar_t *wmemmove(wchar_t *__dst, const wchar_t *__src, size_t __n);
wchar_t *wmemset(wchar_t *__dst, wchar_t __c, size_t __n);
int wmemcmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
wchar_t *wmemchr(const wchar_t *__s, wchar_t __c, size_t __n);

long wcstol(const wchar_t *__restrict __s, wchar_t **__restrict __end, int __base);
unsigned long wcstoul(const wchar_t *__restrict __s, wchar_t **__restrict __end, int __base);
long long wcstoll(const wchar_t *__restrict __s, wchar_t **__restrict __end, int __base);
unsigned long long wcstoull(const wchar_t *__restrict __s, wchar_t **__restrict __end,
                            int __base);
double wcstod(const wchar_t *__restrict __s, wchar_t **__restrict __end);
float wcstof(const wchar_t *__restrict __s, wchar_t **__restrict __end);
long double wcstold(const wchar_t *__restrict __s, wchar_t **__restrict __end);

int swprintf(wchar_t *__restrict __s, size_t __n, const wchar_t *__restrict __fmt, ...);
int vswprintf(wchar_t *__restrict __s, size_t __n, const wchar_t *__restrict __fmt,
              __builtin_va_list __ap);
int wprintf(const wchar_t *__restrict __fmt, ...);
int vwprintf(const wchar_t *__restrict __fmt, __builtin_va_list __ap);
int fwprintf(FILE *__restrict __f, const wchar_t *__restrict __fmt, ...);
int vfwprintf(FILE *__restrict __f, const wchar_t *__restrict __fmt, __builtin_va_list __ap);
int swscanf(const wchar_t *__restrict __s, const wchar_t *__restrict __fmt, ...);
int vswscanf(const wchar_t *__restrict __s, const wchar_t *__restrict __fmt,
             __builtin_va_list __ap);
int wscanf(const wchar_t *__restrict __fmt, ...);
int vwscanf(const wchar_t *__restrict __fmt, __builtin_va_list __ap);
int fwscanf(FILE *__restrict __f, const wchar_t *__restrict __fmt, ...);
int vfwscanf(FILE *__restrict __f, const wchar_t *__restrict __fmt, __builtin_va_list __ap);
size_t wcsftime(wchar_t *__restrict __s, size_t __max, const wchar_t *__restrict __fmt,
                const struct tm *__restrict __tm);

wint_t fputwc(wchar_t __c, FILE *__f);
wint_t putwc(wchar_t __c, FILE *__f);
wint_t putwchar(wchar_t __c);
int fputws(const wchar_t *__restrict __s, FILE *__restrict __f);
wint_t fgetwc(FILE *__f);
wint_t getwc(FILE *__f);
wint_t getwchar(void);
wchar_t *fgetws(wchar_t *__restrict __s, int __n, FILE *__restrict __f);
wint_t ungetwc(wint_t __c, FILE *__f);
int fwide(FILE *__f, int __mode);

/* POSIX (hidden in strict ISO C modes unless a feature macro asks, as with glibc) */
#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
size_t wcsnlen(const wchar_t *__s, size_t __max);
wchar_t *wcsdup(const wchar_t *__s);
int wcscasecmp(const wchar_t *__a, const wchar_t *__b);
int wcsncasecmp(const wchar_t *__a, const wchar_t *__b, size_t __n);
wchar_t *wcpcpy(wchar_t *__restrict __dst, const wchar_t *__restrict __src);
size_t mbsnrtowcs(wchar_t *__restrict __dst, const char **__restrict __src, size_t __nms,
                  size_t __n, mbstate_t *__restrict __ps);
size_t wcsnrtombs(char *__restrict __dst, const wchar_t **__restrict __src, size_t __nwc,
                  size_t __n, mbstate_t *__restrict __ps);
#endif

#endif
