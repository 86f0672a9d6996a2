/* <sys/utsname.h>: uname describes the sandbox, not the host (which the guest cannot see):
 * sysname "MSWasm", nodename "localhost" (as gethostname), release and version "1",
 * machine "mswasm32". Field sizes are Linux's (65). */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

struct utsname {
  char sysname[65];
  char nodename[65];
  char release[65];
  char version[65];
  char machine[65];
  char domainname[65];
};

int uname(struct utsname *__name);

#endif
