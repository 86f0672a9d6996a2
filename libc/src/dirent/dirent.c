/* opendir, fdopendir, readdir, closedir, rewinddir, telldir, seekdir, dirfd over the host's
 * path_readdir. A DIR
 * holds a copy of the path, the name last returned, and a buffer of records from the host
 * (u64 inode, u8 type, u8 0, u16 name length, the name: docs/spec.md). readdir parses the
 * next record; when the buffer is used up it asks the host for the entries after the last
 * name, so a listing costs one host call per buffer. opendir makes the first call, so a
 * missing path or a file fails there (ENOENT, ENOTDIR). No descriptor ever refers to a
 * directory: dirfd fails (ENOTSUP), fdopendir too (EBADF or ENOTDIR; ENOTSUP for a
 * descriptor the host opened on a directory, e.g. standard input redirected from one).
 * telldir's position is the number of entries read since opendir or rewinddir; seekdir
 * rewinds and reads that many again (entries are in name order, so the same entries unless
 * the directory changed meanwhile). */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "host.h"

struct __dirstream {
  char *path;
  size_t plen;
  size_t pos, len; /* unread records: buf[pos, len) */
  int done;        /* the host had no more entries */
  size_t lastlen;
  char last[256];  /* the name last read from the host, to resume after */
  long index;      /* entries returned since opendir or rewinddir (telldir) */
  struct dirent ent;
  unsigned char buf[4096];
};

/* Refills the buffer after d->last; 0, or -1 with errno set. */
static int fill(DIR *d) {
  int r = __host_path_readdir(d->path, d->plen, d->last, d->lastlen, d->buf, sizeof d->buf);
  if (r < 0) {
    errno = -r;
    return -1;
  }
  d->pos = 0;
  d->len = (size_t)r;
  d->done = r == 0;
  return 0;
}

DIR *opendir(const char *path) {
  size_t n = strlen(path);
  if (!n) {
    errno = ENOENT;
    return NULL;
  }
  DIR *d = malloc(sizeof *d);
  if (!d) return NULL;
  d->path = malloc(n + 1);
  if (!d->path) {
    free(d);
    return NULL;
  }
  __builtin_memcpy(d->path, path, n + 1);
  d->plen = n;
  d->lastlen = 0;
  d->index = 0;
  if (fill(d) < 0) {
    int e = errno;
    free(d->path);
    free(d);
    errno = e;
    return NULL;
  }
  return d;
}

DIR *fdopendir(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0) return NULL; /* EBADF */
  errno = S_ISDIR(st.st_mode) ? ENOTSUP : ENOTDIR;
  return NULL;
}

struct dirent *readdir(DIR *d) {
  if (d->pos >= d->len) {
    if (d->done || fill(d) < 0 || d->done) return NULL;
  }
  const unsigned char *p = d->buf + d->pos;
  unsigned long long ino = 0;
  for (int i = 7; i >= 0; i--) ino = ino << 8 | p[i];
  size_t n = (size_t)(p[10] | p[11] << 8);
  if (n > 255 || 12 + n > d->len - d->pos) { /* not what the host promises */
    errno = EIO;
    d->done = 1;
    d->pos = d->len;
    return NULL;
  }
  d->ent.d_ino = ino;
  d->ent.d_type = p[8];
  __builtin_memcpy(d->ent.d_name, p + 12, n);
  d->ent.d_name[n] = 0;
  __builtin_memcpy(d->last, p + 12, n);
  d->lastlen = n;
  d->pos += 12 + n;
  d->index++;
  return &d->ent;
}

void rewinddir(DIR *d) {
  d->lastlen = 0;
  d->index = 0;
  d->pos = d->len = 0;
  d->done = 0;
}

long telldir(DIR *d) { return d->index; }

void seekdir(DIR *d, long pos) {
  rewinddir(d);
  while (d->index < pos && readdir(d)) {
  }
}

int closedir(DIR *d) {
  free(d->path);
  free(d);
  return 0;
}

int dirfd(DIR *d) {
  (void)d;
  errno = ENOTSUP;
  return -1;
}
