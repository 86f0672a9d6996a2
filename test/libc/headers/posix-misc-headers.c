// alloca.h, endian.h, sys/param.h, sys/wait.h's W* macros, and the constants of
// sys/resource.h, poll.h, sys/ioctl.h, fcntl.h's F_* and sys/file.h's LOCK_* (Linux's values,
// as glibc has them). Not here: RLIM_INFINITY (rlim_t is 64 bits in MSWasm, 32 in native
// -m32 glibc without _FILE_OFFSET_BITS=64).
#include <alloca.h>
#include <endian.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/param.h>
#include <sys/resource.h>
#include <sys/wait.h>

static int sum_alloca(int n) {
  int *a = alloca(n * sizeof *a);
  for (int i = 0; i < n; i++) a[i] = i * i;
  int s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}

int main(void) {
  printf("alloca %d %d\n", sum_alloca(10), sum_alloca(100));
  char *buf = alloca(32);
  strcpy(buf, "on the stack");
  printf("alloca string %s\n", buf);

  printf("BYTE_ORDER little %d big %d; LITTLE %d BIG %d PDP %d\n", BYTE_ORDER == LITTLE_ENDIAN,
         BYTE_ORDER == BIG_ENDIAN, LITTLE_ENDIAN, BIG_ENDIAN, PDP_ENDIAN);
#if BYTE_ORDER == LITTLE_ENDIAN
  printf("#if BYTE_ORDER == LITTLE_ENDIAN: yes\n");
#endif
  printf("htobe16 %04x htole16 %04x be16toh %04x le16toh %04x\n", htobe16(0x1234),
         htole16(0x1234), be16toh(0x1234), le16toh(0x1234));
  printf("htobe32 %08x htole32 %08x be32toh %08x le32toh %08x\n", htobe32(0x12345678u),
         htole32(0x12345678u), be32toh(0x12345678u), le32toh(0x12345678u));
  printf("htobe64 %016llx htole64 %016llx be64toh %016llx\n",
         (unsigned long long)htobe64(0x0102030405060708ull),
         (unsigned long long)htole64(0x0102030405060708ull),
         (unsigned long long)be64toh(0x0102030405060708ull));
  unsigned char bytes[4];
  unsigned v = htobe32(0xa1b2c3d4u);
  memcpy(bytes, &v, 4);
  printf("big-endian bytes %02x %02x %02x %02x\n", bytes[0], bytes[1], bytes[2], bytes[3]);

  printf("MAXPATHLEN %d MIN %d MAX %d MIN(-1,1u) %d\n", MAXPATHLEN, MIN(3, 7), MAX(3, 7),
         MIN(-1, 2));
  printf("howmany %d roundup %d powerof2 %d %d NBBY %d\n", howmany(10, 4), roundup(10, 4),
         powerof2(64), powerof2(65), NBBY);
  unsigned char bits[4] = {0};
  setbit(bits, 3);
  setbit(bits, 17);
  clrbit(bits, 3);
  printf("bits %02x %02x %02x isset17 %d isclr3 %d\n", bits[0], bits[1], bits[2],
         isset(bits, 17) != 0, isclr(bits, 3) != 0);

  int statuses[] = {W_EXITCODE(0, 0), W_EXITCODE(3, 0), W_EXITCODE(255, 0), W_EXITCODE(0, 9),
                    W_EXITCODE(0, 6) | 0x80, W_STOPCODE(19), 0xffff};
  for (unsigned i = 0; i < sizeof statuses / sizeof *statuses; i++) {
    int s = statuses[i];
    printf("status %#06x: exited %d", s, WIFEXITED(s) != 0);
    if (WIFEXITED(s)) printf(" code %d", WEXITSTATUS(s));
    printf(" signaled %d", WIFSIGNALED(s) != 0);
    if (WIFSIGNALED(s)) printf(" sig %d core %d", WTERMSIG(s), WCOREDUMP(s) != 0);
    printf(" stopped %d", WIFSTOPPED(s) != 0);
    if (WIFSTOPPED(s)) printf(" stopsig %d", WSTOPSIG(s));
    printf(" continued %d\n", WIFCONTINUED(s) != 0);
  }
  printf("WNOHANG %d WUNTRACED %d WCONTINUED %d\n", WNOHANG, WUNTRACED, WCONTINUED);

  printf("RLIMIT CPU %d FSIZE %d DATA %d STACK %d CORE %d NOFILE %d AS %d; RUSAGE %d %d\n",
         RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE, RLIMIT_NOFILE,
         RLIMIT_AS, RUSAGE_SELF, RUSAGE_CHILDREN);
  printf("POLL IN %d PRI %d OUT %d ERR %d HUP %d NVAL %d\n", POLLIN, POLLPRI, POLLOUT, POLLERR,
         POLLHUP, POLLNVAL);
  printf("TIOCGWINSZ %#x FIONREAD %#x FIONBIO %#x\n", TIOCGWINSZ, FIONREAD, FIONBIO);
  printf("F_DUPFD %d F_GETFD %d F_SETFD %d F_GETFL %d F_SETFL %d FD_CLOEXEC %d\n", F_DUPFD,
         F_GETFD, F_SETFD, F_GETFL, F_SETFL, FD_CLOEXEC);
  printf("F_RDLCK %d F_WRLCK %d F_UNLCK %d O_NONBLOCK %#o\n", F_RDLCK, F_WRLCK, F_UNLCK,
         O_NONBLOCK);
  printf("LOCK_SH %d LOCK_EX %d LOCK_NB %d LOCK_UN %d\n", LOCK_SH, LOCK_EX, LOCK_NB, LOCK_UN);
  struct winsize ws = {24, 80, 0, 0};
  struct pollfd pfd = {0, POLLIN, 0};
  printf("winsize %u %u pollfd %d %d\n", ws.ws_row, ws.ws_col, pfd.fd, pfd.events);
  return 0;
}
