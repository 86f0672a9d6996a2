// SCRATCH
// <dirent.h>: opendir/readdir/closedir/rewinddir over files and directories created here,
// listed sorted (the order of entries is unspecified), with "." and ".." left out (glibc
// returns them, libc does not: both allowed); a listing longer than one host buffer; removing
// every entry while reading (none may be skipped); errors of opendir and fdopendir (ENOENT,
// ENOTDIR, EBADF); the end of a listing leaves errno alone; scandir with a filter and
// alphasort; lstat of files and directories. Not here: dirfd (no descriptor refers to a
// directory in MSWasm: ENOTSUP).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void touch(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f) {
    printf("fopen %s failed\n", path);
    exit(1);
  }
  fputs(text, f);
  fclose(f);
}

/* Prints the entries of path sorted, each with "/" when it is a directory; the count. */
static int list(const char *path) {
  DIR *d = opendir(path);
  if (!d) {
    printf("opendir %s failed\n", path);
    return -1;
  }
  char *names[512];
  int n = 0;
  struct dirent *e;
  errno = 0;
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    char full[600];
    snprintf(full, sizeof full, "%s/%s", path, e->d_name);
    struct stat st;
    int isdir = e->d_type == DT_DIR;
    if (e->d_type == DT_UNKNOWN && stat(full, &st) == 0) isdir = S_ISDIR(st.st_mode);
    char *s = malloc(strlen(e->d_name) + 2);
    strcpy(s, e->d_name);
    if (isdir) strcat(s, "/");
    if (n < 512) names[n++] = s;
  }
  printf("end errno=%d\n", errno);
  qsort(names, (size_t)n, sizeof *names, cmp);
  printf("%s:", path);
  for (int i = 0; i < n; i++) {
    printf(" %s", names[i]);
    free(names[i]);
  }
  printf(" (%d)\n", n);
  printf("closedir %d\n", closedir(d));
  return n;
}

static int count(DIR *d) {
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
  return n;
}

static int not_hidden(const struct dirent *e) { return e->d_name[0] != '.'; }

int main(void) {
  touch("b.txt", "bb");
  touch("a.txt", "a");
  touch("Zeta", "");
  printf("mkdir %d\n", mkdir("sub", 0755));
  printf("mkdir %d\n", mkdir("sub/deeper", 0755));
  touch("sub/inner", "x");
  touch("sub/.hidden", "x");
  list(".");
  list("sub");
  list("sub/deeper");
  list("./sub/../sub");

  /* rewinddir: the same entries again */
  DIR *d = opendir(".");
  int first = count(d);
  errno = 0;
  printf("after end: %d errno=%d\n", readdir(d) == NULL, errno);
  rewinddir(d);
  printf("rewind: %d %d\n", first, count(d));
  closedir(d);

  /* more entries than one buffer holds: 300 names of 36 characters */
  mkdir("many", 0755);
  char path[128];
  for (int i = 0; i < 300; i++) {
    snprintf(path, sizeof path, "many/file-%03d-padding-padding-padding-pad", i);
    touch(path, "");
  }
  d = opendir("many");
  int n = 0, bad = 0;
  unsigned sum = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    int k;
    if (e->d_name[0] == '.') continue;
    if (sscanf(e->d_name, "file-%3d-", &k) != 1 || strlen(e->d_name) != 36) bad++;
    sum += (unsigned)k * 7 + 1;
    n++;
  }
  printf("many: %d bad=%d sum=%u\n", n, bad, sum);
  closedir(d);

  /* removing every entry while reading: none skipped, the directory ends empty */
  d = opendir("many");
  int removed = 0;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    snprintf(path, sizeof path, "many/%s", e->d_name);
    if (unlink(path) == 0) removed++;
  }
  closedir(d);
  printf("removed %d, rmdir %d\n", removed, rmdir("many"));

  /* errors */
  errno = 0;
  printf("missing: %d errno=%d\n", opendir("nope") == NULL, errno == ENOENT);
  errno = 0;
  printf("file: %d errno=%d\n", opendir("a.txt") == NULL, errno == ENOTDIR);
  errno = 0;
  printf("under file: %d errno=%d\n", opendir("a.txt/x") == NULL, errno == ENOTDIR);
  errno = 0;
  printf("empty: %d errno=%d\n", opendir("") == NULL, errno == ENOENT);
  int fd = open("a.txt", O_RDONLY);
  errno = 0;
  printf("fdopendir file: %d errno=%d\n", fdopendir(fd) == NULL, errno == ENOTDIR);
  close(fd);
  errno = 0;
  printf("fdopendir bad: %d errno=%d\n", fdopendir(99) == NULL, errno == EBADF);

  /* scandir */
  struct dirent **v;
  n = scandir("sub", &v, not_hidden, alphasort);
  printf("scandir: %d", n);
  for (int i = 0; i < n; i++) {
    printf(" %s", v[i]->d_name);
    free(v[i]);
  }
  free(v);
  printf("\n");
  n = scandir(".", &v, NULL, alphasort);
  int dots = 0;
  for (int i = 0; i < n; i++) {
    dots += v[i]->d_name[0] == '.';
    free(v[i]);
  }
  free(v);
  printf("scandir all: %d\n", n - dots);
  errno = 0;
  printf("scandir missing: %d errno=%d\n", scandir("nope", &v, NULL, NULL), errno == ENOENT);

  /* lstat */
  struct stat st;
  printf("lstat file: %d reg=%d size=%lld\n", lstat("b.txt", &st), S_ISREG(st.st_mode),
         (long long)st.st_size);
  printf("lstat dir: %d dir=%d\n", lstat("sub", &st), S_ISDIR(st.st_mode));
  printf("lstat dot: %d dir=%d\n", lstat(".", &st), S_ISDIR(st.st_mode));
  errno = 0;
  printf("lstat missing: %d errno=%d\n", lstat("nope", &st), errno == ENOENT);
  errno = 0;
  printf("lstat under file: %d errno=%d\n", lstat("a.txt/x", &st), errno == ENOTDIR);
  return 0;
}
