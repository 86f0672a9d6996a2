/* abort: traps (Wasm `unreachable`), so the engine stops the program with a report that
 * carries the call stack (exit code 135), rather than exiting quietly with 134 as a SIGABRT
 * would. Streams are not flushed (as glibc). */
#include <stdlib.h>

void abort(void) { __builtin_trap(); }
