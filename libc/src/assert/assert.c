/* __assert_fail: glibc's message ("prog: file:line: func: Assertion `expr' failed.") on stderr,
 * then abort. */
#include <stdio.h>
#include <stdlib.h>

#include "libc.h"

void __assert_fail(const char *expr, const char *file, int line, const char *func) {
  fprintf(stderr, "%s%s%s:%d: %s%sAssertion `%s' failed.\n", __progname,
          __progname[0] ? ": " : "", file, line, func ? func : "", func ? ": " : "", expr);
  fflush(stderr);
  abort();
}
