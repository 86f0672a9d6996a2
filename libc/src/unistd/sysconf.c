/* sysconf and getpagesize. MSWasm memory has segments, not pages; the page size reported is
 * 4096, Linux's on x86, which programs use to size buffers and align allocations (any power
 * of two up to 65536 is a valid posix_memalign alignment). One processor (one thread);
 * OPEN_MAX 1024 (the engine's descriptor limit); STREAM_MAX 16 and CLK_TCK 100 as glibc;
 * LINE_MAX 2048 and HOST_NAME_MAX 64 as <limits.h> minima. ARG_MAX and CHILD_MAX have no
 * limit here: -1 with errno unchanged, as POSIX says for a limit that does not exist.
 * An unknown name is -1 with EINVAL. */
#include <errno.h>
#include <unistd.h>

long sysconf(int name) {
  switch (name) {
  case _SC_PAGESIZE: return 4096;
  case _SC_CLK_TCK: return 100;
  case _SC_OPEN_MAX: return 1024;
  case _SC_STREAM_MAX: return 16;
  case _SC_LINE_MAX: return 2048;
  case _SC_HOST_NAME_MAX: return 64;
  case _SC_NPROCESSORS_CONF:
  case _SC_NPROCESSORS_ONLN: return 1;
  case _SC_ARG_MAX:
  case _SC_CHILD_MAX: return -1;
  default: errno = EINVAL; return -1;
  }
}

int getpagesize(void) { return 4096; }
