/* exit: atexit handlers (last registered first), then the code generator's
 * __mswasm_call_dtors (C++-style and __attribute__((destructor)) functions), then the flush of
 * every stdio stream, then the host's exit. The weak empty definitions below stand in for the
 * atexit table and stdio when the program links neither. */
#include <stdlib.h>

#include "host.h"
#include "libc.h"
#include "mswasm_builtins.h"

__attribute__((weak)) void __libc_run_atexit(void) {}
__attribute__((weak)) void __stdio_exit(void) {}

void exit(int code) {
  __libc_run_atexit();
  __mswasm_call_dtors();
  __stdio_exit();
  __host_exit(code);
}
