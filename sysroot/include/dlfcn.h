/* <dlfcn.h>: no module can be loaded at run time in MSWasm (a program is linked whole):
 * dlopen returns NULL and dlerror says so (libc/src/dlfcn/dlfcn.c), so programs take the path
 * they take on systems without dynamic loading. Flag values are Linux's. */
#ifndef _DLFCN_H
#define _DLFCN_H

#define RTLD_LAZY 0x0001
#define RTLD_NOW 0x0002
#define RTLD_NOLOAD 0x0004
#define RTLD_DEEPBIND 0x0008
#define RTLD_GLOBAL 0x0100
#define RTLD_LOCAL 0
#define RTLD_NODELETE 0x1000
#define RTLD_DEFAULT ((void *)0)

void *dlopen(const char *__file, int __mode);
void *dlsym(void *__restrict __handle, const char *__restrict __name);
int dlclose(void *__handle);
char *dlerror(void);

#endif
