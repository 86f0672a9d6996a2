/* tmpfile and tmpnam. Temporary files go to the first of these directories that the guest can
 * reach (a --dir grant) and that is a directory: $TMPDIR (tmpfile only), /tmp, then the
 * working directory "." (relative paths, granted by --dir=. or --dir=HOST:.). With none, they
 * fail: tmpfile with the host's error (EACCES when nothing is granted), tmpnam with NULL.
 * Names are "tmp" and six random letters and digits (the host's random_get, so reproducible
 * under --deterministic). tmpfile creates its file with O_EXCL, mode 0600, and unlinks it at
 * once: the open stream keeps it until it is closed, and nothing is left behind. tmpnam only
 * checks that the name does not exist yet (path_stat says ENOENT). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "libc.h"
#include "stdio_impl.h"

static int is_dir(const char *d) {
  struct __host_stat st;
  return __host_path_stat(d, strlen(d), &st) == 0 && (st.mode & 0170000) == 040000;
}

/* dir + "/tmp" + six random characters into out (of size FILENAME_MAX); 0 or -1. */
static int make_name(const char *dir, char *out) {
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  size_t n = strlen(dir);
  if (n + 11 > FILENAME_MAX) return -1;
  __builtin_memcpy(out, dir, n);
  __builtin_memcpy(out + n, "/tmp", 4);
  unsigned char r[6];
  if (__host_random_get(r, sizeof r) < 0) return -1;
  for (int i = 0; i < 6; i++) out[n + 4 + i] = chars[r[i] % 62];
  out[n + 10] = 0;
  return 0;
}

FILE *tmpfile(void) {
  const char *dirs[3] = {getenv("TMPDIR"), "/tmp", "."};
  static char name[FILENAME_MAX];
  int err = EACCES;
  for (int d = 0; d < 3; d++) {
    if (!dirs[d] || !*dirs[d] || !is_dir(dirs[d])) continue;
    for (int attempt = 0; attempt < 100; attempt++) {
      if (make_name(dirs[d], name)) break;
      int fd = __host_path_open(name, strlen(name),
                                __HOST_O_RDWR | __HOST_O_CREAT | __HOST_O_EXCL, 0600);
      if (fd == -EEXIST) continue;
      if (fd < 0) {
        err = -fd;
        break;
      }
      __host_path_unlink(name, strlen(name));
      __libc_fd_opened(fd, __HOST_O_RDWR);
      FILE *f = __stdio_new(fd, F_READ | F_WRITE);
      if (!f) __host_fd_close(fd);
      return f;
    }
  }
  errno = err;
  return NULL;
}

char *tmpnam(char *s) {
  static char internal[L_tmpnam];
  static const char *const dirs[2] = {"/tmp", "."};
  char name[FILENAME_MAX];
  for (int d = 0; d < 2; d++) {
    if (!is_dir(dirs[d])) continue;
    for (int attempt = 0; attempt < 100; attempt++) {
      if (make_name(dirs[d], name)) break;
      struct __host_stat st;
      if (__host_path_stat(name, strlen(name), &st) != -ENOENT) continue;
      char *out = s ? s : internal;
      __builtin_memcpy(out, name, strlen(name) + 1); /* at most 15 bytes <= L_tmpnam */
      return out;
    }
  }
  return NULL;
}
