/* unlink, rmdir and access over the host's path_unlink, path_rmdir and path_access. */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "host.h"

static int result(int r) {
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return 0;
}

int unlink(const char *path) { return result(__host_path_unlink(path, strlen(path))); }

int rmdir(const char *path) { return result(__host_path_rmdir(path, strlen(path))); }

int access(const char *path, int mode) {
  return result(__host_path_access(path, strlen(path), mode));
}
