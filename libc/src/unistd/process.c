/* getpid, getppid, alarm, and the process calls the sandbox has no means for. The program is
 * the only process of its sandbox and the host reports no process ids, so getpid returns 1
 * (as the first process of a PID namespace has) and getppid 0 (as Linux reports for a parent
 * outside the namespace): the same on every run.
 * alarm: signals arrive only from raise here, so SIGALRM can never be delivered; alarm(0)
 * returns 0 (no alarm was ever set) and any other alarm sets errno to ENOSYS and returns 0
 * (alarm has no error return).
 * No process can be created or replaced: fork, vfork and the exec family fail with ENOSYS
 * (pipe works inside the program: pipe.c); wait and
 * waitpid with ECHILD (there are no children); system(NULL) is 0 (no command processor)
 * and system(cmd) -1 with ENOSYS; popen NULL with ENOSYS (src/stdio/popen.c). */
#include <errno.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

pid_t getpid(void) { return 1; }

pid_t getppid(void) { return 0; }

unsigned alarm(unsigned seconds) {
  if (seconds) errno = ENOSYS;
  return 0;
}

void _exit(int code) { _Exit(code); }

static int nosys(void) {
  errno = ENOSYS;
  return -1;
}

pid_t fork(void) { return nosys(); }
pid_t vfork(void) { return nosys(); }
int execv(const char *path, char *const argv[]) { (void)path, (void)argv; return nosys(); }
int execve(const char *path, char *const argv[], char *const envp[]) {
  (void)path, (void)argv, (void)envp;
  return nosys();
}
int execvp(const char *file, char *const argv[]) { (void)file, (void)argv; return nosys(); }
int execl(const char *path, const char *arg, ...) { (void)path, (void)arg; return nosys(); }
int execlp(const char *file, const char *arg, ...) { (void)file, (void)arg; return nosys(); }
int execle(const char *path, const char *arg, ...) { (void)path, (void)arg; return nosys(); }

pid_t wait(int *status) { return waitpid(-1, status, 0); }

pid_t waitpid(pid_t pid, int *status, int options) {
  (void)pid, (void)status;
  if (options & ~(WNOHANG | WUNTRACED | WCONTINUED)) {
    errno = EINVAL;
    return -1;
  }
  errno = ECHILD;
  return -1;
}

int system(const char *cmd) {
  if (!cmd) return 0;
  return nosys();
}
