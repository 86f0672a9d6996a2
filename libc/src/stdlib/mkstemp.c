/* mkstemp, mkostemp, mkdtemp and mktemp: the template's last six characters, which must be
 * "XXXXXX" (else EINVAL and the template is left as it was), are replaced by random letters and
 * digits (the host's random_get, so reproducible under --deterministic) until a name that does
 * not exist yet is created: a file with O_CREAT | O_EXCL and mode 0600 (mkstemp, mkostemp with
 * its extra flags), or a directory with mode 0700 (mkdtemp). Any other error (EACCES when no
 * directory is granted) is returned at once; after 100 names that all exist, EEXIST. mktemp
 * only picks a name that does not exist (empty template on failure). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "host.h"

/* The six X's of t, or NULL (errno EINVAL). */
static char *xs(char *t) {
  size_t n = strlen(t);
  if (n < 6 || memcmp(t + n - 6, "XXXXXX", 6) != 0) {
    errno = EINVAL;
    return NULL;
  }
  return t + n - 6;
}

static int fill(char *x) {
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  unsigned char r[6];
  int e = __host_random_get(r, sizeof r);
  if (e < 0) {
    errno = -e;
    return -1;
  }
  for (int i = 0; i < 6; i++) x[i] = chars[r[i] % 62];
  return 0;
}

/* kind 0: a file opened with flags; 1: a directory; 2: only a name. */
static int make(char *t, int kind, int flags) {
  char *x = xs(t);
  if (!x) return -1;
  for (int attempt = 0; attempt < 100; attempt++) {
    if (fill(x) < 0) break;
    int r;
    if (kind == 0) {
      r = open(t, O_RDWR | O_CREAT | O_EXCL | (flags & ~O_ACCMODE), 0600);
    } else if (kind == 1) {
      r = mkdir(t, 0700);
    } else {
      struct stat st;
      if (lstat(t, &st) == 0) {
        errno = EEXIST;
        r = -1;
      } else {
        r = errno == ENOENT ? 0 : -1;
      }
    }
    if (r >= 0) return r;
    if (errno != EEXIST) break;
  }
  __builtin_memcpy(x, "XXXXXX", 6);
  return -1;
}

int mkstemp(char *t) { return make(t, 0, 0); }

int mkostemp(char *t, int flags) { return make(t, 0, flags); }

char *mkdtemp(char *t) { return make(t, 1, 0) < 0 ? NULL : t; }

char *mktemp(char *t) {
  if (make(t, 2, 0) < 0) *t = 0;
  return t;
}
