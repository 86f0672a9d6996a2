// POSIX strerror_r (no _GNU_SOURCE: the int version): 0 and the same text as strerror for a
// known number, EINVAL for an unknown one, ERANGE (and a null-terminated prefix) when the
// buffer is too small, for sizes 1 and exact. The texts themselves are not printed.
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[256];
  int r = strerror_r(ENOENT, buf, sizeof buf);
  printf("known: %d same=%d\n", r, strcmp(buf, strerror(ENOENT)) == 0);
  r = strerror_r(EDOM, buf, sizeof buf);
  printf("edom: %d same=%d\n", r, strcmp(buf, strerror(EDOM)) == 0);
  size_t len = strlen(strerror(EINVAL));
  memset(buf, 'x', sizeof buf);
  r = strerror_r(EINVAL, buf, len + 1);
  printf("exact: %d len=%d\n", r, strlen(buf) == len);
  memset(buf, 'x', sizeof buf);
  r = strerror_r(EINVAL, buf, len);
  printf("short: %d erange=%d cut=%d prefix=%d\n", r != 0, r == ERANGE, strlen(buf) == len - 1,
         strncmp(buf, strerror(EINVAL), len - 1) == 0);
  memset(buf, 'x', sizeof buf);
  r = strerror_r(EINVAL, buf, 1);
  printf("one: %d empty=%d\n", r == ERANGE, buf[0] == 0);
  r = strerror_r(123456, buf, sizeof buf);
  printf("unknown: einval=%d\n", r == EINVAL);
  r = strerror_r(-1, buf, sizeof buf);
  printf("negative: einval=%d\n", r == EINVAL);
  errno = 0;
  r = strerror_r(0, buf, sizeof buf);
  printf("zero: %d errno=%d\n", r, errno);
  return 0;
}
