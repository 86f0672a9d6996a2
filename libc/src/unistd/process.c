/* getpid, getppid, alarm. The program is the only process of its sandbox and the host reports
 * no process ids, so getpid returns 1 (as the first process of a PID namespace has) and
 * getppid 0 (as Linux reports for a parent outside the namespace): the same on every run.
 * alarm: signals arrive only from raise here, so SIGALRM can never be delivered; alarm(0)
 * returns 0 (no alarm was ever set) and any other alarm sets errno to ENOSYS and returns 0
 * (alarm has no error return). */
#include <errno.h>
#include <unistd.h>

pid_t getpid(void) { return 1; }

pid_t getppid(void) { return 0; }

unsigned alarm(unsigned seconds) {
  if (seconds) errno = ENOSYS;
  return 0;
}
