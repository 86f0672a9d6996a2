/* <unistd.h>: the POSIX calls libc implements over the host interface (and getpid = 1,
 * getppid = 0, sysconf's few limits, alarm failing with ENOSYS: src/unistd). getcwd reports the
 * environment's PWD when it is an absolute path (the guest's working directory has no
 * absolute name of its own in the sandbox) and fails with ENOENT otherwise. */
#ifndef _UNISTD_H
#define _UNISTD_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <sys/types.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

ssize_t read(int __fd, void *__buf, size_t __n);
ssize_t write(int __fd, const void *__buf, size_t __n);
int close(int __fd);
off_t lseek(int __fd, off_t __off, int __whence);
int isatty(int __fd);
int unlink(const char *__path);
int rmdir(const char *__path);
int access(const char *__path, int __mode);
char *getcwd(char *__buf, size_t __size);
int dup(int __fd);
int dup2(int __fd, int __to);
unsigned sleep(unsigned __seconds);
int usleep(useconds_t __usec);
pid_t getpid(void);
pid_t getppid(void);
unsigned alarm(unsigned __seconds);
long sysconf(int __name);
int getpagesize(void);

/* sysconf names (glibc's values) */
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_OPEN_MAX 4
#define _SC_STREAM_MAX 5
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_LINE_MAX 43
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_HOST_NAME_MAX 180

#endif
