/* strerror, strerror_r: glibc's messages for the errno values of <errno.h>; other numbers
 * give "Unknown error N" (strerror: in a static buffer). <string.h> maps strerror_r onto
 * __xpg_strerror_r (POSIX, int) or, with _GNU_SOURCE, __gnu_strerror_r (char *), as glibc
 * chooses. */
#include <errno.h>
#include <string.h>

static const char *message(int e) {
  switch (e) {
  case 0: return "Success";
  case EPERM: return "Operation not permitted";
  case ENOENT: return "No such file or directory";
  case ESRCH: return "No such process";
  case EINTR: return "Interrupted system call";
  case EIO: return "Input/output error";
  case ENXIO: return "No such device or address";
  case E2BIG: return "Argument list too long";
  case ENOEXEC: return "Exec format error";
  case EBADF: return "Bad file descriptor";
  case ECHILD: return "No child processes";
  case EAGAIN: return "Resource temporarily unavailable";
  case ENOMEM: return "Cannot allocate memory";
  case EACCES: return "Permission denied";
  case EFAULT: return "Bad address";
  case EBUSY: return "Device or resource busy";
  case EEXIST: return "File exists";
  case EXDEV: return "Invalid cross-device link";
  case ENODEV: return "No such device";
  case ENOTDIR: return "Not a directory";
  case EISDIR: return "Is a directory";
  case EINVAL: return "Invalid argument";
  case ENFILE: return "Too many open files in system";
  case EMFILE: return "Too many open files";
  case ENOTTY: return "Inappropriate ioctl for device";
  case ETXTBSY: return "Text file busy";
  case EFBIG: return "File too large";
  case ENOSPC: return "No space left on device";
  case ESPIPE: return "Illegal seek";
  case EROFS: return "Read-only file system";
  case EMLINK: return "Too many links";
  case EPIPE: return "Broken pipe";
  case EDOM: return "Numerical argument out of domain";
  case ERANGE: return "Numerical result out of range";
  case EDEADLK: return "Resource deadlock avoided";
  case ENAMETOOLONG: return "File name too long";
  case ENOLCK: return "No locks available";
  case ENOSYS: return "Function not implemented";
  case ENOTEMPTY: return "Directory not empty";
  case ELOOP: return "Too many levels of symbolic links";
  case ENOMSG: return "No message of desired type";
  case EIDRM: return "Identifier removed";
  case ENOSTR: return "Device not a stream";
  case ENODATA: return "No data available";
  case ETIME: return "Timer expired";
  case ENOSR: return "Out of streams resources";
  case ENOLINK: return "Link has been severed";
  case EPROTO: return "Protocol error";
  case EMULTIHOP: return "Multihop attempted";
  case EBADMSG: return "Bad message";
  case EOVERFLOW: return "Value too large for defined data type";
  case EILSEQ: return "Invalid or incomplete multibyte or wide character";
  case ENOTSOCK: return "Socket operation on non-socket";
  case EDESTADDRREQ: return "Destination address required";
  case EMSGSIZE: return "Message too long";
  case EPROTOTYPE: return "Protocol wrong type for socket";
  case ENOPROTOOPT: return "Protocol not available";
  case EPROTONOSUPPORT: return "Protocol not supported";
  case ENOTSUP: return "Operation not supported";
  case EAFNOSUPPORT: return "Address family not supported by protocol";
  case EADDRINUSE: return "Address already in use";
  case EADDRNOTAVAIL: return "Cannot assign requested address";
  case ENETDOWN: return "Network is down";
  case ENETUNREACH: return "Network is unreachable";
  case ENETRESET: return "Network dropped connection on reset";
  case ECONNABORTED: return "Software caused connection abort";
  case ECONNRESET: return "Connection reset by peer";
  case ENOBUFS: return "No buffer space available";
  case EISCONN: return "Transport endpoint is already connected";
  case ENOTCONN: return "Transport endpoint is not connected";
  case ETIMEDOUT: return "Connection timed out";
  case ECONNREFUSED: return "Connection refused";
  case EHOSTUNREACH: return "No route to host";
  case EALREADY: return "Operation already in progress";
  case EINPROGRESS: return "Operation now in progress";
  case ESTALE: return "Stale file handle";
  case EDQUOT: return "Disk quota exceeded";
  case ECANCELED: return "Operation canceled";
  case EOWNERDEAD: return "Owner died";
  case ENOTRECOVERABLE: return "State not recoverable";
  default: return NULL;
  }
}

/* "Unknown error N" into buf (32 bytes). */
static void unknown_text(int e, char *buf) {
  char digits[12];
  unsigned u = e < 0 ? 0u - (unsigned)e : (unsigned)e;
  int n = 0;
  do digits[n++] = '0' + u % 10; while (u /= 10);
  strcpy(buf, "Unknown error ");
  char *p = buf + strlen(buf);
  if (e < 0) *p++ = '-';
  while (n) *p++ = digits[--n];
  *p = 0;
}

char *strerror(int e) {
  static char unknown[32];
  const char *m = message(e);
  if (m) return (char *)m;
  unknown_text(e, unknown);
  return unknown;
}

/* Copies text into buf[0, n), truncated (null-terminated when n > 0); ERANGE if cut. */
static int copy_text(const char *text, char *buf, size_t n) {
  size_t len = strlen(text);
  if (!n) return ERANGE;
  size_t k = len < n ? len : n - 1;
  __builtin_memcpy(buf, text, k);
  buf[k] = 0;
  return k < len ? ERANGE : 0;
}

/* POSIX: 0, EINVAL for an unknown number (buf still gets "Unknown error N"), or ERANGE when
 * the text did not fit (buf gets what fits), as glibc's POSIX version. */
int __xpg_strerror_r(int e, char *buf, size_t n) {
  char unknown[32];
  const char *m = message(e);
  if (!m) unknown_text(e, unknown);
  int r = copy_text(m ? m : unknown, buf, n);
  return r ? r : m ? 0 : EINVAL;
}

/* GNU (<string.h> with _GNU_SOURCE): the static text, or "Unknown error N" in buf (cut to n). */
char *__gnu_strerror_r(int e, char *buf, size_t n) {
  const char *m = message(e);
  if (m) return (char *)m;
  char unknown[32];
  unknown_text(e, unknown);
  copy_text(unknown, buf, n);
  return buf;
}
