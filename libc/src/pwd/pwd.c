/* <pwd.h> and <grp.h>: the databases hold one entry each, the sandbox's user "user" (uid 1000,
 * gid 1000, home "/", shell "/bin/sh", as getuid and stat report) and its group "user" with no
 * member list. A lookup that finds nothing returns NULL with errno unchanged (the _r forms: 0
 * and *result NULL); the _r forms copy the strings into the caller's buffer (ERANGE when it is
 * too small). getpwent/getgrent walk the one entry. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>

#define ID 1000

static char name[] = "user", passwd[] = "x", gecos[] = "", dir[] = "/", shell[] = "/bin/sh";
static struct passwd the_user = {name, passwd, ID, ID, gecos, dir, shell};
static char *no_members[1];
static struct group the_group = {name, passwd, ID, no_members};

struct passwd *getpwuid(uid_t uid) { return uid == ID ? &the_user : NULL; }

struct passwd *getpwnam(const char *n) { return strcmp(n, name) == 0 ? &the_user : NULL; }

/* Copies s into the buffer at *pos; NULL when it does not fit. */
static char *copy(const char *s, char *buf, size_t size, size_t *pos) {
  size_t n = strlen(s) + 1;
  if (n > size - *pos) return NULL;
  char *d = buf + *pos;
  __builtin_memcpy(d, s, n);
  *pos += n;
  return d;
}

static int pw_copy(struct passwd *pw, char *buf, size_t size, struct passwd **result) {
  size_t pos = 0;
  *pw = the_user;
  if (!(pw->pw_name = copy(name, buf, size, &pos)) ||
      !(pw->pw_passwd = copy(passwd, buf, size, &pos)) ||
      !(pw->pw_gecos = copy(gecos, buf, size, &pos)) ||
      !(pw->pw_dir = copy(dir, buf, size, &pos)) ||
      !(pw->pw_shell = copy(shell, buf, size, &pos))) {
    *result = NULL;
    return ERANGE;
  }
  *result = pw;
  return 0;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result) {
  *result = NULL;
  return uid == ID ? pw_copy(pw, buf, size, result) : 0;
}

int getpwnam_r(const char *n, struct passwd *pw, char *buf, size_t size,
               struct passwd **result) {
  *result = NULL;
  return strcmp(n, name) == 0 ? pw_copy(pw, buf, size, result) : 0;
}

static int pw_next, gr_next;

struct passwd *getpwent(void) { return pw_next++ == 0 ? &the_user : NULL; }
void setpwent(void) { pw_next = 0; }
void endpwent(void) { pw_next = 0; }

struct group *getgrgid(gid_t gid) { return gid == ID ? &the_group : NULL; }

struct group *getgrnam(const char *n) { return strcmp(n, name) == 0 ? &the_group : NULL; }

static int gr_copy(struct group *gr, char *buf, size_t size, struct group **result) {
  /* the member list (one null pointer) first, at a pointer-aligned place */
  size_t align = (size_t)(-(unsigned long)(__UINTPTR_TYPE__)buf & (sizeof(char *) - 1));
  size_t pos = align + sizeof(char *);
  *result = NULL;
  if (size < pos) return ERANGE;
  char **mem = (char **)(void *)(buf + align);
  mem[0] = NULL;
  *gr = the_group;
  gr->gr_mem = mem;
  if (!(gr->gr_name = copy(name, buf, size, &pos)) ||
      !(gr->gr_passwd = copy(passwd, buf, size, &pos)))
    return ERANGE;
  *result = gr;
  return 0;
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result) {
  *result = NULL;
  return gid == ID ? gr_copy(gr, buf, size, result) : 0;
}

int getgrnam_r(const char *n, struct group *gr, char *buf, size_t size, struct group **result) {
  *result = NULL;
  return strcmp(n, name) == 0 ? gr_copy(gr, buf, size, result) : 0;
}

struct group *getgrent(void) { return gr_next++ == 0 ? &the_group : NULL; }
void setgrent(void) { gr_next = 0; }
void endgrent(void) { gr_next = 0; }
