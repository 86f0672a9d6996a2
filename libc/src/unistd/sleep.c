/* sleep and usleep over nanosleep (the host's clock_sleep). Nothing interrupts a sleep here,
 * so sleep returns 0 (or the full time when the host cannot sleep). */
#include <errno.h>
#include <time.h>
#include <unistd.h>

unsigned sleep(unsigned seconds) {
  struct timespec ts = {seconds, 0};
  return nanosleep(&ts, NULL) == 0 ? 0 : seconds;
}

int usleep(useconds_t usec) {
  if (usec >= 1000000) {
    errno = EINVAL;
    return -1;
  }
  struct timespec ts = {0, (long)usec * 1000};
  return nanosleep(&ts, NULL);
}
