// SCRATCH
// Small POSIX calls: getpid/getppid (stable, positive / non-negative), sysconf's page size,
// clock ticks, limits and its EINVAL, getpagesize, umask (the previous mask returned; files
// and directories created under umask 077 lose group and other bits), gettimeofday against
// time() and the timeval macros, alarm(0), usleep. Not here: alarm(n) (it cannot fire in
// MSWasm: ENOSYS) and the values of getpid (1 in MSWasm).
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  pid_t p = getpid();
  printf("getpid: positive %d stable %d getppid >= 0 %d\n", p > 0, p == getpid(), getppid() >= 0);

  printf("pagesize %ld %ld getpagesize %d\n", sysconf(_SC_PAGESIZE), sysconf(_SC_PAGE_SIZE),
         getpagesize());
  printf("clk_tck %ld line_max %ld host_name_max %ld stream_max %ld\n", sysconf(_SC_CLK_TCK),
         sysconf(_SC_LINE_MAX), sysconf(_SC_HOST_NAME_MAX), sysconf(_SC_STREAM_MAX));
  printf("open_max > 0 %d nprocessors >= 1 %d\n", sysconf(_SC_OPEN_MAX) > 0,
         sysconf(_SC_NPROCESSORS_ONLN) >= 1 && sysconf(_SC_NPROCESSORS_CONF) >= 1);
  errno = 0;
  printf("sysconf(-1) %ld einval=%d\n", sysconf(-1), errno == EINVAL);

  mode_t old = umask(077);
  printf("umask: old restored %d", umask(old) == 077);
  umask(077);
  int fd = open("f", O_WRONLY | O_CREAT, 0666);
  struct stat st;
  fstat(fd, &st);
  printf(" file %o", (unsigned)(st.st_mode & 0777));
  close(fd);
  FILE *f = fopen("g", "w");
  fclose(f);
  stat("g", &st);
  printf(" fopen %o", (unsigned)(st.st_mode & 0777));
  mkdir("d", 0777);
  stat("d", &st);
  printf(" dir %o", (unsigned)(st.st_mode & 0777));
  umask(027);
  mkdir("e", 0755);
  stat("e", &st);
  printf(" dir027 %o\n", (unsigned)(st.st_mode & 0777));
  umask(old);

  struct timeval tv = {0, 0};
  time_t before = time(NULL);
  int r = gettimeofday(&tv, NULL);
  time_t after = time(NULL);
  printf("gettimeofday %d in range %d usec ok %d\n", r,
         tv.tv_sec >= before && tv.tv_sec <= after, tv.tv_usec >= 0 && tv.tv_usec < 1000000);
  struct timeval a = {5, 900000}, b = {2, 200000}, s;
  timeradd(&a, &b, &s);
  printf("timeradd %lld.%06ld", (long long)s.tv_sec, (long)s.tv_usec);
  timersub(&b, &a, &s);
  printf(" timersub %lld.%06ld", (long long)s.tv_sec, (long)s.tv_usec);
  printf(" cmp %d %d %d", timercmp(&a, &b, >), timercmp(&a, &b, <), timercmp(&a, &a, ==));
  timerclear(&s);
  printf(" isset %d %d\n", timerisset(&a) != 0, timerisset(&s) != 0);

  printf("alarm(0) %u\n", alarm(0));
  printf("usleep %d\n", usleep(1000));
  return 0;
}
