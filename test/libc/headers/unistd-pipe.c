// SCRATCH
// unistd.h: pipe within one program. Bytes written come back in order; fstat says FIFO;
// lseek fails with ESPIPE; an O_NONBLOCK read end with nothing buffered gives EAGAIN; poll
// sees POLLIN only after a write; a full O_NONBLOCK write end gives EAGAIN; dup shares the
// pipe (the pipe stays open until its last end closes); end of file once every write end is
// closed (POLLHUP); EPIPE (with SIGPIPE ignored) once every read end is closed; the self-pipe
// trick (a signal handler writes a byte, poll wakes on it: xz does this); pipe2(O_NONBLOCK);
// a pipe end closed by fclose of an fdopen stream, whose number a regular file then gets: read
// and write on it reach the file.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int self_pipe[2];

static void on_signal(int sig) {
  (void)sig;
  char b = 'S';
  (void)write(self_pipe[1], &b, 1);
}

static int ready(int fd, short events) {
  struct pollfd p = {fd, events, 0};
  int n = poll(&p, 1, 0);
  return n < 0 ? -1 : p.revents;
}

int main(void) {
  int p[2];
  printf("pipe %d, distinct %d\n", pipe(p), p[0] != p[1] && p[0] > 2 && p[1] > 2);
  struct stat st;
  printf("fstat %d fifo %d\n", fstat(p[0], &st), S_ISFIFO(st.st_mode));
  errno = 0;
  printf("lseek %lld ESPIPE %d\n", (long long)lseek(p[0], 0, SEEK_CUR), errno == ESPIPE);
  printf("poll empty: read end %d, write end POLLOUT %d\n", ready(p[0], POLLIN),
         (ready(p[1], POLLOUT) & POLLOUT) != 0);
  printf("write %d %d\n", (int)write(p[1], "hello, ", 7), (int)write(p[1], "pipe", 4));
  printf("poll after write: POLLIN %d\n", (ready(p[0], POLLIN) & POLLIN) != 0);
  char buf[80] = {0};
  printf("read 5: %d '%.5s'\n", (int)read(p[0], buf, 5), buf);
  memset(buf, 0, sizeof buf);
  printf("read rest: %d '%s'\n", (int)read(p[0], buf, sizeof buf), buf);

  fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
  errno = 0;
  printf("nonblocking empty read %d EAGAIN %d\n", (int)read(p[0], buf, 1), errno == EAGAIN);

  fcntl(p[1], F_SETFL, fcntl(p[1], F_GETFL) | O_NONBLOCK);
  static char chunk[1000];
  long total = 0;
  ssize_t w;
  while ((w = write(p[1], chunk, sizeof chunk)) > 0) total += w;
  printf("filled: %d, then EAGAIN %d, POLLOUT %d\n", total >= 4096, errno == EAGAIN,
         (ready(p[1], POLLOUT) & POLLOUT) != 0);
  long drained = 0;
  ssize_t r;
  while ((r = read(p[0], buf, sizeof buf)) > 0) drained += r;
  printf("drained all %d\n", drained == total);

  int d = dup(p[1]);
  printf("dup %d\n", d > 2);
  close(p[1]);
  printf("write through the dup %d\n", (int)write(d, "x", 1));
  printf("read %d '%c'\n", (int)read(p[0], buf, 1), buf[0]);
  close(d);
  printf("all writers closed: read %d, POLLIN %d\n", (int)read(p[0], buf, 1),
         (ready(p[0], POLLIN) & POLLIN) != 0);
  close(p[0]);

  signal(SIGPIPE, SIG_IGN);
  pipe(p);
  close(p[0]);
  errno = 0;
  printf("no reader: write %d EPIPE %d\n", (int)write(p[1], "x", 1), errno == EPIPE);
  close(p[1]);
  errno = 0;
  printf("closed end: read %d EBADF %d\n", (int)read(p[0], buf, 1), errno == EBADF);

  pipe(self_pipe);
  signal(SIGUSR1, on_signal);
  struct pollfd fds[2] = {{0, 0, 0}, {self_pipe[0], POLLIN, 0}};
  printf("before the signal: poll %d\n", poll(fds, 2, 0));
  raise(SIGUSR1);
  printf("after the signal: poll %d, revents POLLIN %d\n", poll(fds, 2, 0),
         (fds[1].revents & POLLIN) != 0);
  printf("byte %d '%c'\n", (int)read(self_pipe[0], buf, 1), buf[0]);

  int q[2];
  printf("pipe2 %d, O_NONBLOCK %d\n", pipe2(q, O_NONBLOCK), (fcntl(q[0], F_GETFL) & O_NONBLOCK) != 0);
  errno = 0;
  printf("empty read %d EAGAIN %d\n", (int)read(q[0], buf, 1), errno == EAGAIN);

  int e[2];
  pipe(e);
  FILE *s = fdopen(e[0], "r");
  printf("fdopen %d\n", s != NULL);
  fclose(s);
  int file = open("after-fclose.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
  printf("same number %d\n", file == e[0]);
  printf("write to the file %d\n", (int)write(file, "file text", 9));
  printf("lseek %d\n", (int)lseek(file, 0, SEEK_SET));
  memset(buf, 0, sizeof buf);
  printf("read from the file %d '%s'\n", (int)read(file, buf, sizeof buf - 1), buf);
  printf("fstat regular %d\n", fstat(file, &st) == 0 && S_ISREG(st.st_mode));
  close(file);
  close(e[1]);
  return 0;
}
