/* setlocale: the locales are "C" (also named "POSIX") and "C.UTF-8". Any category may be set
 * on its own, but only LC_CTYPE changes behaviour (the multibyte encoding, __libc_utf8);
 * every other category of C.UTF-8 is the C locale's. Names are kept per category as given
 * ("C.utf8" stays "C.utf8", "POSIX" becomes "C", as glibc does); a name "C.<codeset>" is
 * accepted when the codeset is UTF-8 spelt in any case, with or without '-' (and an
 * "@modifier" after it is ignored). "" takes the
 * name from the environment (LC_ALL, then LC_<category>, then LANG; unset or empty: "C").
 * LC_ALL of mixed categories reads "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..." and is accepted back
 * (unknown LC_ names in it, such as glibc's LC_PAPER, are checked and ignored). Unknown
 * names and categories give NULL and change nothing. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "locale_impl.h"

#define NCAT 6
#define NAME_MAX_LEN 23

int __libc_utf8;

static const char *const cat_names[NCAT] = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME",
                                            "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"};
static char names[NCAT][NAME_MAX_LEN + 1] = {"C", "C", "C", "C", "C", "C"};
static char composite[NCAT * (12 + NAME_MAX_LEN + 1)];

/* Checks a locale name of len bytes; 0 if unknown, else 1 and the canonical name in out. */
static int check_name(const char *s, size_t len, char *out) {
  if ((len == 1 && s[0] == 'C') || (len == 5 && !strncmp(s, "POSIX", 5))) {
    strcpy(out, "C");
    return 1;
  }
  if (len < 3 || len > NAME_MAX_LEN || s[0] != 'C' || s[1] != '.') return 0;
  char norm[NAME_MAX_LEN + 1];
  size_t n = 0;
  for (size_t i = 2; i < len && s[i] != '@'; i++) { /* "@modifier" is accepted */
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c == '-') continue;
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return 0;
    norm[n++] = c;
  }
  if (n != 4 || strncmp(norm, "utf8", 4)) return 0;
  __builtin_memcpy(out, s, len);
  out[len] = 0;
  return 1;
}

/* The name "" stands for, for category cat. */
static const char *env_name(int cat) {
  char var[16] = "LC_";
  const char *v = getenv("LC_ALL");
  if (v && *v) return v;
  strcpy(var + 3, cat_names[cat] + 3);
  v = getenv(var);
  if (v && *v) return v;
  v = getenv("LANG");
  if (v && *v) return v;
  return "C";
}

static int category_index(const char *s, size_t len) {
  for (int i = 0; i < NCAT; i++)
    if (strlen(cat_names[i]) == len && !strncmp(s, cat_names[i], len)) return i;
  return -1;
}

/* Parses "LC_CTYPE=x;LC_NUMERIC=y;..." into next; 0 if malformed. */
static int parse_composite(const char *s, char next[NCAT][NAME_MAX_LEN + 1]) {
  while (*s) {
    const char *eq = strchr(s, '=');
    if (!eq || strncmp(s, "LC_", 3)) return 0;
    const char *end = strchr(eq, ';');
    if (!end) end = eq + strlen(eq);
    char name[NAME_MAX_LEN + 1];
    if (!check_name(eq + 1, (size_t)(end - eq - 1), name)) return 0;
    int cat = category_index(s, (size_t)(eq - s));
    if (cat >= 0) strcpy(next[cat], name);
    s = *end ? end + 1 : end;
  }
  return 1;
}

static char *query(int cat) {
  if (cat != LC_ALL) return names[cat];
  int same = 1;
  for (int i = 1; i < NCAT; i++)
    if (strcmp(names[i], names[0])) same = 0;
  if (same) return names[0];
  char *p = composite;
  for (int i = 0; i < NCAT; i++) {
    if (i) *p++ = ';';
    p = stpcpy(stpcpy(stpcpy(p, cat_names[i]), "="), names[i]);
  }
  return composite;
}

char *setlocale(int cat, const char *name) {
  if (cat < 0 || cat > LC_ALL) return NULL;
  if (!name) return query(cat);
  char next[NCAT][NAME_MAX_LEN + 1];
  __builtin_memcpy(next, names, sizeof next);
  for (int i = 0; i < NCAT; i++) {
    if (cat != LC_ALL && cat != i) continue;
    const char *s = *name ? name : env_name(i);
    if (cat == LC_ALL && *name && strchr(s, ';')) {
      if (!parse_composite(s, next)) return NULL;
      break;
    }
    if (!check_name(s, strlen(s), next[i])) return NULL;
  }
  __builtin_memcpy(names, next, sizeof names);
  __libc_utf8 = strcmp(names[LC_CTYPE], "C") != 0;
  return query(cat);
}
