/* <stdio.h>: FILE is opaque; stdin, stdout and stderr are constant pointers to libc's own. */
#ifndef _STDIO_H
#define _STDIO_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

typedef struct _IO_FILE FILE;
typedef long long fpos_t;

#define EOF (-1)
#define BUFSIZ 4096
#define FOPEN_MAX 1000
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 10000
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)

FILE *fopen(const char *__restrict __path, const char *__restrict __mode);
FILE *freopen(const char *__restrict __path, const char *__restrict __mode,
              FILE *__restrict __f);
FILE *tmpfile(void);
char *tmpnam(char *__s);
int fclose(FILE *__f);
int fflush(FILE *__f);
void setbuf(FILE *__restrict __f, char *__restrict __buf);
int setvbuf(FILE *__restrict __f, char *__restrict __buf, int __mode, size_t __size);

int fputc(int __c, FILE *__f);
int putc(int __c, FILE *__f);
int putchar(int __c);
int fputs(const char *__restrict __s, FILE *__restrict __f);
int puts(const char *__s);
size_t fwrite(const void *__restrict __p, size_t __size, size_t __n, FILE *__restrict __f);

int fgetc(FILE *__f);
int getc(FILE *__f);
int getchar(void);
char *fgets(char *__restrict __s, int __n, FILE *__restrict __f);
int ungetc(int __c, FILE *__f);
size_t fread(void *__restrict __p, size_t __size, size_t __n, FILE *__restrict __f);

int fseek(FILE *__f, long __off, int __whence);
long ftell(FILE *__f);
void rewind(FILE *__f);
int fgetpos(FILE *__restrict __f, fpos_t *__restrict __pos);
int fsetpos(FILE *__f, const fpos_t *__pos);
int feof(FILE *__f);
int ferror(FILE *__f);
void clearerr(FILE *__f);

int remove(const char *__path);
int rename(const char *__from, const char *__to);
void perror(const char *__s);

int printf(const char *__restrict __fmt, ...);
int fprintf(FILE *__restrict __f, const char *__restrict __fmt, ...);
int sprintf(char *__restrict __s, const char *__restrict __fmt, ...);
int snprintf(char *__restrict __s, size_t __n, const char *__restrict __fmt, ...);
int vprintf(const char *__restrict __fmt, __builtin_va_list __ap);
int vfprintf(FILE *__restrict __f, const char *__restrict __fmt, __builtin_va_list __ap);
int vsprintf(char *__restrict __s, const char *__restrict __fmt, __builtin_va_list __ap);
int vsnprintf(char *__restrict __s, size_t __n, const char *__restrict __fmt,
              __builtin_va_list __ap);

int scanf(const char *__restrict __fmt, ...);
int fscanf(FILE *__restrict __f, const char *__restrict __fmt, ...);
int sscanf(const char *__restrict __s, const char *__restrict __fmt, ...);
int vscanf(const char *__restrict __fmt, __builtin_va_list __ap);
int vfscanf(FILE *__restrict __f, const char *__restrict __fmt, __builtin_va_list __ap);
int vsscanf(const char *__restrict __s, const char *__restrict __fmt, __builtin_va_list __ap);

/* POSIX (hidden in strict ISO C modes unless a feature macro asks, as with glibc) */
#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
#ifndef __ssize_t_defined
#define __ssize_t_defined
typedef long ssize_t;
#endif
int fileno(FILE *__f);
FILE *fdopen(int __fd, const char *__mode);
#define P_tmpdir "/tmp"
ssize_t getdelim(char **__restrict __line, size_t *__restrict __cap, int __delim,
                 FILE *__restrict __f);
ssize_t getline(char **__restrict __line, size_t *__restrict __cap, FILE *__restrict __f);
#ifndef __off_t_defined
#define __off_t_defined
typedef long long off_t;
#endif
int fseeko(FILE *__f, off_t __off, int __whence);
off_t ftello(FILE *__f);
/* No command can run in the sandbox: popen fails with ENOSYS, pclose with ECHILD. */
FILE *popen(const char *__command, const char *__mode);
int pclose(FILE *__f);
/* Stream locks: one thread, so locking does nothing and the unlocked forms are the ordinary
 * calls (libc/src/pthread/flockfile.c). */
void flockfile(FILE *__f);
int ftrylockfile(FILE *__f);
void funlockfile(FILE *__f);
int getc_unlocked(FILE *__f);
int getchar_unlocked(void);
int putc_unlocked(int __c, FILE *__f);
int putchar_unlocked(int __c);
#endif
#if defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) || \
    !defined(__STRICT_ANSI__)
int fgetc_unlocked(FILE *__f);
int fputc_unlocked(int __c, FILE *__f);
void clearerr_unlocked(FILE *__f);
int feof_unlocked(FILE *__f);
int ferror_unlocked(FILE *__f);
int fileno_unlocked(FILE *__f);
int fflush_unlocked(FILE *__f);
size_t fread_unlocked(void *__restrict __p, size_t __size, size_t __n, FILE *__restrict __f);
size_t fwrite_unlocked(const void *__restrict __p, size_t __size, size_t __n,
                       FILE *__restrict __f);
int fputs_unlocked(const char *__restrict __s, FILE *__restrict __f);
char *fgets_unlocked(char *__restrict __s, int __n, FILE *__restrict __f);
#endif

#endif
