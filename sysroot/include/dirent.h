/* <dirent.h>: directory reading over the host's path_readdir (docs/spec.md), which lists a
 * directory by name in byte order, resuming after the last name read (so entries removed
 * while reading never make readdir skip others). A DIR keeps the directory's path: no
 * descriptor refers to a directory in MSWasm (the host's path_open refuses them), so dirfd
 * fails with ENOTSUP and fdopendir with ENOTDIR (EBADF for a closed descriptor). readdir
 * never returns "." or "..". */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

typedef struct __dirstream DIR;

struct dirent {
  ino_t d_ino;          /* 0 under --deterministic */
  unsigned char d_type; /* DT_ below */
  char d_name[256];
};

#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) || \
    defined(_GNU_SOURCE)
#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
#endif

DIR *opendir(const char *__path);
DIR *fdopendir(int __fd);
struct dirent *readdir(DIR *__d);
int closedir(DIR *__d);
void rewinddir(DIR *__d);
long telldir(DIR *__d);
void seekdir(DIR *__d, long __pos);
int dirfd(DIR *__d);
int alphasort(const struct dirent **__a, const struct dirent **__b);
int scandir(const char *__path, struct dirent ***__list,
            int (*__filter)(const struct dirent *),
            int (*__compar)(const struct dirent **, const struct dirent **));

#endif
