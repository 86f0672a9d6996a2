// dlfcn.h: dlopen of a file that cannot be loaded returns NULL and dlerror reports it once
// (then NULL until the next error), as on a system with dynamic loading; the RTLD_ flags.
#include <dlfcn.h>
#include <stdio.h>

int main(void) {
  printf("dlerror at start: %s\n", dlerror() ? "message" : "NULL");
  void *h = dlopen("./no-such-library.so", RTLD_NOW | RTLD_LOCAL);
  printf("dlopen: %s\n", h ? "handle" : "NULL");
  printf("dlerror: %s\n", dlerror() ? "message" : "NULL");
  printf("dlerror again: %s\n", dlerror() ? "message" : "NULL");
  h = dlopen("libnothing-at-all.so.9", RTLD_LAZY | RTLD_GLOBAL);
  printf("dlopen by name: %s, dlerror %s\n", h ? "handle" : "NULL", dlerror() ? "message" : "NULL");
  printf("flags distinct: %d\n", RTLD_LAZY != RTLD_NOW && RTLD_GLOBAL != RTLD_LOCAL);
  return 0;
}
