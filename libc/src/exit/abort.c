/* abort: unblocks and raises SIGABRT first, so a handler installed with signal() runs (it may longjmp
 * out); if it returns, or SIGABRT is ignored or has its default action, abort traps (Wasm
 * `unreachable`), so the engine stops the program with a report that carries the call stack
 * (exit code 135), rather than exiting quietly with 134 as a SIGABRT would. Streams are not
 * flushed (as glibc). */
#include <signal.h>
#include <stdlib.h>

void abort(void) {
  sigset_t s; /* abort overrides a blocked SIGABRT (POSIX) */
  sigemptyset(&s);
  sigaddset(&s, SIGABRT);
  sigprocmask(SIG_UNBLOCK, &s, 0);
  raise(SIGABRT);
  __builtin_trap();
}
