/* unlink over the host's path_unlink. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "host.h"

int unlink(const char *path) {
  int r = __host_path_unlink(path, strlen(path));
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return 0;
}
