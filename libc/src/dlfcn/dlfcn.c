/* dlopen and friends: a module is linked whole and nothing can be loaded into it, so dlopen
 * fails (NULL) for every file, and for NULL too (the program's own symbols are not kept by
 * name); dlerror then says why, once (POSIX: it reports the last error, then NULL until the
 * next one). dlsym on any handle and dlclose of one dlopen never returned fail the same way. */
#include <dlfcn.h>

static const char *last_error;

void *dlopen(const char *file, int mode) {
  (void)file, (void)mode;
  last_error = "dynamic loading is not supported in MSWasm";
  return 0;
}

void *dlsym(void *restrict handle, const char *restrict name) {
  (void)handle, (void)name;
  last_error = "dlsym: no module was loaded (dynamic loading is not supported in MSWasm)";
  return 0;
}

int dlclose(void *handle) {
  (void)handle;
  last_error = "dlclose: invalid handle";
  return -1;
}

char *dlerror(void) {
  const char *e = last_error;
  last_error = 0;
  return (char *)e;
}
