/* File calls beyond the host interface's reach, and the parts of them it can do.
 * The host has no call to change a file's owner, mode or times, to make links, to read a
 * link's target, to shorten a file, to flush to disk or to change directory. Each function
 * first checks what it can (the path exists, the descriptor is open: ENOENT, EACCES, EBADF...
 * as POSIX orders them), does it when the answer needs no change, and otherwise fails with
 * ENOSYS (listed in libc/README.md as needing an engine change):
 * - chown/fchown/lchown: to the sandbox user's own ids (or -1) succeed; another owner EPERM.
 * - chmod/fchmod/lchmod: to the mode the file already has succeed; otherwise ENOSYS.
 * - truncate(path, 0) opens with O_TRUNC; ftruncate extends a file by writing zeros at its
 *   end (the position is kept) and accepts the current size; shrinking is ENOSYS.
 * - fsync/fdatasync: ENOSYS on an open descriptor (the data went to the host at each write,
 *   but nothing can ask it to reach the disk); sync does nothing.
 * - link, symlink: EEXIST when the new path exists, else ENOSYS; readlink: EINVAL when the
 *   path is not a symbolic link (as POSIX), ENOSYS when it is.
 * - chdir: to the working directory itself ("." and the like) succeeds; another directory is
 *   ENOSYS (ENOTDIR/ENOENT first). fchdir: no descriptor names a directory, so ENOTDIR.
 * - utime/utimes: ENOSYS once the file is found.
 * - ttyname: ENOTTY for a descriptor that is not a terminal; a terminal has no name here
 *   (ENOSYS). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

#include "host.h"

static int fail(int e) {
  errno = e;
  return -1;
}

static int owner_ok(uid_t owner, gid_t group) {
  if ((owner == (uid_t)-1 || owner == getuid()) && (group == (gid_t)-1 || group == getgid()))
    return 0;
  return fail(EPERM);
}

int chown(const char *path, uid_t owner, gid_t group) {
  struct stat st;
  if (stat(path, &st) < 0) return -1;
  return owner_ok(owner, group);
}

int lchown(const char *path, uid_t owner, gid_t group) {
  struct stat st;
  if (lstat(path, &st) < 0) return -1;
  return owner_ok(owner, group);
}

int fchown(int fd, uid_t owner, gid_t group) {
  struct stat st;
  if (fstat(fd, &st) < 0) return -1;
  return owner_ok(owner, group);
}

static int mode_ok(const struct stat *st, mode_t mode) {
  return (st->st_mode & 07777) == (mode & 07777) ? 0 : fail(ENOSYS);
}

int chmod(const char *path, mode_t mode) {
  struct stat st;
  if (stat(path, &st) < 0) return -1;
  return mode_ok(&st, mode);
}

int lchmod(const char *path, mode_t mode) {
  struct stat st;
  if (lstat(path, &st) < 0) return -1;
  if (S_ISLNK(st.st_mode)) return fail(EOPNOTSUPP); /* Linux: links have no mode */
  return mode_ok(&st, mode);
}

int fchmod(int fd, mode_t mode) {
  struct stat st;
  if (fstat(fd, &st) < 0) return -1;
  return mode_ok(&st, mode);
}

int ftruncate(int fd, off_t length) {
  if (length < 0) return fail(EINVAL);
  struct stat st;
  if (fstat(fd, &st) < 0) return -1;
  if (!S_ISREG(st.st_mode)) return fail(EINVAL);
  if (length == st.st_size) return 0;
  if (length < st.st_size) return fail(ENOSYS);
  static const char zeros[4096];
  long long pos = __host_fd_seek(fd, 0, SEEK_CUR);
  if (pos < 0) return fail((int)-pos);
  long long end = __host_fd_seek(fd, 0, SEEK_END);
  int err = end < 0 ? (int)-end : 0;
  while (!err && end < length) {
    long long n = length - end < (long long)sizeof zeros ? length - end : (long long)sizeof zeros;
    int w = __host_fd_write(fd, zeros, (size_t)n);
    if (w < 0) err = w == -EBADF ? EINVAL : -w; /* POSIX: not open for writing is EINVAL */
    else end += w;
  }
  __host_fd_seek(fd, pos, SEEK_SET);
  return err ? fail(err) : 0;
}

int truncate(const char *path, off_t length) {
  if (length < 0) return fail(EINVAL);
  int fd = open(path, O_WRONLY | (length == 0 ? O_TRUNC : 0));
  if (fd < 0) return -1;
  int r = length == 0 ? 0 : ftruncate(fd, length);
  int e = errno;
  close(fd);
  errno = e;
  return r;
}

int fsync(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0) return -1;
  return fail(ENOSYS);
}

int fdatasync(int fd) { return fsync(fd); }

void sync(void) {}

static int new_path_free(const char *path) {
  struct stat st;
  if (lstat(path, &st) == 0) return fail(EEXIST);
  if (errno != ENOENT) return -1;
  return 0;
}

int link(const char *old, const char *new) {
  struct stat st;
  if (lstat(old, &st) < 0) return -1;
  if (S_ISDIR(st.st_mode)) return fail(EPERM);
  if (new_path_free(new) < 0) return -1;
  return fail(ENOSYS);
}

int symlink(const char *target, const char *path) {
  if (!*target) return fail(ENOENT);
  if (new_path_free(path) < 0) return -1;
  return fail(ENOSYS);
}

ssize_t readlink(const char *restrict path, char *restrict buf, size_t size) {
  (void)buf;
  struct stat st;
  if (lstat(path, &st) < 0) return -1;
  if (!S_ISLNK(st.st_mode) || size == 0) return fail(EINVAL);
  return fail(ENOSYS);
}

/* Whether path names the working directory itself: only "." components and slashes. */
static int is_dot(const char *p) {
  if (!*p || *p == '/') return 0;
  for (; *p; p++)
    if (*p != '.' && *p != '/') return 0;
    else if (*p == '.' && p[1] == '.') return 0;
  return 1;
}

int chdir(const char *path) {
  struct stat st;
  if (stat(path, &st) < 0) return -1;
  if (!S_ISDIR(st.st_mode)) return fail(ENOTDIR);
  return is_dot(path) ? 0 : fail(ENOSYS);
}

int fchdir(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0) return -1;
  return fail(S_ISDIR(st.st_mode) ? ENOSYS : ENOTDIR);
}

int utime(const char *path, const struct utimbuf *times) {
  (void)times;
  struct stat st;
  if (stat(path, &st) < 0) return -1;
  return fail(ENOSYS);
}

int utimes(const char *path, const struct timeval times[2]) {
  (void)times;
  struct stat st;
  if (stat(path, &st) < 0) return -1;
  return fail(ENOSYS);
}

char *ttyname(int fd) {
  if (!isatty(fd)) return NULL; /* EBADF or ENOTTY */
  errno = ENOSYS;
  return NULL;
}
