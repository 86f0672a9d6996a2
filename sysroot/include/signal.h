/* <signal.h>: signals exist only inside the program. signal() and sigaction() install a
 * handler and raise() (or kill() of the program itself) calls it synchronously; nothing
 * outside the program can send a signal (the host has no way to), and hardware faults are
 * engine traps, not signals. A blocked signal (sigprocmask) stays pending until unblocked.
 * Numbers, flags and struct sigaction's layout are Linux's (glibc's). */
#ifndef _SIGNAL_H
#define _SIGNAL_H

typedef int sig_atomic_t;
typedef void (*__sighandler_t)(int);

/* SIG_IGN and SIG_ERR are the addresses of two libc functions (that do nothing), not
 * integers cast to pointers: MSWasm cannot make a pointer from an integer. */
void __sig_ign(int);
void __sig_err(int);
#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN (__sig_ign)
#define SIG_ERR (__sig_err)

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT SIGABRT
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31
#define SIGRTMIN 34
#define SIGRTMAX 64
#define NSIG 65

void (*signal(int __sig, void (*__handler)(int)))(int);
int raise(int __sig);

#if !defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) || defined(_XOPEN_SOURCE) || \
    defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE)
#include <sys/types.h>

/* One bit per signal 1..64 (bit sig - 1). */
typedef struct {
  unsigned long __bits[2];
} sigset_t;

typedef __sighandler_t sighandler_t;

union sigval {
  int sival_int;
  void *sival_ptr;
};

typedef struct {
  int si_signo;
  int si_errno;
  int si_code;
  pid_t si_pid;
  uid_t si_uid;
  int si_status;
  void *si_addr;
  union sigval si_value;
} siginfo_t;

#define SI_USER 0
#define SI_QUEUE (-1)
#define SI_TKILL (-6)

struct sigaction {
  union {
    __sighandler_t sa_handler;
    void (*sa_sigaction)(int, siginfo_t *, void *);
  } __sa_handler;
  sigset_t sa_mask;
  int sa_flags;
  void (*sa_restorer)(void);
};
#define sa_handler __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

int sigemptyset(sigset_t *__set);
int sigfillset(sigset_t *__set);
int sigaddset(sigset_t *__set, int __sig);
int sigdelset(sigset_t *__set, int __sig);
int sigismember(const sigset_t *__set, int __sig);
int sigprocmask(int __how, const sigset_t *__restrict __set, sigset_t *__restrict __old);
int pthread_sigmask(int __how, const sigset_t *__restrict __set, sigset_t *__restrict __old);
int sigaction(int __sig, const struct sigaction *__restrict __act,
              struct sigaction *__restrict __old);
int sigpending(sigset_t *__set);
int sigsuspend(const sigset_t *__mask);
int kill(pid_t __pid, int __sig);
int killpg(pid_t __pgrp, int __sig);
int siginterrupt(int __sig, int __flag);
#endif

#endif
