/* getenv over the environment the host passes (env_count, env_len, env_copy): loaded into
 * malloc'd "NAME=value" strings on first use, so programs that never ask pay nothing. */
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "libc.h"

char **__libc_environ(void) {
  static char **env;
  static char *empty[1];
  if (env) return env;
  int n = __host_env_count();
  if (n < 0) n = 0;
  char **list = malloc(((size_t)n + 1) * sizeof(char *));
  if (!list) return empty;
  int k = 0;
  for (int i = 0; i < n; i++) {
    int len = __host_env_len(i);
    if (len < 0) continue;
    char *s = malloc((size_t)len + 1);
    if (!s) break;
    if (__host_env_copy(i, s) < 0) {
      free(s);
      continue;
    }
    list[k++] = s;
  }
  list[k] = NULL;
  env = list;
  return env;
}

char *getenv(const char *name) {
  size_t len = strlen(name);
  if (!len || strchr(name, '=')) return NULL;
  for (char **e = __libc_environ(); *e; e++)
    if (!strncmp(*e, name, len) && (*e)[len] == '=') return *e + len + 1;
  return NULL;
}
