/* <grp.h>: the group database has one entry, the sandbox user's group "user" (gid 1000,
 * no other members listed). Other names and ids find nothing (NULL, errno unchanged). */
#ifndef _GRP_H
#define _GRP_H

#define __need_size_t
#include <stddef.h>
#include <sys/types.h>

struct group {
  char *gr_name;
  char *gr_passwd;
  gid_t gr_gid;
  char **gr_mem;
};

struct group *getgrgid(gid_t __gid);
struct group *getgrnam(const char *__name);
int getgrgid_r(gid_t __gid, struct group *__grp, char *__buf, size_t __size,
               struct group **__result);
int getgrnam_r(const char *__name, struct group *__grp, char *__buf, size_t __size,
               struct group **__result);
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);

#endif
