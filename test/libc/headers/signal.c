// signal.h: signal() returns the previous handler, raise() runs the handler synchronously
// with the signal number, SIG_IGN ignores, bad numbers and SIGKILL give SIG_ERR/EINVAL, a
// handler may longjmp out, abort() raises SIGABRT first (here the handler longjmps out), and a
// default-action SIGTERM ends the program with 128 + 15 in the engine (natively it dies by
// the signal, so that case is in test/e2e/signal-default.c). sig_atomic_t volatile flags.
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static volatile sig_atomic_t got, count;
static jmp_buf env;

static void on_sig(int sig) {
  got = sig;
  count++;
}

static void jump_out(int sig) { longjmp(env, sig); }

static void reinstall(int sig) {
  got = sig;
  count++;
  if (count < 3) raise(SIGUSR2); /* another signal from inside a handler */
}

int main(void) {
  printf("SIG_DFL is null: %d\n", SIG_DFL == (void (*)(int))0);
  printf("distinct: %d %d %d\n", SIG_DFL != SIG_IGN, SIG_IGN != SIG_ERR, SIG_DFL != SIG_ERR);
  printf("numbers: INT %d ILL %d ABRT %d FPE %d SEGV %d TERM %d\n", SIGINT, SIGILL, SIGABRT,
         SIGFPE, SIGSEGV, SIGTERM);

  void (*old)(int) = signal(SIGINT, on_sig);
  printf("first signal() returns SIG_DFL: %d\n", old == SIG_DFL);
  printf("raise(SIGINT): %d got %d count %d\n", raise(SIGINT), (int)got, (int)count);
  printf("still installed: %d\n", raise(SIGINT) == 0 && count == 2);
  old = signal(SIGINT, SIG_IGN);
  printf("second signal() returns on_sig: %d\n", old == on_sig);
  got = 0;
  printf("raise ignored: %d got %d\n", raise(SIGINT), (int)got);
  printf("signal back to SIG_DFL returns SIG_IGN: %d\n", signal(SIGINT, SIG_DFL) == SIG_IGN);

  /* each signal has its own handler */
  count = 0;
  signal(SIGTERM, on_sig);
  signal(SIGFPE, on_sig);
  raise(SIGTERM);
  printf("SIGTERM handler got %d\n", (int)got);
  raise(SIGFPE);
  printf("SIGFPE handler got %d count %d\n", (int)got, (int)count);
  signal(SIGSEGV, on_sig);
  raise(SIGSEGV);
  printf("SIGSEGV handler got %d\n", (int)got);
  signal(SIGILL, on_sig);
  raise(SIGILL);
  printf("SIGILL handler got %d\n", (int)got);

  /* a handler raising another signal */
  count = 0;
  signal(SIGUSR2, reinstall);
  raise(SIGUSR2);
  printf("nested: count %d got %d\n", (int)count, (int)got);

  /* errors */
  errno = 0;
  printf("signal(0): %d errno EINVAL %d\n", signal(0, on_sig) == SIG_ERR, errno == EINVAL);
  errno = 0;
  printf("signal(SIGKILL): %d errno EINVAL %d\n", signal(SIGKILL, on_sig) == SIG_ERR,
         errno == EINVAL);
  errno = 0;
  printf("signal(SIGSTOP, SIG_IGN): %d errno EINVAL %d\n", signal(SIGSTOP, SIG_IGN) == SIG_ERR,
         errno == EINVAL);
  errno = 0;
  printf("signal(-1): %d errno EINVAL %d\n", signal(-1, on_sig) == SIG_ERR, errno == EINVAL);
  errno = 0;
  printf("signal(1000): %d errno EINVAL %d\n", signal(1000, on_sig) == SIG_ERR, errno == EINVAL);
  errno = 0;
  printf("raise(1000): %d errno EINVAL %d\n", raise(1000) != 0, errno == EINVAL);
  errno = 0;
  printf("raise(-3): %d errno EINVAL %d\n", raise(-3) != 0, errno == EINVAL);

  /* default action ignored: SIGCHLD, SIGURG, SIGWINCH */
  printf("raise(SIGCHLD) default: %d\n", raise(SIGCHLD));
  printf("raise(SIGWINCH) default: %d\n", raise(SIGWINCH));

  /* a handler that longjmps out */
  signal(SIGUSR1, jump_out);
  int v = setjmp(env);
  if (v == 0) {
    raise(SIGUSR1);
    printf("not reached\n");
  } else {
    printf("longjmp out of SIGUSR1 handler: %d\n", v);
  }

  /* abort raises SIGABRT first: the handler longjmps out, so abort does not end the program */
  signal(SIGABRT, jump_out);
  v = setjmp(env);
  if (v == 0) {
    abort();
  } else {
    printf("abort ran the SIGABRT handler: %d\n", v);
  }
  fflush(stdout);
  /* SIGABRT ignored: abort still ends the program (natively by the signal, here a trap), so
   * that is left to the engine's own tests. Exit with a distinctive code instead. */
  return 7;
}
