/* umask: records the mask and returns the previous one (initially 022, the usual default).
 * The host's path_open and path_mkdir apply the engine's own umask, which the guest cannot
 * change, so the recorded mask is also applied here: open, creat and mkdir pass mode & ~mask
 * (the host may clear more bits, never fewer). */
#include <sys/stat.h>

#include "libc.h"

unsigned __libc_umask = 022;

mode_t umask(mode_t mask) {
  mode_t old = __libc_umask;
  __libc_umask = mask & 0777;
  return old;
}
