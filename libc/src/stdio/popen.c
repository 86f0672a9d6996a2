/* popen and pclose: no command can run in the sandbox (there is no shell and no process can
 * be created), so popen fails with ENOSYS after checking its mode (EINVAL for anything but
 * "r", "w", with an optional "e"), and pclose, which can only be given a stream popen did not
 * make, fails with ECHILD (no child to wait for). */
#include <errno.h>
#include <stdio.h>

FILE *popen(const char *cmd, const char *mode) {
  (void)cmd;
  if ((mode[0] != 'r' && mode[0] != 'w') || (mode[1] && (mode[1] != 'e' || mode[2]))) {
    errno = EINVAL;
    return NULL;
  }
  errno = ENOSYS;
  return NULL;
}

int pclose(FILE *f) {
  (void)f;
  errno = ECHILD;
  return -1;
}
