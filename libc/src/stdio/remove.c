/* remove and rename over the host's path_unlink and path_rename. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "host.h"

int remove(const char *path) {
  int r = __host_path_unlink(path, strlen(path));
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return 0;
}

int rename(const char *from, const char *to) {
  int r = __host_path_rename(from, strlen(from), to, strlen(to));
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return 0;
}
