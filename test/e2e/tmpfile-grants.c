// tmpfile and tmpnam need a granted directory: with none they fail (tmpfile with EACCES);
// with --dir=DIR:. the file is created in DIR and unlinked at once, so nothing is left.
// REQUIRES: compiler
// RUN: mswasm-cc -O1 %s -o %t.mswasm
// RUN: mswasm run %t.mswasm | FileCheck %s --check-prefix=NONE
// NONE: tmpfile: NULL EACCES 1
// NONE: tmpnam: NULL
// RUN: rm -rf %t.d && mkdir %t.d
// RUN: mswasm run --dir=%t.d:. %t.mswasm | FileCheck %s --check-prefix=GRANT
// GRANT: tmpfile: FILE
// GRANT: tmpnam: tmp
// RUN: %python -c "import os, sys; sys.exit(len(os.listdir(sys.argv[1])))" %t.d
#include <errno.h>
#include <stdio.h>

int main(void) {
  errno = 0;
  FILE *f = tmpfile();
  if (f) {
    fputs("data", f);
    printf("tmpfile: FILE\n");
  } else {
    printf("tmpfile: NULL EACCES %d\n", errno == EACCES);
  }
  char *n = tmpnam(NULL);
  printf("tmpnam: %s\n", n ? n + 2 : "NULL"); /* skip "./" */
  return 0;
}
