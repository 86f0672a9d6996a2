/* scandir and alphasort: every entry readdir returns that filter accepts (all when filter is
 * NULL), each copied into its own malloc'd struct dirent, in a malloc'd array sorted with
 * compar (qsort) when given. On failure (ENOMEM, or opendir's and readdir's errors) what was
 * built is freed and -1 returned. alphasort compares names with strcoll. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int alphasort(const struct dirent **a, const struct dirent **b) {
  return strcoll((*a)->d_name, (*b)->d_name);
}

int scandir(const char *path, struct dirent ***list, int (*filter)(const struct dirent *),
            int (*compar)(const struct dirent **, const struct dirent **)) {
  DIR *d = opendir(path);
  if (!d) return -1;
  struct dirent **v = NULL;
  size_t n = 0, cap = 0;
  int saved = errno, failed = 0;
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (!e) {
      failed = errno != 0; /* readdir's error */
      break;
    }
    if (filter && !filter(e)) continue;
    if (n == cap) {
      size_t ncap = cap ? cap * 2 : 16;
      struct dirent **nv = realloc(v, ncap * sizeof *v);
      if (!nv) {
        failed = 1;
        break;
      }
      v = nv;
      cap = ncap;
    }
    if (!(v[n] = malloc(sizeof **v))) {
      failed = 1;
      break;
    }
    __builtin_memcpy(v[n++], e, sizeof *e);
  }
  int e2 = errno;
  closedir(d);
  if (failed || n > 0x7fffffff) {
    while (n) free(v[--n]);
    free(v);
    errno = e2 ? e2 : ENOMEM;
    return -1;
  }
  errno = saved;
  if (compar && n > 1)
    qsort(v, n, sizeof *v, (int (*)(const void *, const void *))compar);
  *list = v;
  return (int)n;
}
