/* <unistd.h>: the POSIX calls libc implements over the host interface (and getpid = 1,
 * getppid = 0, sysconf's few limits, alarm failing with ENOSYS: src/unistd). getcwd and chdir
 * use the engine's working directory (host cwd_get, path_chdir: a guest path inside the
 * grants); truncate, fsync, link, symlink and readlink have host calls of their own.
 * What the sandbox cannot do fails the POSIX way (libc/README.md, "Process" and "Files"):
 * fork and the exec family with ENOSYS; fchdir with ENOTDIR (no descriptor names a
 * directory); chown to another owner with EPERM. pipe works within the program (a self-pipe,
 * a producer and consumer in one loop: libc/src/unistd/pipe.c).
 * The user is the sandbox's one user: uid and gid 1000 (<pwd.h>). */
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
void _exit(int __code) __attribute__((__noreturn__));

int chown(const char *__path, uid_t __owner, gid_t __group);
int fchown(int __fd, uid_t __owner, gid_t __group);
int lchown(const char *__path, uid_t __owner, gid_t __group);
int truncate(const char *__path, off_t __length);
int ftruncate(int __fd, off_t __length);
int fsync(int __fd);
int fdatasync(int __fd);
void sync(void);
ssize_t readlink(const char *__restrict __path, char *__restrict __buf, size_t __size);
int symlink(const char *__target, const char *__path);
int link(const char *__old, const char *__new);
int chdir(const char *__path);
int fchdir(int __fd);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int getgroups(int __size, gid_t __list[]);
int setuid(uid_t __uid);
int setgid(gid_t __gid);
int seteuid(uid_t __uid);
int setegid(gid_t __gid);
pid_t getpgrp(void);
pid_t getpgid(pid_t __pid);
pid_t getsid(pid_t __pid);
pid_t setsid(void);
int setpgid(pid_t __pid, pid_t __pgid);
char *getlogin(void);
int pipe(int __fds[2]);
#if defined(_GNU_SOURCE) || !defined(__STRICT_ANSI__)
int pipe2(int __fds[2], int __flags);
#endif
pid_t fork(void);
pid_t vfork(void);
int execv(const char *__path, char *const __argv[]);
int execve(const char *__path, char *const __argv[], char *const __envp[]);
int execvp(const char *__file, char *const __argv[]);
int execl(const char *__path, const char *__arg, ...);
int execlp(const char *__file, const char *__arg, ...);
int execle(const char *__path, const char *__arg, ...);
int gethostname(char *__name, size_t __len);
char *ttyname(int __fd);

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
