// unistd.h on the standard descriptors: write(STDOUT_FILENO) after fflush keeps the order,
// read(STDIN_FILENO) from a file given as stdin, lseek on a pipe (ESPIPE), isatty of a pipe and
// of a bad descriptor, fstat of stdin (a regular file here), dup of stdout, getcwd's argument
// errors, sleep(0) and usleep.
// STDIN: unistd.c
#define _FILE_OFFSET_BITS 64
#ifndef __mswasm__
#pragma pack(push, 4) /* glibc's struct stat layout despite -malign-double */
#endif
#include <sys/stat.h>
#ifndef __mswasm__
#pragma pack(pop)
#endif
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  printf("through stdio, ");
  fflush(stdout);
  printf("write: %zd\n", write(STDOUT_FILENO, "then write(1)\n", 14));
  char buf[32];
  ssize_t n = read(STDIN_FILENO, buf, 20);
  printf("read stdin: %zd [%.*s]\n", n, (int)strcspn(buf, "\n"), buf);
  printf("lseek stdin: %lld\n", (long long)lseek(STDIN_FILENO, 3, SEEK_SET));
  n = read(STDIN_FILENO, buf, 13);
  printf("after lseek: [%.*s]\n", (int)n, buf);
  struct stat st;
  printf("fstat stdin: %d regular %d\n", fstat(STDIN_FILENO, &st), S_ISREG(st.st_mode) != 0);
  errno = 0;
  printf("lseek stdout (a pipe): %lld ESPIPE %d\n", (long long)lseek(STDOUT_FILENO, 0, SEEK_CUR),
         errno == ESPIPE);
  printf("fstat stdout: %d fifo %d\n", fstat(STDOUT_FILENO, &st), S_ISFIFO(st.st_mode) != 0);
  errno = 0;
  printf("isatty(stdout): %d ENOTTY %d\n", isatty(STDOUT_FILENO), errno == ENOTTY);
  errno = 0;
  printf("isatty(77): %d EBADF %d\n", isatty(77), errno == EBADF);
  int d = dup(STDOUT_FILENO);
  fflush(stdout);
  printf("dup(1) > 2: %d ", d > 2);
  fflush(stdout);
  printf("write via copy: %zd\n", write(d, "copy\n", 5));
  printf("close copy: %d\n", close(d));
  errno = 0;
  printf("getcwd(buf, 0): %s EINVAL %d\n", getcwd(buf, 0) ? "buf" : "NULL", errno == EINVAL);
  printf("sleep(0): %u\n", sleep(0));
  printf("usleep(1000): %d\n", usleep(1000));
  return 0;
}
