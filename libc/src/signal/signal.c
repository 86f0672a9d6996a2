/* signal, sigaction, raise, kill and the signal mask, within the program: a table of actions,
 * a mask of blocked signals and a set of pending ones. raise calls the handler synchronously
 * (nothing outside the program sends signals). A blocked signal becomes pending (once: POSIX
 * signals do not queue) and is delivered, lowest number first, when sigprocmask unblocks it,
 * before sigprocmask returns, as on Linux. While a handler runs, its signal (unless
 * SA_NODEFER) and its sa_mask are blocked, and the previous mask comes back when it returns;
 * SA_RESETHAND restores the default action before the handler runs; SA_SIGINFO handlers get a
 * siginfo_t (si_code SI_TKILL from raise, SI_USER from kill; pid 1, uid 1000) and a null
 * context. signal() is sigaction with SA_RESTART and an empty mask, as glibc's BSD signal():
 * the handler stays and its signal is blocked while it runs. SIGKILL and SIGSTOP cannot be
 * caught, ignored or blocked. Default actions: SIGABRT traps like abort (the engine reports
 * it with the call stack); SIGCHLD, SIGCONT, SIGURG, SIGWINCH and the job-control stops
 * (there is no job control) are ignored; every other signal ends the program at once with
 * exit code 128 + the signal number, the status a shell shows for a process killed by it (no
 * atexit handlers, no stdio flush, as with a real signal). Setting SIG_IGN (or a default that
 * ignores) discards a pending signal. sigsuspend delivers what its mask lets through and
 * returns EINTR; when nothing is pending no signal could ever arrive, so it fails with
 * EDEADLK instead of waiting for ever, as libc's other endless waits do. */
#include <errno.h>
#include <signal.h>
#include <setjmp.h>
#include <stdlib.h>

#include "mswasm_builtins.h"

void __sig_ign(int sig) { (void)sig; }
void __sig_err(int sig) { (void)sig; }

static struct sigaction actions[NSIG];
static sigset_t blocked, pending;

#define BIT(sig) (1ul << (((sig) - 1) & 31))
#define WORD(sig) (((sig) - 1) >> 5)

static int bad(int sig) { return sig <= 0 || sig >= NSIG; }

int sigemptyset(sigset_t *s) {
  s->__bits[0] = s->__bits[1] = 0;
  return 0;
}

int sigfillset(sigset_t *s) {
  s->__bits[0] = s->__bits[1] = ~0ul;
  return 0;
}

int sigaddset(sigset_t *s, int sig) {
  if (bad(sig)) {
    errno = EINVAL;
    return -1;
  }
  s->__bits[WORD(sig)] |= BIT(sig);
  return 0;
}

int sigdelset(sigset_t *s, int sig) {
  if (bad(sig)) {
    errno = EINVAL;
    return -1;
  }
  s->__bits[WORD(sig)] &= ~BIT(sig);
  return 0;
}

int sigismember(const sigset_t *s, int sig) {
  if (bad(sig)) {
    errno = EINVAL;
    return -1;
  }
  return (s->__bits[WORD(sig)] & BIT(sig)) != 0;
}

static int is_set(const sigset_t *s, int sig) { return (s->__bits[WORD(sig)] & BIT(sig)) != 0; }

static int ignored_by_default(int sig) {
  switch (sig) {
  case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH:
  case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
    return 1;
  default:
    return 0;
  }
}

static void deliver(int sig, int code) {
  struct sigaction *a = &actions[sig];
  __sighandler_t h = a->sa_handler;
  if (h == SIG_IGN) return;
  if (!h) {
    if (sig == SIGABRT) __builtin_trap();
    if (ignored_by_default(sig)) return;
    _Exit(128 + sig);
  }
  int flags = a->sa_flags;
  sigset_t old = blocked;
  blocked.__bits[0] |= a->sa_mask.__bits[0];
  blocked.__bits[1] |= a->sa_mask.__bits[1];
  if (!(flags & SA_NODEFER)) blocked.__bits[WORD(sig)] |= BIT(sig);
  blocked.__bits[WORD(SIGKILL)] &= ~(BIT(SIGKILL) | BIT(SIGSTOP));
  if (flags & SA_RESETHAND) {
    a->sa_handler = SIG_DFL;
    a->sa_flags &= ~SA_SIGINFO;
  }
  if (flags & SA_SIGINFO) {
    siginfo_t info;
    __builtin_memset(&info, 0, sizeof info);
    info.si_signo = sig;
    info.si_code = code;
    info.si_pid = 1;
    info.si_uid = 1000;
    a->sa_sigaction(sig, &info, 0);
  } else {
    h(sig);
  }
  /* the handler returned: its mask goes, and what that unblocks is delivered */
  sigprocmask(SIG_SETMASK, &old, 0);
}

/* Delivers the pending signals the mask lets through; how many. */
static int deliver_pending(void) {
  int n = 0;
  for (int sig = 1; sig < NSIG; sig++) {
    if (is_set(&pending, sig) && !is_set(&blocked, sig)) {
      pending.__bits[WORD(sig)] &= ~BIT(sig);
      deliver(sig, SI_TKILL);
      n++;
      sig = 0; /* a handler may have unblocked or raised a lower one */
    }
  }
  return n;
}

static int send(int sig, int code) {
  if (is_set(&blocked, sig)) {
    struct sigaction *a = &actions[sig];
    if (a->sa_handler != SIG_IGN && !(!a->sa_handler && ignored_by_default(sig)))
      pending.__bits[WORD(sig)] |= BIT(sig);
    return 0;
  }
  deliver(sig, code);
  return 0;
}

int raise(int sig) {
  if (bad(sig)) {
    errno = EINVAL;
    return -1;
  }
  return send(sig, SI_TKILL);
}

int kill(pid_t pid, int sig) {
  if (sig < 0 || sig >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  if (pid != 0 && pid != 1 && pid != -1) { /* 0 and -1: every process we may signal: us */
    errno = ESRCH;
    return -1;
  }
  return sig ? send(sig, SI_USER) : 0;
}

int killpg(pid_t pgrp, int sig) {
  if (pgrp < 0) {
    errno = EINVAL;
    return -1;
  }
  return kill(pgrp == 0 ? 0 : pgrp == 1 ? 1 : -2, sig);
}

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old) {
  if (bad(sig) || (act && (sig == SIGKILL || sig == SIGSTOP))) {
    errno = EINVAL;
    return -1;
  }
  if (old) *old = actions[sig];
  if (act) {
    if (act->sa_handler == SIG_ERR) {
      errno = EINVAL;
      return -1;
    }
    actions[sig] = *act;
    if (act->sa_handler == SIG_IGN || (!act->sa_handler && ignored_by_default(sig)))
      pending.__bits[WORD(sig)] &= ~BIT(sig);
  }
  return 0;
}

__sighandler_t signal(int sig, __sighandler_t h) {
  struct sigaction a, old;
  __builtin_memset(&a, 0, sizeof a);
  a.sa_handler = h;
  a.sa_flags = SA_RESTART;
  if (h == SIG_ERR || sigaction(sig, &a, &old) < 0) {
    errno = EINVAL;
    return SIG_ERR;
  }
  return old.sa_handler;
}

int siginterrupt(int sig, int flag) {
  struct sigaction a;
  if (sigaction(sig, 0, &a) < 0) return -1;
  if (flag) a.sa_flags &= ~SA_RESTART;
  else a.sa_flags |= SA_RESTART;
  return sigaction(sig, &a, 0);
}

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old) {
  sigset_t prev = blocked;
  if (set) {
    switch (how) {
    case SIG_BLOCK:
      blocked.__bits[0] |= set->__bits[0];
      blocked.__bits[1] |= set->__bits[1];
      break;
    case SIG_UNBLOCK:
      blocked.__bits[0] &= ~set->__bits[0];
      blocked.__bits[1] &= ~set->__bits[1];
      break;
    case SIG_SETMASK: blocked = *set; break;
    default: errno = EINVAL; return -1;
    }
    blocked.__bits[WORD(SIGKILL)] &= ~(BIT(SIGKILL) | BIT(SIGSTOP));
  }
  if (old) *old = prev;
  if (set) deliver_pending();
  return 0;
}

int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old) {
  return sigprocmask(how, set, old) < 0 ? errno : 0;
}

int sigpending(sigset_t *s) {
  *s = pending;
  return 0;
}

int sigsuspend(const sigset_t *mask) {
  sigset_t old = blocked;
  blocked = *mask;
  blocked.__bits[WORD(SIGKILL)] &= ~(BIT(SIGKILL) | BIT(SIGSTOP));
  int n = deliver_pending();
  blocked = old;
  errno = n ? EINTR : EDEADLK;
  return -1;
}

/* sigsetjmp's mask (<setjmp.h>): saved before jmp.set, restored by siglongjmp. */
void __sigsetjmp_save(sigjmp_buf env, int save) {
  env->__saved = save != 0;
  if (save) {
    env->__mask[0] = blocked.__bits[0];
    env->__mask[1] = blocked.__bits[1];
  }
}

void siglongjmp(sigjmp_buf env, int val) {
  if (env->__saved) { /* what this unblocks is delivered before the jump, as on Linux */
    sigset_t m = {{env->__mask[0], env->__mask[1]}};
    sigprocmask(SIG_SETMASK, &m, 0);
  }
  __mswasm_longjmp(env, val);
}
