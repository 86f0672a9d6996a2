// POSIX positional arguments in the printf family: reordering, reuse of one argument, every
// argument type (int, long, long long, size_t, double, pointers as strings, char), widths and
// precisions taken from numbered arguments (%2$*1$d, %3$.*1$f), negative star widths, %%
// between numbered conversions, snprintf's count and truncation, and the EINVAL of formats
// mixing numbered and unnumbered conversions or leaving a gap.
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  char buf[256];
  printf("%2$s %1$s\n", "world", "hello");
  printf("%1$d %1$x %1$o %1$#X\n", 255);
  printf("%3$s|%1$d|%2$.2f\n", 42, 3.14159, "three");
  printf("%2$*1$d|\n", 8, 123);
  printf("%2$-*1$d|\n", 8, 123);
  printf("%2$*1$d|\n", -6, 45);
  printf("%3$.*1$f|%3$.*2$e\n", 2, 4, 2.718281828);
  printf("%1$*2$.*3$f|\n", 3.14159, 10, 3);
  printf("%1$lld %2$ld %3$zu %4$hhd %5$hd %6$c\n", 1234567890123LL, -7L, (size_t)99, 300, 70000,
         'Z');
  printf("%4$s %3$s %2$s %1$s\n", "d", "c", "b", "a");
  printf("100%% %1$s%%\n", "done");
  printf("%1$+05d|%1$ 5d|%1$-5d|%1$05d\n", 42);
  printf("%1$10.4s|%1$-10s|\n", "abcdefgh");
  printf("%1$g %1$a %1$E\n", 0.5);
  printf("%2$s%1$s%2$s\n", "-", "=");
  printf("%1$ju %2$jd\n", (uintmax_t)18446744073709551615ULL, (intmax_t)-1);
  int n = snprintf(buf, 10, "%2$s-%1$s", "abcdef", "123456");
  printf("snprintf: %d [%s]\n", n, buf);
  n = sprintf(buf, "%3$c%2$c%1$c", 'a', 'b', 'c');
  printf("sprintf: %d [%s]\n", n, buf);
  /* many arguments */
  printf("%12$d %11$d %10$d %9$d %8$d %7$d %6$d %5$d %4$d %3$d %2$d %1$d\n", 1, 2, 3, 4, 5, 6, 7,
         8, 9, 10, 11, 12);
  /* Mixing numbered and unnumbered conversions, or leaving a gap, is undefined: glibc guesses
   * (int for the gap), mswasm's libc refuses with EINVAL. Each side checks its own answer. */
  const char *mixed = "%1$d %d", *gap = "%1$d %3$d";
  errno = 0;
  n = snprintf(buf, sizeof buf, mixed, 1, 2);
#ifdef __mswasm__
  int ok = n == -1 && errno == EINVAL;
#else
  int ok = n == 3;
#endif
  printf("mixed: %d\n", ok);
  errno = 0;
  n = snprintf(buf, sizeof buf, gap, 1, 2, 3);
#ifdef __mswasm__
  ok = n == -1 && errno == EINVAL;
#else
  ok = n == 3 && strcmp(buf, "1 3") == 0;
#endif
  printf("gap: %d\n", ok);
  return 0;
}
