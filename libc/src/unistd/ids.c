/* User, group, session and host identity. The program runs as the sandbox's one user, uid and
 * gid 1000 (not root, so programs do not take privileged paths; stat reports the same ids as
 * the owner of every file): getuid, geteuid, getgid, getegid; getgroups lists that one group.
 * set*id to the current id succeed, to another fail with EPERM (no privilege). The process is
 * 1 (getpid), its own process group and session leader: getpgrp and getsid are 1, setsid
 * fails with EPERM as for any group leader, setpgid accepts only what it already is.
 * getlogin is "user"; gethostname "localhost" (ENAMETOOLONG when it does not fit, as glibc);
 * uname names the sandbox ("MSWasm", "mswasm32"), not the host, which the guest cannot see. */
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#define SANDBOX_ID 1000

uid_t getuid(void) { return SANDBOX_ID; }
uid_t geteuid(void) { return SANDBOX_ID; }
gid_t getgid(void) { return SANDBOX_ID; }
gid_t getegid(void) { return SANDBOX_ID; }

int getgroups(int size, gid_t list[]) {
  if (size == 0) return 1;
  if (size < 0) {
    errno = EINVAL;
    return -1;
  }
  list[0] = SANDBOX_ID;
  return 1;
}

static int same(unsigned id) {
  if (id == SANDBOX_ID) return 0;
  errno = id == (unsigned)-1 ? EINVAL : EPERM;
  return -1;
}

int setuid(uid_t uid) { return same(uid); }
int setgid(gid_t gid) { return same(gid); }
int seteuid(uid_t uid) { return same(uid); }
int setegid(gid_t gid) { return same(gid); }

pid_t getpgrp(void) { return 1; }

pid_t getpgid(pid_t pid) {
  if (pid == 0 || pid == 1) return 1;
  errno = ESRCH;
  return -1;
}

pid_t getsid(pid_t pid) { return getpgid(pid); }

pid_t setsid(void) {
  errno = EPERM;
  return -1;
}

int setpgid(pid_t pid, pid_t pgid) {
  if (pid < 0 || pgid < 0) {
    errno = EINVAL;
    return -1;
  }
  if (pid != 0 && pid != 1) {
    errno = ESRCH;
    return -1;
  }
  if (pgid != 0 && pgid != 1) {
    errno = EPERM;
    return -1;
  }
  return 0;
}

char *getlogin(void) { return "user"; }

int gethostname(char *name, size_t len) {
  static const char host[] = "localhost";
  if (len < sizeof host) {
    errno = ENAMETOOLONG;
    return -1;
  }
  __builtin_memcpy(name, host, sizeof host);
  return 0;
}

static void put(char *field, const char *s) {
  size_t n = strlen(s) + 1;
  __builtin_memcpy(field, s, n);
}

int uname(struct utsname *u) {
  __builtin_memset(u, 0, sizeof *u);
  put(u->sysname, "MSWasm");
  put(u->nodename, "localhost");
  put(u->release, "1");
  put(u->version, "1");
  put(u->machine, "mswasm32");
  put(u->domainname, "(none)");
  return 0;
}
