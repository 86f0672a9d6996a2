// signal.h's POSIX part: sigset_t operations, sigprocmask blocking a raised signal until it
// is unblocked (delivered before sigprocmask returns, once however often it was raised),
// sigpending, sigaction's old action, sa_mask and the running signal blocked during a handler
// (SA_NODEFER lifts that), SA_RESETHAND, SA_SIGINFO's si_signo, signal() blocking its signal
// during the handler as glibc's, kill of the process itself, SIG_IGN discarding a pending
// signal, and sigsetjmp/siglongjmp restoring the mask.
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t count1, count2, depth, maxdepth, info_sig;
static sigjmp_buf jenv;

static void on_usr1(int sig) {
  (void)sig;
  count1++;
}

static void nested(int sig) {
  depth++;
  if (depth > maxdepth) maxdepth = depth;
  count2++;
  if (count2 < 3) raise(sig); /* blocked while running, unless SA_NODEFER */
  depth--;
}

static void with_info(int sig, siginfo_t *info, void *ctx) {
  (void)ctx;
  info_sig = sig == info->si_signo ? sig : -1;
}

static void check_mask(int sig) {
  sigset_t cur;
  sigprocmask(SIG_BLOCK, NULL, &cur);
  printf("  in handler %d: own blocked %d, USR2 (sa_mask) blocked %d, HUP blocked %d\n", sig,
         sigismember(&cur, sig), sigismember(&cur, SIGUSR2), sigismember(&cur, SIGHUP));
}

static void jump(int sig) { siglongjmp(jenv, sig); }

int main(void) {
  sigset_t s, old, p;
  sigemptyset(&s);
  printf("empty: USR1 %d INT %d 64 %d\n", sigismember(&s, SIGUSR1), sigismember(&s, SIGINT),
         sigismember(&s, 64));
  sigaddset(&s, SIGUSR1);
  sigaddset(&s, 64);
  printf("added: USR1 %d USR2 %d 64 %d\n", sigismember(&s, SIGUSR1), sigismember(&s, SIGUSR2),
         sigismember(&s, 64));
  sigdelset(&s, 64);
  printf("deleted 64: %d\n", sigismember(&s, 64));
  sigfillset(&p);
  printf("full: HUP %d TERM %d\n", sigismember(&p, SIGHUP), sigismember(&p, SIGTERM));
  errno = 0;
  printf("sigaddset(0) %d einval %d\n", sigaddset(&s, 0), errno == EINVAL);

  signal(SIGUSR1, on_usr1);
  sigprocmask(SIG_BLOCK, &s, &old);
  raise(SIGUSR1);
  raise(SIGUSR1);
  sigpending(&p);
  printf("blocked: count %d pending %d\n", count1, sigismember(&p, SIGUSR1));
  sigprocmask(SIG_SETMASK, &old, NULL);
  sigpending(&p);
  printf("unblocked: count %d pending %d\n", count1, sigismember(&p, SIGUSR1));

  /* SIG_IGN discards a pending signal */
  sigprocmask(SIG_BLOCK, &s, NULL);
  raise(SIGUSR1);
  signal(SIGUSR1, SIG_IGN);
  sigpending(&p);
  printf("ignored while pending: pending %d\n", sigismember(&p, SIGUSR1));
  signal(SIGUSR1, on_usr1);
  sigprocmask(SIG_UNBLOCK, &s, NULL);
  printf("after unblock: count %d\n", count1);

  /* kill of itself */
  kill(getpid(), SIGUSR1);
  printf("kill self: count %d, kill(sig 0) %d\n", count1, kill(getpid(), 0));

  /* signal(): the handler's own signal is blocked while it runs */
  signal(SIGUSR2, nested);
  raise(SIGUSR2);
  printf("signal(): count %d max depth %d\n", count2, maxdepth);

  /* sigaction with SA_NODEFER: the handler nests */
  struct sigaction sa, prev;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = nested;
  sa.sa_flags = SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  count2 = maxdepth = 0;
  sigaction(SIGUSR2, &sa, &prev);
  printf("old action was nested: %d\n", prev.sa_handler == nested);
  raise(SIGUSR2);
  printf("SA_NODEFER: count %d max depth %d\n", count2, maxdepth);

  /* sa_mask */
  sa.sa_handler = check_mask;
  sa.sa_flags = 0;
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGUSR2);
  sigaction(SIGHUP, &sa, NULL);
  sa.sa_handler = check_mask;
  sigaction(SIGINT, &sa, NULL);
  raise(SIGHUP);
  raise(SIGINT);
  sigprocmask(SIG_BLOCK, NULL, &p);
  printf("after handlers: USR2 blocked %d\n", sigismember(&p, SIGUSR2));

  /* SA_RESETHAND */
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_RESETHAND;
  sigaction(SIGUSR1, &sa, NULL);
  count1 = 0;
  raise(SIGUSR1);
  sigaction(SIGUSR1, NULL, &prev);
  printf("SA_RESETHAND: count %d now default %d\n", count1, prev.sa_handler == SIG_DFL);

  /* SA_SIGINFO */
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = with_info;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGUSR1, &sa, NULL);
  raise(SIGUSR1);
  printf("SA_SIGINFO: si_signo %d\n", info_sig);

  /* sigsetjmp(env, 1) restores the mask the handler had extended */
  signal(SIGTERM, jump);
  int r = sigsetjmp(jenv, 1);
  if (r == 0) {
    raise(SIGTERM);
    printf("not reached\n");
  }
  sigprocmask(SIG_BLOCK, NULL, &p);
  printf("siglongjmp %d: TERM blocked after %d\n", r, sigismember(&p, SIGTERM));

  errno = 0;
  printf("sigaction(SIGKILL) %d einval %d\n", sigaction(SIGKILL, &sa, NULL), errno == EINVAL);
  errno = 0;
  printf("sigprocmask(99) %d einval %d\n", sigprocmask(99, &s, NULL), errno == EINVAL);
  return 0;
}
