// SCRATCH
// POSIX file and process calls that behave the same in the sandbox and natively: fcntl's
// descriptor flags, access mode, F_DUPFD and record locks (one process: never a conflict),
// flock, fseeko/ftello, telldir/seekdir, truncate/ftruncate growing a file, chown and chmod
// to what the file already has, readlink of a regular file (EINVAL), link/symlink onto an
// existing path (EEXIST), chdir("."), fchdir of a file (ENOTDIR), isatty/ioctl of a file
// (ENOTTY), poll of a file, a closed and a negative descriptor, wait/waitpid without children
// (ECHILD), getuid & co, getpwuid/getgrgid of the user, getrlimit/getrusage/times/uname/
// gethostname succeeding, sleep(0). Not here (the sandbox answers differently from a real
// system): fork, popen, system: ENOSYS in MSWasm; the ids and names themselves (pipe within
// one program: unistd-pipe.c).
// fsync, shrinking ftruncate, links, chmod to a new mode, utimes, chdir: unistd-files.c.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

static void put(const char *name, const char *text) {
  FILE *f = fopen(name, "w");
  fputs(text, f);
  fclose(f);
}

static long long size_of(const char *name) {
  struct stat st;
  return stat(name, &st) == 0 ? (long long)st.st_size : -1;
}

int main(void) {
  put("a.txt", "0123456789");
  int rd = open("a.txt", O_RDONLY), wr = open("a.txt", O_WRONLY | O_APPEND),
      rw = open("a.txt", O_RDWR | O_CLOEXEC);
  printf("F_GETFL accmode: %d %d %d append %d %d\n", fcntl(rd, F_GETFL) & O_ACCMODE,
         fcntl(wr, F_GETFL) & O_ACCMODE, fcntl(rw, F_GETFL) & O_ACCMODE,
         (fcntl(wr, F_GETFL) & O_APPEND) != 0, (fcntl(rw, F_GETFL) & O_APPEND) != 0);
  printf("F_GETFD: %d %d", fcntl(rd, F_GETFD), fcntl(rw, F_GETFD));
  fcntl(rd, F_SETFD, FD_CLOEXEC);
  fcntl(rw, F_SETFD, 0);
  printf(" after F_SETFD: %d %d\n", fcntl(rd, F_GETFD), fcntl(rw, F_GETFD));
  fcntl(rd, F_SETFL, fcntl(rd, F_GETFL) | O_NONBLOCK);
  printf("O_NONBLOCK set %d\n", (fcntl(rd, F_GETFL) & O_NONBLOCK) != 0);
  int d = fcntl(rd, F_DUPFD, 10);
  printf("F_DUPFD >= 10: %d cloexec %d, accmode %d\n", d >= 10, fcntl(d, F_GETFD),
         fcntl(d, F_GETFL) & O_ACCMODE);
  char c = 0;
  lseek(rd, 3, SEEK_SET);
  read(d, &c, 1);
  printf("shared offset: %c\n", c);
  close(d);
  int d2 = dup(rw);
  printf("dup: accmode %d cloexec %d\n", fcntl(d2, F_GETFL) & O_ACCMODE, fcntl(d2, F_GETFD));
  close(d2);
  errno = 0;
  printf("F_GETFD closed: %d ebadf %d\n", fcntl(d2, F_GETFD), errno == EBADF);

  struct flock lk = {F_WRLCK, SEEK_SET, 0, 5, 0};
  printf("F_SETLK %d", fcntl(rw, F_SETLK, &lk));
  lk.l_type = F_WRLCK;
  printf(" F_GETLK %d type unlocked %d", fcntl(rw, F_GETLK, &lk), lk.l_type == F_UNLCK);
  lk.l_type = F_UNLCK;
  printf(" unlock %d", fcntl(rw, F_SETLKW, &lk));
  lk.l_type = 99;
  errno = 0;
  printf(" bad type %d einval %d\n", fcntl(rw, F_SETLK, &lk), errno == EINVAL);
  printf("flock %d %d %d\n", flock(rw, LOCK_EX), flock(rw, LOCK_SH | LOCK_NB), flock(rw, LOCK_UN));

  FILE *f = fopen("a.txt", "r");
  fseeko(f, (off_t)4, SEEK_SET);
  printf("ftello %lld getc %c", (long long)ftello(f), getc(f));
  fseeko(f, -2, SEEK_END);
  printf(" ftello %lld getc %c\n", (long long)ftello(f), getc(f));
  fclose(f);

  printf("truncate grow %d size %lld", truncate("a.txt", 16), size_of("a.txt"));
  printf(" ftruncate grow %d size %lld", ftruncate(rw, 20), size_of("a.txt"));
  printf(" same size %d size %lld\n", ftruncate(rw, 20), size_of("a.txt"));
  char buf[24] = {0};
  lseek(rw, 0, SEEK_SET);
  ssize_t n = read(rw, buf, sizeof buf);
  printf("read %ld: %.10s then zeros %d\n", (long)n, buf, buf[10] == 0 && buf[19] == 0);
  printf("truncate 0: %d size %lld\n", truncate("a.txt", 0), size_of("a.txt"));
  errno = 0;
  printf("truncate missing %d enoent %d, negative %d\n", truncate("nope", 0), errno == ENOENT,
         ftruncate(rw, -1));

  struct stat st;
  stat("a.txt", &st);
  printf("chmod same %d chown -1 %d fchown own %d fchmod same %d\n",
         chmod("a.txt", st.st_mode & 07777), chown("a.txt", (uid_t)-1, (gid_t)-1),
         fchown(rw, getuid(), getgid()), fchmod(rw, st.st_mode & 07777));
  errno = 0;
  printf("chmod missing %d enoent %d\n", chmod("nope", 0644), errno == ENOENT);

  char lb[64];
  errno = 0;
  printf("readlink file %ld einval %d", (long)readlink("a.txt", lb, sizeof lb), errno == EINVAL);
  errno = 0;
  printf(" missing %ld enoent %d\n", (long)readlink("nope", lb, sizeof lb), errno == ENOENT);
  put("b.txt", "b");
  errno = 0;
  printf("link onto existing %d eexist %d", link("a.txt", "b.txt"), errno == EEXIST);
  errno = 0;
  printf(" symlink onto existing %d eexist %d\n", symlink("a.txt", "b.txt"), errno == EEXIST);

  mkdir("sub", 0755);
  put("sub/x", "x");
  put("sub/y", "y");
  put("sub/z", "z");
  DIR *dir = opendir("sub");
  struct dirent *e;
  long pos = -1;
  char after[256] = "";
  while ((e = readdir(dir))) {
    if (strcmp(e->d_name, "x") == 0) {
      pos = telldir(dir);
      e = readdir(dir);
      strcpy(after, e ? e->d_name : "(end)");
      break;
    }
  }
  while (readdir(dir)) {
  }
  seekdir(dir, pos);
  e = readdir(dir);
  printf("seekdir back: same entry %d\n", e && strcmp(e->d_name, after) == 0);
  closedir(dir);

  printf("chdir(.) %d", chdir("."));
  errno = 0;
  printf(" chdir(a.txt) %d enotdir %d", chdir("a.txt"), errno == ENOTDIR);
  errno = 0;
  printf(" fchdir(file) %d enotdir %d\n", fchdir(rw), errno == ENOTDIR);

  errno = 0;
  printf("isatty(file) %d enotty %d", isatty(rw), errno == ENOTTY);
  struct winsize ws;
  errno = 0;
  printf(" ioctl(TIOCGWINSZ) %d enotty %d", ioctl(rw, TIOCGWINSZ, &ws), errno == ENOTTY);
  errno = 0;
  printf(" ioctl(closed) %d ebadf %d\n", ioctl(77, TIOCGWINSZ, &ws), errno == EBADF);

  struct pollfd pf[3] = {{rw, POLLIN | POLLOUT, 0}, {77, POLLIN, 0}, {-1, POLLIN, 0}};
  int pr = poll(pf, 3, 0);
  printf("poll %d: file %#x closed %#x negative %#x\n", pr, pf[0].revents, pf[1].revents,
         pf[2].revents);

  int status = 0;
  errno = 0;
  printf("wait %d echild %d", wait(&status), errno == ECHILD);
  errno = 0;
  printf(" waitpid %d echild %d", waitpid(-1, &status, WNOHANG), errno == ECHILD);
  errno = 0;
  printf(" waitpid bad options %d einval %d\n", waitpid(-1, &status, 0x40000), errno == EINVAL);

  printf("ids: uid==euid %d gid==egid %d getgroups >= 0 %d\n", getuid() == geteuid(),
         getgid() == getegid(), getgroups(0, NULL) >= 0);
  struct passwd *pw = getpwuid(getuid());
  printf("getpwuid: found %d uid matches %d", pw != NULL, pw && pw->pw_uid == getuid());
  struct passwd *pn = pw ? getpwnam(pw->pw_name) : NULL;
  printf(" getpwnam back %d", pn && pn->pw_uid == getuid());
  errno = 0;
  printf(" unknown name NULL %d errno 0 %d\n", getpwnam("no such user, surely") == NULL,
         errno == 0);
  struct passwd pwb, *res = NULL;
  char pbuf[1024];
  printf("getpwuid_r %d found %d\n", getpwuid_r(getuid(), &pwb, pbuf, sizeof pbuf, &res),
         res == &pwb);
  struct group *gr = getgrgid(getgid());
  printf("getgrgid found %d gid matches %d\n", gr != NULL, gr && gr->gr_gid == getgid());

  struct rlimit rl;
  printf("getrlimit NOFILE %d cur<=max %d cur>0 %d", getrlimit(RLIMIT_NOFILE, &rl),
         rl.rlim_cur <= rl.rlim_max, rl.rlim_cur > 0);
  errno = 0;
  printf(" bad resource %d einval %d\n", getrlimit(999, &rl), errno == EINVAL);
  struct rusage ru;
  printf("getrusage %d utime sane %d children %d\n", getrusage(RUSAGE_SELF, &ru),
         ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000,
         getrusage(RUSAGE_CHILDREN, &ru));
  struct tms tm;
  printf("times ok %d utime >= 0 %d\n", times(&tm) != (clock_t)-1, tm.tms_utime >= 0);
  struct utsname un;
  printf("uname %d sysname set %d", uname(&un), un.sysname[0] != 0);
  char host[256];
  printf(" gethostname %d set %d\n", gethostname(host, sizeof host), host[0] != 0);
  printf("sleep(0) %u\n", sleep(0));
  close(rd);
  close(wr);
  close(rw);
  return 0;
}
