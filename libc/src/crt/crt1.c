/* Program start-up (docs/compiler.md, "Contract between the code generator and libc").
 * _start is the module's export: it copies the arguments from the host (args_count, arg_len,
 * arg_copy) into malloc'd strings and a NULL-terminated argv, runs the constructors
 * (__mswasm_call_ctors, defined by the code generator), calls __main_argc_argv (Clang's name for
 * a main with parameters) and exits with its result. A program whose main takes no parameters
 * defines only main; the weak __main_argc_argv here then calls it. */
#include <stdlib.h>

#include "host.h"
#include "libc.h"
#include "mswasm_builtins.h"

const char *__progname = "";

int main(void) __attribute__((weak));

__attribute__((weak)) int __main_argc_argv(int argc, char **argv) {
  (void)argc;
  (void)argv;
  return main();
}

static char **load_args(int *argc_out) {
  int argc = __host_args_count();
  if (argc < 0) argc = 0;
  char **argv = malloc(((size_t)argc + 1) * sizeof(char *));
  if (!argv) __builtin_trap(); /* out of memory before main: nothing sensible to do */
  for (int i = 0; i < argc; i++) {
    int len = __host_arg_len(i);
    if (len < 0) len = 0;
    char *s = malloc((size_t)len + 1);
    if (!s) __builtin_trap();
    s[0] = 0;
    if (__host_arg_copy(i, s) < 0) s[0] = 0;
    argv[i] = s;
  }
  argv[argc] = NULL;
  *argc_out = argc;
  return argv;
}

__attribute__((export_name("_start"))) void _start(void) {
  int argc;
  char **argv = load_args(&argc);
  if (argc > 0) {
    const char *name = argv[0];
    for (const char *p = name; *p; p++)
      if (*p == '/') name = p + 1;
    __progname = name;
  }
  __mswasm_call_ctors();
  exit(__main_argc_argv(argc, argv));
}
