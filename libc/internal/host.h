/* The host interface: imports from module "mswasm" (docs/spec.md, "Host interface").
 * Every function returns a negative errno value on failure. Lengths are unsigned i32, so size_t.
 * Buffers are handles; the engine checks them like accesses before the host touches them. */
#ifndef MSWASM_HOST_H
#define MSWASM_HOST_H

#include <stddef.h>

#define __HOST(name) __attribute__((import_module("mswasm"), import_name(#name)))

int __host_args_count(void) __HOST(args_count);
int __host_arg_len(int i) __HOST(arg_len);
int __host_arg_copy(int i, char *buf) __HOST(arg_copy);
int __host_env_count(void) __HOST(env_count);
int __host_env_len(int i) __HOST(env_len);
int __host_env_copy(int i, char *buf) __HOST(env_copy);
int __host_fd_write(int fd, const void *buf, size_t len) __HOST(fd_write);
int __host_fd_read(int fd, void *buf, size_t len) __HOST(fd_read);
long long __host_fd_seek(int fd, long long offset, int whence) __HOST(fd_seek);
int __host_fd_close(int fd) __HOST(fd_close);
int __host_fd_isatty(int fd) __HOST(fd_isatty);
int __host_path_open(const char *path, size_t len, int flags, int mode) __HOST(path_open);
int __host_path_unlink(const char *path, size_t len) __HOST(path_unlink);
int __host_path_rename(const char *from, size_t flen, const char *to, size_t tlen)
    __HOST(path_rename);
int __host_fd_stat(int fd, void *rec) __HOST(fd_stat);
int __host_fd_dup(int fd, int to) __HOST(fd_dup);
int __host_path_stat(const char *path, size_t len, void *rec) __HOST(path_stat);
int __host_path_access(const char *path, size_t len, int mode) __HOST(path_access);
int __host_path_mkdir(const char *path, size_t len, int mode) __HOST(path_mkdir);
int __host_path_rmdir(const char *path, size_t len) __HOST(path_rmdir);
int __host_path_lstat(const char *path, size_t len, void *rec) __HOST(path_lstat);
/* Entries of the directory at path sorted by name, those after the alen bytes at after, as
 * records (u64 inode, u8 type = Linux DT_, u8 0, u16 name length, the name) filling at most
 * blen bytes of buf: the bytes written, 0 when none is left. */
int __host_path_readdir(const char *path, size_t len, const char *after, size_t alen,
                        void *buf, size_t blen) __HOST(path_readdir);
int __host_fd_truncate(int fd, long long size) __HOST(fd_truncate);
int __host_fd_sync(int fd) __HOST(fd_sync);
int __host_path_chmod(const char *path, size_t len, int mode) __HOST(path_chmod);
int __host_fd_chmod(int fd, int mode) __HOST(fd_chmod);
/* Times in nanoseconds since 1970, or __HOST_TIME_NOW / __HOST_TIME_OMIT; flags
 * __HOST_NOFOLLOW changes a final symbolic link itself. */
int __host_path_utimes(const char *path, size_t len, long long atime, long long mtime, int flags)
    __HOST(path_utimes);
int __host_fd_utimes(int fd, long long atime, long long mtime) __HOST(fd_utimes);
/* The link's text, truncated to blen bytes (no NUL): the bytes written. */
int __host_path_readlink(const char *path, size_t len, char *buf, size_t blen) __HOST(path_readlink);
int __host_path_symlink(const char *target, size_t tlen, const char *path, size_t plen)
    __HOST(path_symlink);
int __host_path_link(const char *from, size_t flen, const char *to, size_t tlen) __HOST(path_link);
int __host_path_chdir(const char *path, size_t len) __HOST(path_chdir);
/* The working directory's absolute guest name (no NUL): its length; -ERANGE if over len. */
int __host_cwd_get(char *buf, size_t len) __HOST(cwd_get);
long long __host_clock_time(int clock) __HOST(clock_time);
int __host_clock_sleep(long long ns) __HOST(clock_sleep);
int __host_random_get(void *buf, size_t len) __HOST(random_get);
_Noreturn void __host_exit(int code) __HOST(exit);

/* path_open flags */
#define __HOST_O_RDONLY 0
#define __HOST_O_WRONLY 1
#define __HOST_O_RDWR 2
#define __HOST_O_CREAT 0x40
#define __HOST_O_EXCL 0x80
#define __HOST_O_TRUNC 0x200
#define __HOST_O_APPEND 0x400

/* path_utimes / fd_utimes */
#define __HOST_TIME_NOW (-0x7fffffffffffffffLL - 1)
#define __HOST_TIME_OMIT 0x7fffffffffffffffLL
#define __HOST_NOFOLLOW 1

/* The 48-byte record of fd_stat, path_stat and path_lstat (little-endian, docs/spec.md). */
struct __host_stat {
  unsigned long long size;
  unsigned mode; /* Linux S_IFMT type bits | permission bits */
  unsigned nlink;
  long long atime_ns, mtime_ns, ctime_ns;
  unsigned long long ino;
};
_Static_assert(sizeof(struct __host_stat) == 48, "host stat record");

#endif
