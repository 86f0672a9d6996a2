/* signal and raise, within the program: a table of handlers, and raise calls the handler
 * synchronously (nothing outside the program sends signals). As with glibc's signal(), the
 * handler stays installed when it runs (BSD semantics); signals are not blocked during a
 * handler, so a handler that raises its own signal recurses. SIGKILL and SIGSTOP cannot be
 * caught or ignored. Default actions: SIGABRT traps like abort (the engine reports it with
 * the call stack); SIGCHLD, SIGCONT, SIGURG, SIGWINCH and the job-control stops (there is no
 * job control) are ignored; every other signal ends the program at once with exit code
 * 128 + the signal number, the status a shell shows for a process killed by it (no atexit
 * handlers, no stdio flush, as with a real signal). */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>

void __sig_ign(int sig) { (void)sig; }
void __sig_err(int sig) { (void)sig; }

static __sighandler_t handlers[NSIG];

__sighandler_t signal(int sig, __sighandler_t h) {
  if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP || h == SIG_ERR) {
    errno = EINVAL;
    return SIG_ERR;
  }
  __sighandler_t old = handlers[sig];
  handlers[sig] = h;
  return old;
}

int raise(int sig) {
  if (sig <= 0 || sig >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  __sighandler_t h = handlers[sig];
  if (h == SIG_IGN) return 0;
  if (h) {
    h(sig);
    return 0;
  }
  switch (sig) {
  case SIGABRT: __builtin_trap();
  case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH:
  case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
    return 0;
  default:
    _Exit(128 + sig);
  }
}
