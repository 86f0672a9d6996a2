/* File calls over the host's fd_truncate, fd_sync, path_chmod/fd_chmod, path_utimes/fd_utimes,
 * path_readlink, path_symlink, path_link and path_chdir (docs/spec.md, "Files"), and those
 * the host cannot do, checked as far as they can be:
 * - chown/fchown/lchown: to the sandbox user's own ids (or -1) succeed; another owner EPERM.
 * - chmod/fchmod/fchmodat: the permission bits 0777 of the mode (the host never sets
 *   set-user-ID, set-group-ID or sticky); lchmod and fchmodat(AT_SYMLINK_NOFOLLOW) of a
 *   symbolic link fail with EOPNOTSUPP as on Linux (links have no mode).
 * - truncate/ftruncate shrink or grow; fsync/fdatasync ask the host to reach the disk; sync
 *   does nothing.
 * - utime/utimes/futimens/utimensat: UTIME_NOW and UTIME_OMIT as POSIX; NULL times mean now.
 * - the *at functions accept only AT_FDCWD as their directory (no descriptor names a
 *   directory in the sandbox): another open descriptor is ENOTDIR, a closed one EBADF.
 * - chdir changes the engine's working directory, where relative paths resolve; fchdir: no
 *   descriptor names a directory, so ENOTDIR.
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

static int ret(int r) {
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return 0;
}

/* The directory argument of an *at function: 0 when the path resolves as without it. */
static int at_dir(int dirfd, const char *path) {
  if (dirfd == AT_FDCWD || path[0] == '/') return 0;
  struct stat st;
  if (fstat(dirfd, &st) < 0) return -1; /* EBADF */
  return fail(ENOTDIR);
}

int chmod(const char *path, mode_t mode) {
  return ret(__host_path_chmod(path, strlen(path), (int)(mode & 07777)));
}

int lchmod(const char *path, mode_t mode) {
  struct stat st;
  if (lstat(path, &st) < 0) return -1;
  if (S_ISLNK(st.st_mode)) return fail(EOPNOTSUPP); /* Linux: links have no mode */
  return chmod(path, mode);
}

int fchmod(int fd, mode_t mode) { return ret(__host_fd_chmod(fd, (int)(mode & 07777))); }

int fchmodat(int dirfd, const char *path, mode_t mode, int flags) {
  if (flags & ~AT_SYMLINK_NOFOLLOW) return fail(EINVAL);
  if (at_dir(dirfd, path) < 0) return -1;
  return flags ? lchmod(path, mode) : chmod(path, mode);
}

int ftruncate(int fd, off_t length) { return ret(__host_fd_truncate(fd, length)); }

int truncate(const char *path, off_t length) {
  if (length < 0) return fail(EINVAL);
  int fd = open(path, O_WRONLY);
  if (fd < 0) return -1;
  int r = ftruncate(fd, length);
  int e = errno;
  close(fd);
  errno = e;
  return r;
}

int fsync(int fd) { return ret(__host_fd_sync(fd)); }

int fdatasync(int fd) { return fsync(fd); }

void sync(void) {}

int link(const char *old, const char *new) {
  return ret(__host_path_link(old, strlen(old), new, strlen(new)));
}

int symlink(const char *target, const char *path) {
  return ret(__host_path_symlink(target, strlen(target), path, strlen(path)));
}

ssize_t readlink(const char *restrict path, char *restrict buf, size_t size) {
  if (size == 0) return fail(EINVAL);
  int r = __host_path_readlink(path, strlen(path), buf, size);
  if (r < 0) return fail(-r);
  return r;
}

int chdir(const char *path) {
  if (!*path) return fail(ENOENT);
  return ret(__host_path_chdir(path, strlen(path)));
}

int fchdir(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0) return -1;
  return fail(ENOTDIR);
}

/* A POSIX time for the host: nanoseconds, or the host's now/omit values. */
static int host_time(const struct timespec *t, long long *out) {
  if (t->tv_nsec == UTIME_NOW) *out = __HOST_TIME_NOW;
  else if (t->tv_nsec == UTIME_OMIT) *out = __HOST_TIME_OMIT;
  else if (t->tv_nsec < 0 || t->tv_nsec >= 1000000000) return fail(EINVAL);
  else if (t->tv_sec > 9223372035LL || t->tv_sec < -9223372035LL) return fail(EINVAL);
  else *out = (long long)t->tv_sec * 1000000000 + t->tv_nsec;
  return 0;
}

static int host_times(const struct timespec times[2], long long *a, long long *m) {
  if (!times) {
    *a = *m = __HOST_TIME_NOW;
    return 0;
  }
  return host_time(&times[0], a) < 0 || host_time(&times[1], m) < 0 ? -1 : 0;
}

int futimens(int fd, const struct timespec times[2]) {
  long long a, m;
  if (host_times(times, &a, &m) < 0) return -1;
  return ret(__host_fd_utimes(fd, a, m));
}

int utimensat(int dirfd, const char *path, const struct timespec times[2], int flags) {
  if (flags & ~AT_SYMLINK_NOFOLLOW) return fail(EINVAL);
  if (!path) return flags ? fail(EINVAL) : futimens(dirfd, times); /* Linux's extension */
  long long a, m;
  if (host_times(times, &a, &m) < 0) return -1;
  if (at_dir(dirfd, path) < 0) return -1;
  return ret(__host_path_utimes(path, strlen(path), a, m, flags ? __HOST_NOFOLLOW : 0));
}

int utime(const char *path, const struct utimbuf *times) {
  if (!times) return utimensat(AT_FDCWD, path, NULL, 0);
  struct timespec ts[2] = {{times->actime, 0}, {times->modtime, 0}};
  return utimensat(AT_FDCWD, path, ts, 0);
}

int utimes(const char *path, const struct timeval times[2]) {
  if (!times) return utimensat(AT_FDCWD, path, NULL, 0);
  struct timespec ts[2];
  for (int i = 0; i < 2; i++) {
    if (times[i].tv_usec < 0 || times[i].tv_usec >= 1000000) return fail(EINVAL);
    ts[i].tv_sec = times[i].tv_sec;
    ts[i].tv_nsec = (long)times[i].tv_usec * 1000;
  }
  return utimensat(AT_FDCWD, path, ts, 0);
}

char *ttyname(int fd) {
  if (!isatty(fd)) return NULL; /* EBADF or ENOTTY */
  errno = ENOSYS;
  return NULL;
}
