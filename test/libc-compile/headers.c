// Every public header of the sysroot compiles cleanly in strict C99, C11 and C17, with the
// warnings a careful user turns on; the format macros of <inttypes.h> match their types.
// REQUIRES: compiler
// RUN: mswasm-cc -fsyntax-only -std=c99 -Wall -Wextra -Werror -pedantic %s
// RUN: mswasm-cc -fsyntax-only -std=c11 -Wall -Wextra -Werror -pedantic %s
// RUN: mswasm-cc -fsyntax-only -std=c17 -Wall -Wextra -Werror -pedantic -Wformat=2 %s
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
// Twice: every header is idempotent.
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int use_formats(int64_t a, uint64_t b, intptr_t c, uintptr_t d, intmax_t e, size_t f,
                int_least16_t g, uint_fast8_t h, int32_t i, uint16_t j) {
  return printf("%" PRId64 " %" PRIu64 " %" PRIxPTR " %" PRIdPTR " %" PRIdMAX " %zu %" PRIdLEAST16
                " %" PRIuFAST8 " %" PRIi32 " %" PRIX16 "\n",
                a, b, (uintptr_t)c, (intptr_t)d, e, f, g, h, i, j);
}

int scan_formats(const char *s, int64_t *a, uint32_t *b, int_fast16_t *c, uint8_t *d,
                 intptr_t *e, uintmax_t *f) {
  return sscanf(s, "%" SCNd64 " %" SCNu32 " %" SCNdFAST16 " %" SCNu8 " %" SCNdPTR " %" SCNxMAX,
                a, b, c, d, e, f);
}

int other(void) {
  time_t t = time(NULL);
  clock_t c = clock();
  off_t o = lseek(0, 0, SEEK_CUR);
  ssize_t n = write(1, "", 0);
  div_t q = div(7, 2);
  assert(q.quot == 3);
  return (int)(t + c + o + n) + isalpha('a') + (int)strlen("x") + strcasecmp("a", "A") +
         (errno == ERANGE) + (EOF < 0) + (BUFSIZ > 0) + (int)fabs(-1.0) + isnan(NAN) +
         (RAND_MAX > 0) + (EXIT_FAILURE == 1);
}
