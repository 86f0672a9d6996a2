/* mkdir over the host's path_mkdir (permission bits mode & 0777 less umask's; the host's umask applies too). */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "host.h"
#include "libc.h"

int mkdir(const char *path, mode_t mode) {
  int r = __host_path_mkdir(path, strlen(path), (int)(mode & 0777 & ~__libc_umask));
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return 0;
}
