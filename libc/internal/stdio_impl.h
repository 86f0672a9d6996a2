/* The FILE structure and stdio's internal helpers.
 *
 * A stream has one buffer used in one direction at a time. Writing: buf[0, wpos) is pending.
 * Reading: buf[rpos, rend) is unread; reads fill buf from UNGET on, so ungetc always has
 * UNGET bytes of room before rpos. Unbuffered streams use the small ubuf (reads then go one
 * byte at a time; writes go straight to the host). Switching direction flushes pending output,
 * or seeks back over unread input. */
#ifndef MSWASM_STDIO_IMPL_H
#define MSWASM_STDIO_IMPL_H

#include <stdio.h>
#define __need_wchar_t
#include <stddef.h>

#define UNGET 8

#define F_READ 1      /* opened for reading */
#define F_WRITE 2     /* opened for writing */
#define F_EOF 4
#define F_ERR 8
#define F_STATIC 16   /* stdin/stdout/stderr: never freed */
#define F_OWNBUF 32   /* buf was malloc'd by stdio */
#define F_MODESET 64  /* buffering mode decided (stdout decides on first use: tty or not) */
#define F_READING 128 /* buf holds input */
#define F_WIDE 256    /* fwide: wide-oriented */
#define F_BYTE 512    /* fwide: byte-oriented (set only by fwide itself) */

struct _IO_FILE {
  unsigned char *buf;
  size_t size;       /* capacity of buf */
  size_t rpos, rend; /* unread input: buf[rpos, rend) */
  size_t wpos;       /* pending output: buf[0, wpos) */
  int fd;
  int flags;
  int mode;          /* _IOFBF, _IOLBF or _IONBF */
  struct _IO_FILE *prev, *next; /* every open stream, for exit and fflush(NULL) */
  unsigned char ubuf[UNGET + 1];
};

/* The list of open streams (stdin, stdout, stderr and fopen's), in stdio_files.c. */
extern FILE *__stdio_head;
void __stdio_link(FILE *f);
void __stdio_unlink(FILE *f);

/* fopen's mode string: host open flags and F_READ/F_WRITE; -1 (EINVAL) when invalid. */
int __stdio_mode(const char *mode, int *oflags, int *fflags);
/* A new, linked, fully buffered stream over fd (malloc'd buffer); NULL with ENOMEM. */
FILE *__stdio_new(int fd, int fflags);

/* Decides the buffering of a stream on first use (stdout: line-buffered on a terminal). */
void __stdio_setup(FILE *f);
/* Writes the pending output; 0 or EOF (errno and F_ERR set). */
int __stdio_flush(FILE *f);
/* Prepares f for writing (flushing nothing, dropping unread input); 0 or EOF. */
int __stdio_to_write(FILE *f);
/* Refills the read buffer; the number of bytes now unread, 0 at end of file or error. */
size_t __stdio_fill(FILE *f);
/* Writes all n bytes to the descriptor; the number written (less on error, with F_ERR). */
size_t __stdio_write_fd(FILE *f, const unsigned char *p, size_t n);
/* Appends n bytes to the stream, honouring its buffering; the number accepted. */
size_t __fwritex(const unsigned char *p, size_t n, FILE *f);

/* printf's output: to a stream, or to a string of capacity cap (snprintf). */
struct __sink {
  FILE *f;
  char *s;
  size_t cap;   /* bytes of s that may be written, the final NUL included */
  size_t len;   /* bytes produced so far (counted even past cap) */
  int error;
  /* Wide output (the wprintf family, src/wchar/wprintf.c): when set, __sink_put hands every
   * run of bytes to it instead. The core then produces wide text in the internal byte form of
   * locale_impl.h (one character never split between two calls), wide() decodes it, and
   * len counts wide characters (cap too, for swprintf's ws). */
  void (*wide)(struct __sink *k, const char *p, size_t n);
  wchar_t *ws;
  /* Room for one integer conversion's digits and prefix, or one %c: the conversions build
   * their text here rather than in arrays of their own, each of which would be one more
   * stack segment to allocate and free per conversion (the sink is one already). */
  char scratch[32];
};
void __sink_put(struct __sink *k, const char *p, size_t n);
void __sink_pad(struct __sink *k, char c, int n);
/* The conversions below stay functions of their own (each has one caller, which whole-program
 * optimisation would otherwise inline, making printf's core one function of thousands of
 * instructions for every program to compile, whatever conversions it uses). */
#define __LIBC_OUTLINED __attribute__((noinline))
/* The formatting core of every printf: the number of bytes produced, or -1 (errno set). */
int __vformat(struct __sink *k, const char *fmt, __builtin_va_list ap);
/* POSIX positional arguments (%1$d), in vformat_positional.c: whether fmt's first conversion
 * is numbered, and the formatting of such a format. */
int __format_is_positional(const char *fmt);
__LIBC_OUTLINED int __vformat_positional(struct __sink *k, const char *fmt, __builtin_va_list ap);
/* %c and %s of the wide printf family, %lc and %ls of both (format_text.c): arg is the
 * string, wide_arg says it is wchar_t. 0, or -1 with errno set (EILSEQ). */
__LIBC_OUTLINED int __format_char(struct __sink *k, int c, int wide_arg, int flags, int width);
__LIBC_OUTLINED int __format_string(struct __sink *k, const void *arg, int wide_arg, int flags, int width,
                    int prec);
/* vfprintf with a sink prepared by the caller (k->f is f): the wide printf family's way to
 * share vfprintf's stream handling (printf.c). */
int __vfprintf_sink(FILE *f, struct __sink *k, const char *fmt, __builtin_va_list ap);
/* One floating-point conversion (e E f F g G a A) with flags, width and precision (-1: none). */
__LIBC_OUTLINED void __format_float(struct __sink *k, double x, int flags, int width, int prec, int conv);

/* The scanf core (vscan.c): from a stream or from a string. */
int __vscan_stream(FILE *f, const char *fmt, __builtin_va_list ap);
int __vscan_string(const char *s, const char *fmt, __builtin_va_list ap);
/* The same core for the wscanf family: wide input, fmt in the internal byte form
 * (__wide_format in locale_impl.h). */
int __vscan_wstream(FILE *f, const char *fmt, __builtin_va_list ap);
int __vscan_wstring(const wchar_t *s, const char *fmt, __builtin_va_list ap);

/* printf flags */
#define FL_MINUS 1
#define FL_PLUS 2
#define FL_SPACE 4
#define FL_ALT 8
#define FL_ZERO 16

#endif
