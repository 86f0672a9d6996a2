/* stat, lstat and fstat over the host's path_stat, path_lstat and fd_stat (a 48-byte record:
 * size, mode, link count, times in nanoseconds, inode number); fields the host does not report
 * are 0, except st_uid and st_gid, the sandbox's user (1000, as getuid: every file the guest
 * reaches is its own), st_blksize (4096) and st_blocks (the size in 512-byte units, rounded
 * up). */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "host.h"
#include "libc.h"

static void set_time(struct timespec *ts, long long ns) {
  long long s = ns / 1000000000, r = ns % 1000000000;
  if (r < 0) {
    r += 1000000000;
    s--;
  }
  ts->tv_sec = s;
  ts->tv_nsec = (long)r;
}

static int fill(int r, const struct __host_stat *h, struct stat *st) {
  if (r < 0) {
    errno = -r;
    return -1;
  }
  __builtin_memset(st, 0, sizeof *st);
  st->st_ino = h->ino;
  st->st_mode = h->mode;
  st->st_nlink = h->nlink;
  st->st_uid = 1000;
  st->st_gid = 1000;
  st->st_size = (off_t)h->size;
  st->st_blksize = 4096;
  st->st_blocks = (blkcnt_t)((h->size + 511) / 512);
  set_time(&st->st_atim, h->atime_ns);
  set_time(&st->st_mtim, h->mtime_ns);
  set_time(&st->st_ctim, h->ctime_ns);
  return 0;
}

int stat(const char *restrict path, struct stat *restrict st) {
  struct __host_stat h;
  int r = __host_path_stat(path, strlen(path), &h);
  return fill(r, &h, st);
}

int fstat(int fd, struct stat *st) {
  struct __host_stat h;
  int r = __host_fd_stat(fd, &h);
  if (r == 0 && __LIBC_IS_PIPE(fd)) { /* a pipe end of the program's own (pipe.c) */
    h.size = 0;
    h.mode = 010600; /* S_IFIFO, rw------- */
    h.nlink = 1;
  }
  return fill(r, &h, st);
}

int lstat(const char *restrict path, struct stat *restrict st) {
  struct __host_stat h;
  int r = __host_path_lstat(path, strlen(path), &h);
  return fill(r, &h, st);
}
