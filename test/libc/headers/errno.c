// errno.h: every name POSIX lists exists with the host's (Linux) number, errno is a modifiable
// lvalue that starts at 0, library functions set it on failure (strtol, strtod, math domain
// and range errors, fopen, calloc) and strerror/perror exist for each code (texts not
// compared). Output compared with a native build.
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double (*volatile vsqrt)(double) = sqrt;
static double (*volatile vlog)(double) = log;
static double (*volatile vexp)(double) = exp;
static double (*volatile vpow)(double, double) = pow;

int main(void) {
  printf("errno at start %d\n", errno);
  int *where = &errno;
  *where = 1234;
  printf("through a pointer %d\n", errno);
  errno = 0;
  struct {
    const char *name;
    int value;
  } codes[] = {
      {"EPERM", EPERM},
      {"ENOENT", ENOENT},
      {"ESRCH", ESRCH},
      {"EINTR", EINTR},
      {"EIO", EIO},
      {"ENXIO", ENXIO},
      {"E2BIG", E2BIG},
      {"ENOEXEC", ENOEXEC},
      {"EBADF", EBADF},
      {"ECHILD", ECHILD},
      {"EAGAIN", EAGAIN},
      {"EWOULDBLOCK", EWOULDBLOCK},
      {"ENOMEM", ENOMEM},
      {"EACCES", EACCES},
      {"EFAULT", EFAULT},
      {"EBUSY", EBUSY},
      {"EEXIST", EEXIST},
      {"EXDEV", EXDEV},
      {"ENODEV", ENODEV},
      {"ENOTDIR", ENOTDIR},
      {"EISDIR", EISDIR},
      {"EINVAL", EINVAL},
      {"ENFILE", ENFILE},
      {"EMFILE", EMFILE},
      {"ENOTTY", ENOTTY},
      {"ETXTBSY", ETXTBSY},
      {"EFBIG", EFBIG},
      {"ENOSPC", ENOSPC},
      {"ESPIPE", ESPIPE},
      {"EROFS", EROFS},
      {"EMLINK", EMLINK},
      {"EPIPE", EPIPE},
      {"EDOM", EDOM},
      {"ERANGE", ERANGE},
      {"EDEADLK", EDEADLK},
      {"ENAMETOOLONG", ENAMETOOLONG},
      {"ENOLCK", ENOLCK},
      {"ENOSYS", ENOSYS},
      {"ENOTEMPTY", ENOTEMPTY},
      {"ELOOP", ELOOP},
      {"ENOMSG", ENOMSG},
      {"EIDRM", EIDRM},
      {"ENOSTR", ENOSTR},
      {"ENODATA", ENODATA},
      {"ETIME", ETIME},
      {"ENOSR", ENOSR},
      {"ENOLINK", ENOLINK},
      {"EPROTO", EPROTO},
      {"EMULTIHOP", EMULTIHOP},
      {"EBADMSG", EBADMSG},
      {"EOVERFLOW", EOVERFLOW},
      {"EILSEQ", EILSEQ},
      {"ENOTSOCK", ENOTSOCK},
      {"EDESTADDRREQ", EDESTADDRREQ},
      {"EMSGSIZE", EMSGSIZE},
      {"EPROTOTYPE", EPROTOTYPE},
      {"ENOPROTOOPT", ENOPROTOOPT},
      {"EPROTONOSUPPORT", EPROTONOSUPPORT},
      {"ENOTSUP", ENOTSUP},
      {"EOPNOTSUPP", EOPNOTSUPP},
      {"EAFNOSUPPORT", EAFNOSUPPORT},
      {"EADDRINUSE", EADDRINUSE},
      {"EADDRNOTAVAIL", EADDRNOTAVAIL},
      {"ENETDOWN", ENETDOWN},
      {"ENETUNREACH", ENETUNREACH},
      {"ENETRESET", ENETRESET},
      {"ECONNABORTED", ECONNABORTED},
      {"ECONNRESET", ECONNRESET},
      {"ENOBUFS", ENOBUFS},
      {"EISCONN", EISCONN},
      {"ENOTCONN", ENOTCONN},
      {"ETIMEDOUT", ETIMEDOUT},
      {"ECONNREFUSED", ECONNREFUSED},
      {"EHOSTUNREACH", EHOSTUNREACH},
      {"EALREADY", EALREADY},
      {"EINPROGRESS", EINPROGRESS},
      {"ESTALE", ESTALE},
      {"EDQUOT", EDQUOT},
      {"ECANCELED", ECANCELED},
      {"EOWNERDEAD", EOWNERDEAD},
      {"ENOTRECOVERABLE", ENOTRECOVERABLE},
  };
  int n = sizeof codes / sizeof *codes, missing = 0;
  for (int i = 0; i < n; i++) {
    printf("%s=%d%s", codes[i].name, codes[i].value, i % 8 == 7 ? "\n" : " ");
    const char *m = strerror(codes[i].value);
    missing += !m || !*m;
  }
  printf("\n%d codes, %d without a message\n", n, missing);
  printf("EDOM ERANGE EILSEQ positive and distinct: %d\n",
         EDOM > 0 && ERANGE > 0 && EILSEQ > 0 && EDOM != ERANGE && EDOM != EILSEQ &&
             ERANGE != EILSEQ);

  errno = 0;
  strtol("99999999999999999999", NULL, 10);
  printf("strtol overflow: ERANGE %d\n", errno == ERANGE);
  errno = 0;
  strtol("123", NULL, 10);
  printf("strtol success leaves errno 0: %d\n", errno == 0);
  errno = 0;
  strtod("1e-999", NULL);
  printf("strtod underflow: ERANGE %d\n", errno == ERANGE);
  errno = 0;
  if (math_errhandling & MATH_ERRNO) {
    vsqrt(-1.0);
    printf("sqrt(-1): EDOM %d\n", errno == EDOM);
    errno = 0;
    vlog(0.0);
    printf("log(0): ERANGE %d\n", errno == ERANGE);
    errno = 0;
    vexp(1000.0);
    printf("exp(1000): ERANGE %d\n", errno == ERANGE);
    errno = 0;
    vpow(-1.0, 0.5);
    printf("pow(-1, 0.5): EDOM %d\n", errno == EDOM);
    errno = 0;
    vlog(1.0);
    printf("log(1) leaves errno 0: %d\n", errno == 0);
  }
  /* fopen's ENOENT is in stdio-stream.c: this program runs without a directory grant */
  errno = 0;
  void *(*volatile vcalloc)(size_t, size_t) = calloc;
  void *p = vcalloc((size_t)-1, 16);
  printf("calloc overflow: NULL %d ENOMEM %d\n", p == NULL, errno == ENOMEM);
  /* errno is never set to 0 by a library function: a stale value survives success */
  errno = EINVAL;
  char buf[8];
  snprintf(buf, sizeof buf, "%d", 5);
  strtod("1.5", NULL);
  printf("stale errno kept %d\n", errno == EINVAL);
  perror("errno.c"); /* to stderr, not compared (and errno after it is unspecified) */
  return 0;
}
