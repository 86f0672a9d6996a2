/* longjmp: jmp.long on the jump handle that setjmp (the jmp.set builtin, see <setjmp.h>)
 * stored in env. The engine checks that handle and that its frame is still live; this frame and
 * every frame up to setjmp's are exited. */
#include <setjmp.h>

#include "mswasm_builtins.h"

void longjmp(jmp_buf env, int val) { __mswasm_longjmp(env, val); }
