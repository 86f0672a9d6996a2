// SCRATCH
// stdlib.h (POSIX): mkstemp (a new file, mode 0600, read and write, distinct names, the X's
// replaced and the rest kept), mkostemp with O_APPEND, mkdtemp (a new directory, mode 0700),
// mktemp (a name not in use), and EINVAL for a template without six trailing X's (left as it was).
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int replaced(const char *name, const char *prefix) {
  size_t n = strlen(prefix);
  if (strncmp(name, prefix, n) != 0 || strlen(name) != n + 6) return 0;
  return strstr(name, "XXXXXX") == NULL;
}

int main(void) {
  umask(022);
  char a[] = "tmpfile-XXXXXX", b[] = "tmpfile-XXXXXX";
  int fa = mkstemp(a), fb = mkstemp(b);
  printf("mkstemp: fds %d %d, names replaced %d %d, distinct %d\n", fa >= 0, fb >= 0,
         replaced(a, "tmpfile-"), replaced(b, "tmpfile-"), strcmp(a, b) != 0);
  struct stat st;
  printf("stat: %d, regular %d, mode %o, size %lld\n", stat(a, &st), S_ISREG(st.st_mode),
         (unsigned)(st.st_mode & 0777), (long long)st.st_size);
  printf("write %d\n", (int)write(fa, "hello", 5));
  lseek(fa, 0, SEEK_SET);
  char buf[8] = {0};
  printf("read back %d '%s'\n", (int)read(fa, buf, sizeof buf - 1), buf);
  close(fa);
  close(fb);
  printf("unlink %d %d\n", unlink(a), unlink(b));

  char c[] = "app-XXXXXX";
  int fc = mkostemp(c, O_APPEND);
  printf("mkostemp: fd %d, append flag %d\n", fc >= 0, (fcntl(fc, F_GETFL) & O_APPEND) != 0);
  close(fc);
  unlink(c);

  char d[] = "dir-XXXXXX";
  char *dp = mkdtemp(d);
  printf("mkdtemp: %d, replaced %d\n", dp == d, replaced(d, "dir-"));
  printf("stat: %d, directory %d, mode %o\n", stat(d, &st), S_ISDIR(st.st_mode),
         (unsigned)(st.st_mode & 0777));
  printf("rmdir %d\n", rmdir(d));

  char m[] = "name-XXXXXX";
  mktemp(m);
  printf("mktemp: replaced %d, exists %d\n", replaced(m, "name-"), access(m, F_OK) == 0);

  char bad[] = "bad-XXXXX", bad2[] = "bad-XXXXXXy";
  errno = 0;
  printf("short template: %d errno EINVAL %d kept '%s'\n", mkstemp(bad), errno == EINVAL, bad);
  errno = 0;
  printf("suffix: %d errno EINVAL %d kept '%s'\n", mkstemp(bad2), errno == EINVAL, bad2);
  errno = 0;
  char bad3[] = "bad-XXXXX";
  printf("mkdtemp short: %s errno EINVAL %d\n", mkdtemp(bad3) ? "dir" : "NULL", errno == EINVAL);
  return 0;
}
