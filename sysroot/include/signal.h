/* <signal.h>: signals exist only inside the program. signal() installs a handler and raise()
 * calls it synchronously; nothing outside the program can send a signal (the host has no way
 * to), and hardware faults are engine traps, not signals. Numbers are Linux's. */
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

#endif
