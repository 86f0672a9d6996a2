/* libc-internal state shared between files. */
#ifndef MSWASM_LIBC_H
#define MSWASM_LIBC_H

/* Program name for messages (basename of argv[0]); "" until _start sets it. */
extern const char *__progname;

/* Environment ("NAME=value" strings, NULL-terminated), loaded from the host on first use. */
char **__libc_environ(void);

/* Run by exit: the atexit handlers (src/exit/atexit.c) and stdio's final flush
 * (src/stdio/stdio_files.c). exit.c has weak empty versions, so a program that uses neither
 * links neither. */
void __libc_run_atexit(void);
void __stdio_exit(void);

/* The file mode creation mask umask sets (src/stat/umask.c, 022 at start): open, fopen and
 * mkdir clear its bits from the mode they pass to the host, which applies its own mask too. */
extern unsigned __libc_umask;

/* What libc knows of each descriptor below 1024 (src/fcntl/fdflags.c): the open flags it was
 * opened with (access mode + 1 in the low bits, so 0 means unknown) and FD_CLOEXEC. Set by
 * open, fopen, freopen, tmpfile; copied by dup; cleared by close. Copying and clearing also
 * keep the pipe ends below in step (a dup of a pipe end, a closed stream on one). */
#define __FD_KNOWN_MAX 1024
void __libc_fd_opened(int fd, int oflags);
void __libc_fd_closed(int fd);
void __libc_fd_copy(int from, int to);

/* Pipes inside the program (src/unistd/pipe.c): read, write, close, dup, dup2, fcntl, poll,
 * fstat and lseek route a descriptor that is a pipe end there. __libc_pipe_ends counts the
 * descriptors that are pipe ends; while it is 0 none of the calls below is needed. */
extern int __libc_pipe_ends;
int __libc_pipe_is(int fd);
long __libc_pipe_read(int fd, void *buf, __SIZE_TYPE__ n);
long __libc_pipe_write(int fd, const void *buf, __SIZE_TYPE__ n);
void __libc_pipe_closed(int fd);
void __libc_pipe_copy(int from, int to);
int __libc_pipe_revents(int fd, int events);
#define __LIBC_IS_PIPE(fd) (__libc_pipe_ends && __libc_pipe_is(fd))

#endif
