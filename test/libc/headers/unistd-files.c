// SCRATCH
// File calls over the host's fd_truncate, fd_sync, path/fd_chmod, path/fd_utimes, links and
// working-directory calls, as glibc gives them natively: ftruncate/truncate shrinking and
// growing, fsync/fdatasync, chmod/fchmod/fchmodat to new permission bits, utime/utimes/
// futimens/utimensat with UTIME_NOW and UTIME_OMIT, symlink/readlink/link, /dev/null,
// /dev/zero and /dev/urandom with no grant of /dev, getcwd and chdir into a subdirectory and
// back, and an absolute path built from getcwd (what SQLite does with a relative name). Not
// here (the sandbox answers differently): set-user-ID bits (never set in the sandbox), the
// errno of following a link out of the grant (EACCES, natively ENOENT here), getcwd's text.
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

static long long size_of(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

static int perm_of(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 ? (int)(st.st_mode & 07777) : -1;
}

static void truncation(void) {
  int fd = open("a.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
  write(fd, "hello world", 11);
  printf("ftruncate shrink %d size %lld", ftruncate(fd, 5), size_of("a.txt"));
  char buf[16] = {0};
  lseek(fd, 0, SEEK_SET);
  printf(" text %.*s", (int)read(fd, buf, sizeof buf), buf);
  printf(" grow %d size %lld", ftruncate(fd, 10), size_of("a.txt"));
  lseek(fd, 0, SEEK_SET);
  int n = (int)read(fd, buf, sizeof buf);
  printf(" read %d zeros %d\n", n, buf[5] == 0 && buf[9] == 0);
  printf("truncate to 2 %d size %lld", truncate("a.txt", 2), size_of("a.txt"));
  printf(" to 0 %d size %lld\n", truncate("a.txt", 0), size_of("a.txt"));
  int ro = open("a.txt", O_RDONLY);
  errno = 0;
  printf("ftruncate read-only %d einval %d", ftruncate(ro, 1), errno == EINVAL);
  errno = 0;
  printf(" negative %d einval %d", ftruncate(fd, -1), errno == EINVAL);
  errno = 0;
  printf(" bad fd %d ebadf %d", ftruncate(99, 1), errno == EBADF);
  errno = 0;
  printf(" missing %d enoent %d\n", truncate("nope", 1), errno == ENOENT);
  printf("fsync %d fdatasync %d", fsync(fd), fdatasync(fd));
  errno = 0;
  printf(" bad fd %d ebadf %d\n", fsync(99), errno == EBADF);
  close(ro);
  close(fd);
}

static void modes(void) {
  printf("chmod 0640 %d mode %o", chmod("a.txt", 0640), perm_of("a.txt"));
  printf(" 0 %d mode %o", chmod("a.txt", 0), perm_of("a.txt"));
  int fd = open("a.txt", O_WRONLY);
  printf(" fchmod 0604 %d mode %o", fchmod(fd, 0604), perm_of("a.txt"));
  close(fd);
  printf(" fchmodat 0751 %d mode %o\n", fchmodat(AT_FDCWD, "a.txt", 0751, 0), perm_of("a.txt"));
  mkdir("d", 0755);
  printf("chmod dir 0700 %d mode %o", chmod("d", 0700), perm_of("d"));
  errno = 0;
  printf(" missing %d enoent %d", chmod("nope", 0644), errno == ENOENT);
  errno = 0;
  printf(" fchmod bad %d ebadf %d\n", fchmod(99, 0644), errno == EBADF);
  chmod("a.txt", 0644);
  chmod("d", 0755);
}

static void file_times(void) {
  struct stat st;
  struct utimbuf ub = {1000, 2000};
  printf("utime %d", utime("a.txt", &ub));
  stat("a.txt", &st);
  printf(" atime %lld mtime %lld", (long long)st.st_atime, (long long)st.st_mtime);
  struct timeval tv[2] = {{3000, 0}, {3000, 500000}};
  printf(" utimes %d", utimes("a.txt", tv));
  stat("a.txt", &st);
  printf(" mtime %lld.%09ld\n", (long long)st.st_mtime, st.st_mtim.tv_nsec);
  struct timespec ts[2] = {{0, UTIME_OMIT}, {4000, 5}};
  printf("utimensat omit atime %d", utimensat(AT_FDCWD, "a.txt", ts, 0));
  stat("a.txt", &st);
  printf(" atime %lld mtime %lld.%09ld", (long long)st.st_atime, (long long)st.st_mtime,
         st.st_mtim.tv_nsec);
  int fd = open("a.txt", O_RDONLY);
  struct timespec fts[2] = {{5000, 0}, {0, UTIME_OMIT}};
  printf(" futimens %d", futimens(fd, fts));
  fstat(fd, &st);
  printf(" atime %lld mtime %lld\n", (long long)st.st_atime, (long long)st.st_mtime);
  close(fd);
  printf("utime now %d recent %d", utime("a.txt", NULL), stat("a.txt", &st) == 0 && st.st_mtime > 1500000000);
  struct timespec now[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
  printf(" utimensat now %d", utimensat(AT_FDCWD, "a.txt", now, 0));
  struct timespec bad[2] = {{0, 1000000000}, {0, 0}};
  errno = 0;
  printf(" bad nsec %d einval %d", utimensat(AT_FDCWD, "a.txt", bad, 0), errno == EINVAL);
  errno = 0;
  printf(" missing %d enoent %d\n", utime("nope", &ub), errno == ENOENT);
}

static void links(void) {
  char buf[64];
  printf("symlink %d", symlink("a.txt", "l"));
  ssize_t n = readlink("l", buf, sizeof buf);
  printf(" readlink %d %.*s", (int)n, (int)n, buf);
  struct stat st, lst;
  printf(" lstat link %d stat regular %d", lstat("l", &lst) == 0 && S_ISLNK(lst.st_mode),
         stat("l", &st) == 0 && S_ISREG(st.st_mode));
  n = readlink("l", buf, 3);
  printf(" short %d %.*s\n", (int)n, (int)n, buf);
  printf("symlink out %d", symlink("../../nowhere/at/all", "out"));
  n = readlink("out", buf, sizeof buf);
  printf(" readlink %d %.*s follows %d\n", (int)n, (int)n, buf, stat("out", &st));
  errno = 0;
  printf("symlink onto existing %d eexist %d", symlink("x", "a.txt"), errno == EEXIST);
  errno = 0;
  printf(" readlink file %d einval %d", (int)readlink("a.txt", buf, sizeof buf), errno == EINVAL);
  errno = 0;
  printf(" missing %d enoent %d\n", (int)readlink("nope", buf, sizeof buf), errno == ENOENT);
  printf("link %d", link("a.txt", "h"));
  stat("a.txt", &st);
  printf(" nlink %d", (int)st.st_nlink);
  errno = 0;
  printf(" onto existing %d eexist %d", link("a.txt", "h"), errno == EEXIST);
  errno = 0;
  printf(" missing %d enoent %d", link("nope", "h2"), errno == ENOENT);
  printf(" unlink %d nlink %d\n", unlink("h"), stat("a.txt", &st) == 0 ? (int)st.st_nlink : -1);
  unlink("l");
  unlink("out");
}

static void devices(void) {
  FILE *f = fopen("/dev/null", "w");
  printf("/dev/null fopen %d fprintf %d fclose %d", f != NULL, fprintf(f, "gone %d", 42), fclose(f));
  int fd = open("/dev/null", O_RDONLY);
  char buf[16];
  memset(buf, 1, sizeof buf);
  struct stat st;
  printf(" read %d chr %d", (int)read(fd, buf, sizeof buf), fstat(fd, &st) == 0 && S_ISCHR(st.st_mode));
  close(fd);
  printf(" stat chr %d\n", stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
  fd = open("/dev/zero", O_RDONLY);
  printf("/dev/zero read %d zeros %d", (int)read(fd, buf, 8), buf[0] == 0 && buf[7] == 0);
  close(fd);
  fd = open("/dev/urandom", O_RDONLY);
  printf(" /dev/urandom read %d\n", (int)read(fd, buf, 16));
  close(fd);
}

static void directories(void) {
  char c0[4096], c1[4096], expect[4200];
  if (!getcwd(c0, sizeof c0)) {
    printf("getcwd failed\n");
    return;
  }
  printf("getcwd absolute %d", c0[0] == '/');
  printf(" chdir d %d", chdir("d"));
  snprintf(expect, sizeof expect, "%s/d", strcmp(c0, "/") == 0 ? "" : c0);
  printf(" getcwd %d", getcwd(c1, sizeof c1) && strcmp(c1, expect) == 0);
  FILE *f = fopen("in.txt", "w");
  printf(" create %d", f && fputs("inside\n", f) >= 0 && fclose(f) == 0);
  printf(" chdir .. %d", chdir(".."));
  printf(" back %d size %lld\n", getcwd(c1, sizeof c1) && strcmp(c1, c0) == 0, size_of("d/in.txt"));
  errno = 0;
  printf("chdir missing %d enoent %d", chdir("nope"), errno == ENOENT);
  errno = 0;
  printf(" file %d enotdir %d", chdir("a.txt"), errno == ENOTDIR);
  errno = 0;
  printf(" empty %d enoent %d", chdir(""), errno == ENOENT);
  errno = 0;
  printf(" getcwd small %d erange %d\n", getcwd(c1, 1) != NULL, errno == ERANGE);
  // An absolute name from getcwd reaches the same file.
  snprintf(expect, sizeof expect, "%s/%s", strcmp(c0, "/") == 0 ? "" : c0, "d/in.txt");
  f = fopen(expect, "r");
  char line[16] = {0};
  printf("absolute fopen %d read %s", f != NULL, f && fgets(line, sizeof line, f) ? line : "-\n");
  if (f) fclose(f);
  char *m = getcwd(NULL, 0);
  printf("getcwd(NULL, 0) same %d\n", m && strcmp(m, c0) == 0);
  free(m);
  unlink("d/in.txt");
  rmdir("d");
}

int main(void) {
  truncation();
  modes();
  file_times();
  links();
  devices();
  directories();
  unlink("a.txt");
  return 0;
}
