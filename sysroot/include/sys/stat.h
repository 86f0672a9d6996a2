/* <sys/stat.h>: stat, lstat, fstat, mkdir over the host's path_stat, path_lstat, fd_stat and
 * path_mkdir; umask only records the mask (the host applies its own). The
 * host reports size, type and permission bits, link count, the three times and the inode
 * number; st_dev and st_rdev are 0, st_uid and st_gid the sandbox user's 1000, st_blksize
 * 4096 and st_blocks the size in 512-byte units rounded up. chmod and its kin (host
 * path_chmod/fd_chmod) set the permission bits 0777 of the mode (never set-user-ID,
 * set-group-ID or sticky); futimens/utimensat set times (host fd_utimes/path_utimes). */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#include <time.h>

struct stat {
  dev_t st_dev;
  ino_t st_ino;
  mode_t st_mode;
  nlink_t st_nlink;
  uid_t st_uid;
  gid_t st_gid;
  dev_t st_rdev;
  off_t st_size;
  blksize_t st_blksize;
  blkcnt_t st_blocks;
  struct timespec st_atim;
  struct timespec st_mtim;
  struct timespec st_ctim;
};
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define S_IFLNK 0120000
#define S_IFREG 0100000
#define S_IFBLK 0060000
#define S_IFDIR 0040000
#define S_IFCHR 0020000
#define S_IFIFO 0010000
#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 070
#define S_IRGRP 040
#define S_IWGRP 020
#define S_IXGRP 010
#define S_IRWXO 07
#define S_IROTH 04
#define S_IWOTH 02
#define S_IXOTH 01

#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)

int stat(const char *__restrict __path, struct stat *__restrict __st);
int lstat(const char *__restrict __path, struct stat *__restrict __st);
int fstat(int __fd, struct stat *__st);
int mkdir(const char *__path, mode_t __mode);
mode_t umask(mode_t __mask);
int chmod(const char *__path, mode_t __mode);
int fchmod(int __fd, mode_t __mode);
int lchmod(const char *__path, mode_t __mode);
int fchmodat(int __dirfd, const char *__path, mode_t __mode, int __flags);

/* tv_nsec values of futimens/utimensat (Linux's). */
#define UTIME_NOW ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)
int futimens(int __fd, const struct timespec __times[2]);
int utimensat(int __dirfd, const char *__path, const struct timespec __times[2], int __flags);

#endif
