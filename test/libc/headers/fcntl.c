// SCRATCH
// fcntl.h, unistd.h, sys/stat.h: open with each flag (O_CREAT|O_EXCL, O_TRUNC, O_APPEND, the
// variadic mode), creat, write/read/lseek (SEEK_SET/CUR/END, beyond the end), stat and fstat
// sizes and types, mkdir/rmdir, unlink, access, dup/dup2, and the errno values ENOENT,
// EEXIST, EBADF, EISDIR, ENOTDIR, ENOTEMPTY, EINVAL.
#define _FILE_OFFSET_BITS 64
/* The native reference is built with -malign-double, which would move glibc's 64-bit struct
 * stat members off the i386 ABI's layout: keep them at 4-byte alignment there. */
#ifndef __mswasm__
#pragma pack(push, 4)
#endif
#include <sys/stat.h>
#ifndef __mswasm__
#pragma pack(pop)
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static const char *err(void) {
  switch (errno) {
  case ENOENT: return "ENOENT";
  case EEXIST: return "EEXIST";
  case EBADF: return "EBADF";
  case EISDIR: return "EISDIR";
  case ENOTDIR: return "ENOTDIR";
  case ENOTEMPTY: return "ENOTEMPTY";
  case EINVAL: return "EINVAL";
  case EACCES: return "EACCES";
  case ESPIPE: return "ESPIPE";
  default: return "other";
  }
}

static void size_of(const char *path) {
  struct stat st;
  errno = 0;
  if (stat(path, &st) != 0) {
    printf("stat %s: -1 %s\n", path, err());
    return;
  }
  /* a directory's size and link count depend on the file system */
  if (S_ISREG(st.st_mode))
    printf("stat %s: file, size %lld nlink %d\n", path, (long long)st.st_size, (int)st.st_nlink);
  else
    printf("stat %s: reg %d dir %d\n", path, S_ISREG(st.st_mode) != 0, S_ISDIR(st.st_mode) != 0);
}

int main(void) {
  char buf[64];
  int fd = open("a.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);
  printf("open O_CREAT|O_EXCL: %d\n", fd >= 3);
  printf("write: %zd\n", write(fd, "hello, world", 12));
  size_of("a.txt");
  errno = 0;
  printf("read on write-only: %zd %s\n", read(fd, buf, 4), err());
  printf("close: %d\n", close(fd));
  errno = 0;
  printf("close again: %d %s\n", close(fd), err());
  errno = 0;
  printf("O_EXCL on existing: %d %s\n", open("a.txt", O_WRONLY | O_CREAT | O_EXCL, 0644), err());
  errno = 0;
  printf("open missing: %d %s\n", open("missing.txt", O_RDONLY), err());

  fd = open("a.txt", O_RDWR);
  printf("lseek end: %lld\n", (long long)lseek(fd, 0, SEEK_END));
  printf("lseek set 7: %lld\n", (long long)lseek(fd, 7, SEEK_SET));
  ssize_t n = read(fd, buf, sizeof buf);
  printf("read from 7: %zd [%.*s]\n", n, (int)n, buf);
  printf("read at end: %zd\n", read(fd, buf, sizeof buf));
  printf("lseek cur -5: %lld\n", (long long)lseek(fd, -5, SEEK_CUR));
  printf("overwrite: %zd\n", write(fd, "WORLD", 5));
  errno = 0;
  printf("lseek negative: %lld %s\n", (long long)lseek(fd, -100, SEEK_SET), err());
  errno = 0;
  printf("lseek bad whence: %lld %s\n", (long long)lseek(fd, 0, 42), err());
  printf("lseek past end: %lld\n", (long long)lseek(fd, 20, SEEK_SET));
  printf("write past end: %zd\n", write(fd, "!", 1));
  struct stat st;
  printf("fstat: %d size %lld reg %d\n", fstat(fd, &st), (long long)st.st_size,
         S_ISREG(st.st_mode) != 0);
  lseek(fd, 0, SEEK_SET);
  n = read(fd, buf, sizeof buf);
  printf("content %zd:", n);
  for (ssize_t i = 0; i < n; i++) printf(" %02x", (unsigned char)buf[i]);
  printf("\n");
  close(fd);
  errno = 0;
  printf("fstat closed: %d %s\n", fstat(fd, &st), err());

  /* O_TRUNC, O_APPEND, creat */
  fd = open("a.txt", O_WRONLY | O_TRUNC);
  size_of("a.txt");
  write(fd, "abc", 3);
  close(fd);
  fd = open("a.txt", O_WRONLY | O_APPEND);
  lseek(fd, 0, SEEK_SET);
  write(fd, "def", 3);
  close(fd);
  fd = open("a.txt", O_RDONLY);
  n = read(fd, buf, sizeof buf);
  printf("after append: [%.*s]\n", (int)n, buf);
  errno = 0;
  printf("write on read-only: %zd %s\n", write(fd, "x", 1), err());
  close(fd);
  fd = creat("b.txt", 0600);
  printf("creat: %d write %zd\n", fd >= 3, write(fd, "12345678", 8));
  close(fd);
  size_of("b.txt");
  fd = creat("b.txt", 0600);
  close(fd);
  size_of("b.txt");

  /* access */
  printf("access F_OK: %d\n", access("a.txt", F_OK));
  printf("access R_OK|W_OK: %d\n", access("a.txt", R_OK | W_OK));
  errno = 0;
  printf("access missing: %d %s\n", access("nope", F_OK), err());

  /* directories */
  printf("mkdir: %d\n", mkdir("d", 0755));
  errno = 0;
  printf("mkdir again: %d %s\n", mkdir("d", 0755), err());
  size_of("d");
  errno = 0;
  printf("open dir for writing: %d %s\n", open("d", O_WRONLY), err());
  fd = open("d/inner.txt", O_WRONLY | O_CREAT, 0644);
  printf("file in dir: %d\n", fd >= 3);
  close(fd);
  errno = 0;
  printf("rmdir non-empty: %d %s\n", rmdir("d"), err());
  errno = 0;
  printf("rmdir file: %d %s\n", rmdir("d/inner.txt"), err());
  errno = 0;
  printf("unlink dir: %d %s\n", unlink("d"), err());
  errno = 0;
  printf("file under a file: %d %s\n", open("a.txt/x", O_RDONLY), err());
  errno = 0;
  printf("mkdir under missing: %d %s\n", mkdir("nodir/sub", 0755), err());
  printf("unlink inner: %d\n", unlink("d/inner.txt"));
  printf("rmdir: %d\n", rmdir("d"));
  errno = 0;
  printf("rmdir again: %d %s\n", rmdir("d"), err());
  size_of("d");

  /* dup, dup2 */
  fd = open("a.txt", O_RDONLY);
  int fd2 = dup(fd);
  printf("dup: %d\n", fd2 == fd + 1);
  read(fd, buf, 2);
  n = read(fd2, buf, 2);
  printf("dup shares the offset: [%.*s]\n", (int)n, buf);
  printf("dup2 same: %d\n", dup2(fd, fd) == fd);
  printf("dup2 onto 20: %d\n", dup2(fd, 20));
  printf("lseek through 20: %lld\n", (long long)lseek(20, 0, SEEK_CUR));
  close(fd);
  n = read(fd2, buf, 10);
  printf("copy still open after close: [%.*s]\n", (int)n, buf);
  close(fd2);
  close(20);
  errno = 0;
  printf("dup bad: %d %s\n", dup(55), err());
  errno = 0;
  printf("dup2 bad: %d %s\n", dup2(55, 56), err());
  errno = 0;
  printf("dup2 to negative: %d %s\n", dup2(0, -1), err());

  /* unlink */
  printf("unlink: %d %d\n", unlink("a.txt"), unlink("b.txt"));
  errno = 0;
  printf("unlink again: %d %s\n", unlink("a.txt"), err());
  size_of("a.txt");
  errno = 0;
  printf("read bad fd: %zd %s\n", read(99, buf, 1), err());
  errno = 0;
  printf("write bad fd: %zd %s\n", write(-1, buf, 1), err());
  errno = 0;
  printf("isatty bad fd: %d %s\n", isatty(99), err());
  errno = 0;
  printf("getcwd size 0: %s %s\n", getcwd(buf, 0) ? "buf" : "NULL", err());
  return 0;
}
