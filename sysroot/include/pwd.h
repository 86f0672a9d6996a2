/* <pwd.h>: the user database has one entry, the sandbox's user (libc/README.md, "Process"):
 * "user", uid 1000, gid 1000, home "/", shell "/bin/sh". Lookups of any other name or id find
 * nothing (NULL, errno unchanged; the _r forms return 0 with *result NULL). */
#ifndef _PWD_H
#define _PWD_H

#define __need_size_t
#include <stddef.h>
#include <sys/types.h>

struct passwd {
  char *pw_name;
  char *pw_passwd;
  uid_t pw_uid;
  gid_t pw_gid;
  char *pw_gecos;
  char *pw_dir;
  char *pw_shell;
};

struct passwd *getpwuid(uid_t __uid);
struct passwd *getpwnam(const char *__name);
int getpwuid_r(uid_t __uid, struct passwd *__pwd, char *__buf, size_t __size,
               struct passwd **__result);
int getpwnam_r(const char *__name, struct passwd *__pwd, char *__buf, size_t __size,
               struct passwd **__result);
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);

#endif
