// The host interface: import module "mswasm" (docs/spec.md, "Host interface").
// Each function pops its arguments from the operand stack and pushes its result. Descriptor and
// index errors are returned before any buffer is checked; buffers are then checked exactly like
// guest accesses (a failing check traps in the guest and the report names the host function).
// Paths are confined to --dir grants: normalised lexically, matched against the longest granted
// guest prefix, then opened beneath the grant's host directory with openat2(RESOLVE_BENEATH |
// RESOLVE_NO_XDEV), so resolution stays on the grant's own mount. A read-only grant refuses
// every call that would change its files (-EROFS); modes are masked to permission bits;
// path_open never opens FIFOs, sockets or devices (-ENXIO), so it cannot block; fd_write
// returns -EPIPE for a closed pipe without letting SIGPIPE reach the process. /dev/null,
// /dev/zero, /dev/urandom and /dev/random are the engine's own virtual devices, /dev/stdin,
// /dev/stdout and /dev/stderr duplicates of the guest's descriptors 0-2, with or without grants.
// Relative paths are resolved after the working directory (path_chdir); the "." grant is also
// the guest's "/" when no other grant names it absolutely (cwd_get reports that name).
#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "machine.h"

namespace mswasm::rt {

namespace {

struct HostDesc {
  HostFn fn;
  const char* name;
  std::vector<ValType> params, results;
};

const std::vector<HostDesc>& hostTable() {
  using V = ValType;
  static const std::vector<HostDesc> table = {
      {HostFn::ArgsCount, "args_count", {}, {V::I32}},
      {HostFn::ArgLen, "arg_len", {V::I32}, {V::I32}},
      {HostFn::ArgCopy, "arg_copy", {V::I32, V::Handle}, {V::I32}},
      {HostFn::EnvCount, "env_count", {}, {V::I32}},
      {HostFn::EnvLen, "env_len", {V::I32}, {V::I32}},
      {HostFn::EnvCopy, "env_copy", {V::I32, V::Handle}, {V::I32}},
      {HostFn::FdWrite, "fd_write", {V::I32, V::Handle, V::I32}, {V::I32}},
      {HostFn::FdRead, "fd_read", {V::I32, V::Handle, V::I32}, {V::I32}},
      {HostFn::FdSeek, "fd_seek", {V::I32, V::I64, V::I32}, {V::I64}},
      {HostFn::FdClose, "fd_close", {V::I32}, {V::I32}},
      {HostFn::FdIsatty, "fd_isatty", {V::I32}, {V::I32}},
      {HostFn::PathOpen, "path_open", {V::Handle, V::I32, V::I32, V::I32}, {V::I32}},
      {HostFn::PathUnlink, "path_unlink", {V::Handle, V::I32}, {V::I32}},
      {HostFn::PathRename, "path_rename", {V::Handle, V::I32, V::Handle, V::I32}, {V::I32}},
      {HostFn::ClockTime, "clock_time", {V::I32}, {V::I64}},
      {HostFn::RandomGet, "random_get", {V::Handle, V::I32}, {V::I32}},
      {HostFn::Exit, "exit", {V::I32}, {}},
      {HostFn::FdStat, "fd_stat", {V::I32, V::Handle}, {V::I32}},
      {HostFn::FdDup, "fd_dup", {V::I32, V::I32}, {V::I32}},
      {HostFn::PathStat, "path_stat", {V::Handle, V::I32, V::Handle}, {V::I32}},
      {HostFn::PathAccess, "path_access", {V::Handle, V::I32, V::I32}, {V::I32}},
      {HostFn::PathMkdir, "path_mkdir", {V::Handle, V::I32, V::I32}, {V::I32}},
      {HostFn::PathRmdir, "path_rmdir", {V::Handle, V::I32}, {V::I32}},
      {HostFn::ClockSleep, "clock_sleep", {V::I64}, {V::I32}},
      {HostFn::PathLstat, "path_lstat", {V::Handle, V::I32, V::Handle}, {V::I32}},
      {HostFn::PathReaddir, "path_readdir",
       {V::Handle, V::I32, V::Handle, V::I32, V::Handle, V::I32}, {V::I32}},
      {HostFn::FdTruncate, "fd_truncate", {V::I32, V::I64}, {V::I32}},
      {HostFn::FdSync, "fd_sync", {V::I32}, {V::I32}},
      {HostFn::PathChmod, "path_chmod", {V::Handle, V::I32, V::I32}, {V::I32}},
      {HostFn::FdChmod, "fd_chmod", {V::I32, V::I32}, {V::I32}},
      {HostFn::PathUtimes, "path_utimes", {V::Handle, V::I32, V::I64, V::I64, V::I32}, {V::I32}},
      {HostFn::FdUtimes, "fd_utimes", {V::I32, V::I64, V::I64}, {V::I32}},
      {HostFn::PathReadlink, "path_readlink", {V::Handle, V::I32, V::Handle, V::I32}, {V::I32}},
      {HostFn::PathSymlink, "path_symlink", {V::Handle, V::I32, V::Handle, V::I32}, {V::I32}},
      {HostFn::PathLink, "path_link", {V::Handle, V::I32, V::Handle, V::I32}, {V::I32}},
      {HostFn::PathChdir, "path_chdir", {V::Handle, V::I32}, {V::I32}},
      {HostFn::CwdGet, "cwd_get", {V::Handle, V::I32}, {V::I32}},
  };
  return table;
}

// The permission bits a guest may give a file or directory it creates: never set-user-ID,
// set-group-ID or sticky (docs/spec.md, "Files"). The host's umask applies on top.
constexpr uint32_t kGuestModeBits = 0777;

// EXDEV: the path left the grant's directory or its mount; the guest sees -EACCES.
int openBeneath(int dirfd, const std::string& rest, uint64_t flags, uint64_t mode) {
  struct open_how how;
  std::memset(&how, 0, sizeof how);
  how.flags = flags | O_CLOEXEC;
  how.mode = (flags & O_CREAT) ? mode & kGuestModeBits : 0;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV;
  long fd = syscall(SYS_openat2, dirfd, rest.c_str(), &how, sizeof how);
  if (fd < 0) return errno == EXDEV ? -EACCES : -errno;
  return int(fd);
}

// Changing the mode or times of the file open at an O_PATH descriptor (resolved beneath a grant,
// so following nothing more): fchmodat2/utimensat with AT_EMPTY_PATH, or, on kernels without
// them, the descriptor's /proc/self/fd link, which names exactly that file. 0 or -errno.
constexpr long kSysFchmodat2 = 452;  // Linux 6.6; the same number on every architecture
std::string procFdPath(int fd) { return "/proc/self/fd/" + std::to_string(fd); }
int chmodPathFd(int fd, mode_t mode) {
  if (syscall(kSysFchmodat2, fd, "", mode, AT_EMPTY_PATH) == 0) return 0;
  if (errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP) return -errno;
  return ::fchmodat(AT_FDCWD, procFdPath(fd).c_str(), mode, 0) == 0 ? 0 : -errno;
}
int utimensPathFd(int fd, const struct timespec ts[2]) {
  if (::utimensat(fd, "", ts, AT_EMPTY_PATH) == 0) return 0;
  if (errno != EINVAL && errno != ENOENT) return -errno;
  return ::utimensat(AT_FDCWD, procFdPath(fd).c_str(), ts, 0) == 0 ? 0 : -errno;
}

// fd_utimes/path_utimes times: nanoseconds since 1970, or the two special values.
constexpr int64_t kTimeNow = INT64_MIN, kTimeOmit = INT64_MAX;
struct timespec guestTime(int64_t ns) {
  struct timespec t;
  if (ns == kTimeNow || ns == kTimeOmit) {
    t.tv_sec = 0;
    t.tv_nsec = ns == kTimeNow ? UTIME_NOW : UTIME_OMIT;
    return t;
  }
  int64_t sec = ns / 1000000000, rem = ns % 1000000000;
  if (rem < 0) {
    rem += 1000000000;
    --sec;
  }
  t.tv_sec = time_t(sec);
  t.tv_nsec = long(rem);
  return t;
}

// write(2) that cannot raise SIGPIPE in the process: SIGPIPE is blocked in this thread around
// the write (a write to a closed pipe sends it to the writing thread) and the one the write
// raised is consumed before the mask is restored. When the thread already blocks SIGPIPE (the
// embedder's choice), nothing is changed or consumed. The process's signal dispositions are
// never touched (the engine may be embedded). Returns the count written or -errno.
ssize_t writeNoSigpipe(int fd, const void* p, size_t len) {
  sigset_t pipeSet, old;
  sigemptyset(&pipeSet);
  sigaddset(&pipeSet, SIGPIPE);
  bool blockedHere = pthread_sigmask(SIG_BLOCK, &pipeSet, &old) == 0 && !sigismember(&old, SIGPIPE);
  ssize_t r = ::write(fd, p, len);
  int e = r < 0 ? errno : 0;
  if (blockedHere) {
    if (e == EPIPE) {
      struct timespec zero = {0, 0};
      while (sigtimedwait(&pipeSet, nullptr, &zero) < 0 && errno == EINTR) {
      }
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
  }
  return r < 0 ? -e : r;
}

// Lexical normalisation: false when the path climbs above its start.
bool normalise(std::string_view p, bool* absolute, std::vector<std::string>* parts) {
  *absolute = !p.empty() && p[0] == '/';
  parts->clear();
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find('/', i);
    if (j == std::string_view::npos) j = p.size();
    std::string_view c = p.substr(i, j - i);
    if (c == "..") {
      if (parts->empty()) return false;
      parts->pop_back();
    } else if (!c.empty() && c != ".") {
      parts->emplace_back(c);
    }
    i = j + 1;
  }
  return true;
}

// The 48-byte status record of fd_stat and path_stat (docs/spec.md, "Status, directories...").
constexpr uint32_t kStatSize = 48;
void statRecord(const struct stat& st, bool deterministic, uint8_t* out) {
  auto put = [&](size_t at, uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out[at + size_t(i)] = uint8_t(v >> (8 * i));
  };
  auto ns = [&](const struct timespec& t) -> uint64_t {
    return deterministic ? 0 : uint64_t(int64_t(t.tv_sec) * 1000000000 + t.tv_nsec);
  };
  uint32_t type = 0;
  switch (st.st_mode & S_IFMT) {
    case S_IFREG: type = 0100000; break;
    case S_IFDIR: type = 040000; break;
    case S_IFCHR: type = 020000; break;
    case S_IFBLK: type = 060000; break;
    case S_IFIFO: type = 010000; break;
    case S_IFLNK: type = 0120000; break;
    case S_IFSOCK: type = 0140000; break;
    default: break;
  }
  put(0, uint64_t(st.st_size), 8);
  put(8, type | (st.st_mode & 07777), 4);
  put(12, uint32_t(st.st_nlink), 4);
  put(16, ns(st.st_atim), 8);
  put(24, ns(st.st_mtim), 8);
  put(32, ns(st.st_ctim), 8);
  put(40, deterministic ? 0 : uint64_t(st.st_ino), 8);
}

// path_readdir's entries of the directory open at fd (closed here), sorted by name, or -errno.
struct DirEntry {
  std::string name;
  uint64_t ino;
  uint8_t type;  // the status record's type >> 12 (Linux's DT_ values)
};
int listDirectory(int fd, std::vector<DirEntry>* out) {
  DIR* d = ::fdopendir(fd);
  if (!d) {
    int e = errno;
    ::close(fd);
    return -e;
  }
  errno = 0;
  while (struct dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    uint8_t type = 0;
    switch (e->d_type) {
      case DT_REG: type = 8; break;
      case DT_DIR: type = 4; break;
      case DT_LNK: type = 10; break;
      case DT_CHR: type = 2; break;
      case DT_BLK: type = 6; break;
      case DT_FIFO: type = 1; break;
      case DT_SOCK: type = 12; break;
      default: {
        struct stat st;
        if (::fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) type = uint8_t((st.st_mode & S_IFMT) >> 12);
        break;
      }
    }
    out->push_back(DirEntry{name, uint64_t(e->d_ino), type});
  }
  int err = errno;
  ::closedir(d);
  if (err) return -err;
  std::sort(out->begin(), out->end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return 0;
}

// The engine's virtual devices (docs/spec.md, "Devices"): /dev/<name> for these names, whatever
// the grants. Stdin, Stdout and Stderr open duplicates of guest descriptors 0, 1 and 2.
enum class VDev : uint8_t { None, Null, Zero, Random, Stdin, Stdout, Stderr };
VDev virtualDevice(bool absolute, const std::vector<std::string>& parts) {
  if (!absolute || parts.size() != 2 || parts[0] != "dev") return VDev::None;
  const std::string& n = parts[1];
  if (n == "null") return VDev::Null;
  if (n == "zero") return VDev::Zero;
  if (n == "urandom" || n == "random") return VDev::Random;
  if (n == "stdin") return VDev::Stdin;
  if (n == "stdout") return VDev::Stdout;
  if (n == "stderr") return VDev::Stderr;
  return VDev::None;
}

// The status of a virtual device (a character device, mode 0666) or of a directory that only
// leads to grants (0555): no size, times or inode number.
struct stat syntheticStat(bool directory) {
  struct stat st;
  std::memset(&st, 0, sizeof st);
  st.st_mode = directory ? (S_IFDIR | 0555) : (S_IFCHR | 0666);
  st.st_nlink = directory ? 2 : 1;
  return st;
}

std::string join(const std::vector<std::string>& parts, size_t from) {
  std::string s;
  for (size_t i = from; i < parts.size(); ++i) s += (s.empty() ? "" : "/") + parts[i];
  return s.empty() ? "." : s;
}

}  // namespace

std::optional<HostFn> hostFunction(std::string_view field, FuncType* type) {
  for (const HostDesc& d : hostTable()) {
    if (field == d.name) {
      type->params = d.params;
      type->results = d.results;
      return d.fn;
    }
  }
  return std::nullopt;
}

std::string_view hostFunctionName(HostFn fn) {
  for (const HostDesc& d : hostTable())
    if (d.fn == fn) return d.name;
  return "?";
}

void Machine::initHost() {
  fds_.clear();
  fds_.push_back(Fd{opts_.stdinFd, true, false, false});
  fds_.push_back(Fd{opts_.stdoutFd, false, true, false});
  fds_.push_back(Fd{opts_.stderrFd, false, true, false});
  // The working directory starts at the "." grant's root. Its absolute name: the first grant
  // with an absolute guest path of the same host directory, else "/" when no grant is named "/"
  // (then the "." grant also answers to absolute paths that match no other grant).
  cwdParts_.clear();
  cwdAbsolute_ = false;
  dotName_.reset();
  rootAlias_ = SIZE_MAX;
  size_t dot = SIZE_MAX;
  bool rootGranted = false;
  for (size_t i = 0; i < opts_.dirs.size(); ++i) {
    bool abs;
    std::vector<std::string> parts;
    if (!normalise(opts_.dirs[i].guest, &abs, &parts)) continue;
    if (!abs && parts.empty()) dot = i;
    if (abs && parts.empty()) rootGranted = true;
  }
  if (dot == SIZE_MAX || dot >= dirFds_.size() || dirFds_[dot].second < 0) return;
  struct stat dst;
  if (::fstat(dirFds_[dot].second, &dst) != 0) return;
  for (size_t i = 0; i < opts_.dirs.size() && i < dirFds_.size(); ++i) {
    bool abs;
    std::vector<std::string> parts;
    struct stat st;
    if (!normalise(opts_.dirs[i].guest, &abs, &parts) || !abs || dirFds_[i].second < 0) continue;
    if (::fstat(dirFds_[i].second, &st) == 0 && st.st_dev == dst.st_dev && st.st_ino == dst.st_ino) {
      dotName_ = parts;
      return;
    }
  }
  if (!rootGranted) {
    dotName_ = std::vector<std::string>{};
    rootAlias_ = dot;
  }
}

namespace {
// Guest path -> (host directory fd, path beneath it), or a negative errno.
struct Resolved {
  int err = 0;
  int dirfd = -1;
  size_t grant = 0;
  bool readOnly = false;  // the grant is read-only (--dir=HOST:GUEST:ro)
  std::vector<std::string> parts;  // components beneath the grant
  // The whole path after the working directory, normalised (path_chdir keeps it).
  bool absolute = false;
  std::vector<std::string> full;
  // A virtual device (err is then -EACCES for calls that do not handle devices), or a directory
  // that matches no grant but leads to one (an ancestor of an absolute GUEST; err -EACCES too).
  VDev device = VDev::None;
  bool ancestor = false;
};
}  // namespace

// With --timeout, a read or write that would block (a terminal, a pipe, a socket inherited as
// stdio) waits in poll() for at most the time left, so the run ends with the timeout trap at the
// deadline instead of hanging in the host call (docs/security.md). Regular files are always ready.
void Machine::waitUntilReady(int hostFd, bool writing, uint32_t guestFd) {
  if (opts_.timeoutSeconds <= 0) return;
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - std::chrono::steady_clock::now());
    if (left.count() <= 0)
      trap(TrapKind::Timeout, "timeout",
           "the run exceeded --timeout=" + std::to_string(opts_.timeoutSeconds) +
               " seconds (wall-clock; not deterministic) while blocked " + (writing ? "writing to" : "reading from") +
               " descriptor " + std::to_string(guestFd));
    struct pollfd pfd = {hostFd, short(writing ? POLLOUT : POLLIN), 0};
    int wait = int(std::min<int64_t>(left.count() + 1, 60000));
    int r = ::poll(&pfd, 1, wait);
    if (r > 0 || (r < 0 && errno != EINTR)) return;  // ready, hung up, or an error read/write will report
  }
}

void Machine::callHost(HostFn fn) {
  auto push32 = [&](int32_t v) { stack_.push_back(Slot{uint32_t(v), Handle()}); };
  auto push64 = [&](int64_t v) { stack_.push_back(Slot{uint64_t(v), Handle()}); };
  currentHost_ = hostFunctionName(fn);
  struct Reset {
    std::string_view& s;
    ~Reset() { s = {}; }
  } reset{currentHost_};

  // Checked buffer: nullptr for length 0.
  auto buffer = [&](const Handle& h, uint32_t len, Mode mode, Segment** seg) -> uint8_t* {
    if (len == 0) return nullptr;
    return check(h, 0, len, mode, false, seg);
  };
  auto fdFor = [&](uint32_t fd) -> Fd* {
    if (fd >= fds_.size() || !fds_[fd]) return nullptr;
    return &*fds_[fd];
  };
  auto readPath = [&](const Handle& h, uint32_t len, Resolved* r) {
    if (len > 4096) {
      r->err = -ENAMETOOLONG;
      return;
    }
    Segment* s = nullptr;
    uint8_t* p = buffer(h, len, Mode::Read, &s);
    std::string path(reinterpret_cast<const char*>(p ? p : reinterpret_cast<const uint8_t*>("")), len);
    if (path.find('\0') != std::string::npos) {
      r->err = -EINVAL;
      return;
    }
    // A relative path continues the working directory.
    if (path.empty() || path[0] != '/') {
      std::string cwd = cwdAbsolute_ ? "/" : "";
      for (const std::string& c : cwdParts_) cwd += c + "/";
      path = cwd + path;
    }
    bool abs;
    std::vector<std::string> parts;
    if (!normalise(path, &abs, &parts)) {
      r->err = -EACCES;
      return;
    }
    r->absolute = abs;
    r->full = parts;
    r->device = virtualDevice(abs, parts);
    if (r->device != VDev::None) {
      r->err = -EACCES;
      return;
    }
    size_t best = SIZE_MAX, bestLen = 0;
    for (size_t i = 0; i < opts_.dirs.size(); ++i) {
      bool gabs;
      std::vector<std::string> gparts;
      if (!normalise(opts_.dirs[i].guest, &gabs, &gparts) || gabs != abs) continue;
      if (gparts.size() > parts.size()) continue;
      if (!std::equal(gparts.begin(), gparts.end(), parts.begin())) continue;
      if (best == SIZE_MAX || gparts.size() >= bestLen) {
        best = i;
        bestLen = gparts.size();
      }
    }
    if (best == SIZE_MAX && abs && rootAlias_ != SIZE_MAX) best = rootAlias_, bestLen = 0;
    if (best == SIZE_MAX && abs) {
      for (const DirGrant& d : opts_.dirs) {
        bool gabs;
        std::vector<std::string> gparts;
        if (normalise(d.guest, &gabs, &gparts) && gabs && gparts.size() > parts.size() &&
            std::equal(parts.begin(), parts.end(), gparts.begin()))
          r->ancestor = true;
      }
    }
    if (best == SIZE_MAX || dirFds_[best].second < 0) {
      r->err = -EACCES;
      return;
    }
    r->grant = best;
    r->dirfd = dirFds_[best].second;
    r->readOnly = opts_.dirs[best].readOnly;
    r->parts.assign(parts.begin() + long(bestLen), parts.end());
  };
  // Opens the parent directory of a resolved path beneath its grant; returns fd or -errno.
  // The end of fd_stat, path_stat and path_lstat: the result of the host's stat call (rc, with
  // errno e) becomes the guest's record, a data write that clears the tags it covers.
  auto finishStat = [&](int rc, int e, const struct stat& st, uint8_t* p, Segment* s) {
    if (rc < 0) {
      push32(-e);
      return;
    }
    statRecord(st, opts_.deterministic, p);
    clearTags(s, uint64_t(p - s->bytes.data()), kStatSize);
    push32(0);
  };
  // random_get's bytes, also read from /dev/urandom.
  auto fillRandom = [&](uint8_t* p, uint32_t len) {
    if (opts_.deterministic) {
      for (uint32_t i = 0; i < len; ++i) {
        // splitmix64
        uint64_t z = (rngState_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        p[i] = uint8_t(z ^ (z >> 31));
      }
      return;
    }
    uint32_t done = 0;
    while (done < len) {
      ssize_t r = ::getrandom(p + done, len - done, 0);
      if (r < 0) {
        if (errno == EINTR) continue;
        trap(TrapKind::HostError, "random_get failed", std::string("getrandom: ") + std::strerror(errno));
      }
      done += uint32_t(r);
    }
  };
  // The lowest free guest descriptor for f, or -EMFILE.
  auto newFd = [&](const Fd& f) -> int32_t {
    size_t slot = 0;
    while (slot < fds_.size() && fds_[slot]) ++slot;
    if (slot >= 1024) return -EMFILE;
    if (slot == fds_.size()) fds_.emplace_back();
    fds_[slot] = f;
    return int32_t(slot);
  };
  auto openParent = [&](const Resolved& r, std::string* base) -> int {
    if (r.parts.empty()) return -EACCES;  // the grant root itself
    *base = r.parts.back();
    std::vector<std::string> dir(r.parts.begin(), r.parts.end() - 1);
    return openBeneath(r.dirfd, join(dir, 0), O_PATH | O_DIRECTORY, 0);
  };
  // path_rename and path_link: (from, from_len, to, to_len) resolved in that order, neither under
  // a read-only grant (checked before the cross-grant EXDEV), both in one grant; then `op`
  // (renameat, linkat) on their opened parent directories and final names. With
  // targetMustBeNew, a `to` that names a virtual device or an ancestor of a grant is EEXIST.
  auto twoPathCall = [&](bool targetMustBeNew, auto op) {
    uint32_t tlen = popU32();
    Handle to = popH();
    uint32_t flen = popU32();
    Handle from = popH();
    Resolved a, b;
    readPath(from, flen, &a);
    if (a.err) return push32(a.err);
    readPath(to, tlen, &b);
    if (targetMustBeNew && (b.device != VDev::None || b.ancestor)) return push32(-EEXIST);
    if (b.err) return push32(b.err);
    if (a.readOnly || b.readOnly) return push32(-EROFS);
    if (a.grant != b.grant) return push32(-EXDEV);
    std::string ba, bb;
    int pa = openParent(a, &ba);
    if (pa < 0) return push32(pa);
    int pb = openParent(b, &bb);
    if (pb < 0) {
      ::close(pa);
      return push32(pb);
    }
    int rc = op(pa, ba.c_str(), pb, bb.c_str()) == 0 ? 0 : -errno;
    ::close(pa);
    ::close(pb);
    push32(rc);
  };

  switch (fn) {
    case HostFn::ArgsCount: push32(int32_t(opts_.args.size())); break;
    case HostFn::EnvCount: push32(int32_t(opts_.env.size())); break;
    case HostFn::ArgLen:
    case HostFn::EnvLen: {
      uint32_t i = popU32();
      const auto& v = fn == HostFn::ArgLen ? opts_.args : opts_.env;
      push32(i < v.size() ? int32_t(v[i].size()) : -EINVAL);
      break;
    }
    case HostFn::ArgCopy:
    case HostFn::EnvCopy: {
      Handle buf = popH();
      uint32_t i = popU32();
      const auto& v = fn == HostFn::ArgCopy ? opts_.args : opts_.env;
      if (i >= v.size()) {
        push32(-EINVAL);
        break;
      }
      uint32_t n = uint32_t(v[i].size() + 1);
      Segment* s;
      uint8_t* p = buffer(buf, n, Mode::Write, &s);
      std::memcpy(p, v[i].c_str(), n);
      clearTags(s, uint64_t(p - s->bytes.data()), n);
      push32(int32_t(n));
      break;
    }
    case HostFn::FdWrite:
    case HostFn::FdRead: {
      uint32_t len = popU32();
      Handle buf = popH();
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      bool writing = fn == HostFn::FdWrite;
      if (!f || (writing ? !f->writable : !f->readable)) {
        push32(-EBADF);
        break;
      }
      Segment* s = nullptr;
      uint8_t* p = buffer(buf, len, writing ? Mode::Read : Mode::Write, &s);
      if (len == 0) {
        push32(0);
        break;
      }
      if (f->device != Device::None) {  // writes vanish; reads give nothing, zeros or randomness
        if (writing || f->device == Device::Null) {
          push32(writing ? int32_t(len) : 0);
          break;
        }
        if (f->device == Device::Zero)
          std::memset(p, 0, len);
        else
          fillRandom(p, len);
        clearTags(s, uint64_t(p - s->bytes.data()), len);
        push32(int32_t(len));
        break;
      }
      ssize_t r;
      waitUntilReady(f->host, writing, fd);
      if (writing) {
        r = writeNoSigpipe(f->host, p, len);
      } else {
        r = ::read(f->host, p, len);
        if (r < 0) r = -errno;
      }
      if (r < 0) {
        push32(int32_t(r));
        break;
      }
      if (!writing) clearTags(s, uint64_t(p - s->bytes.data()), uint64_t(r));
      push32(int32_t(r));
      break;
    }
    case HostFn::FdSeek: {
      uint32_t whence = popU32();
      int64_t off = int64_t(popU64());
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      if (!f) {
        push64(-EBADF);
        break;
      }
      if (whence > 2) {
        push64(-EINVAL);
        break;
      }
      if (f->device != Device::None) {  // as Linux's devices: always at 0
        push64(0);
        break;
      }
      off_t r = ::lseek(f->host, off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
      push64(r < 0 ? -int64_t(errno) : int64_t(r));
      break;
    }
    case HostFn::FdClose: {
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      if (!f) {
        push32(-EBADF);
        break;
      }
      if (f->owned) ::close(f->host);
      fds_[fd].reset();
      push32(0);
      break;
    }
    case HostFn::FdIsatty: {
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      push32(f ? (f->device == Device::None && ::isatty(f->host) ? 1 : 0) : -EBADF);
      break;
    }
    case HostFn::PathOpen: {
      uint32_t mode = popU32();
      uint32_t flags = popU32();
      uint32_t len = popU32();
      Handle path = popH();
      uint32_t acc = flags & 3;
      if (acc == 3 || (flags & ~uint32_t(3 | 0x40 | 0x80 | 0x200 | 0x400))) {
        push32(-EINVAL);
        break;
      }
      Resolved r;
      readPath(path, len, &r);
      if (r.device != VDev::None) {
        if ((flags & 0x40) && (flags & 0x80)) {
          push32(-EEXIST);
          break;
        }
        if (r.device == VDev::Stdin || r.device == VDev::Stdout || r.device == VDev::Stderr) {
          // A new descriptor for the same open file as guest descriptor 0, 1 or 2, in a
          // direction that descriptor allows; O_TRUNC and O_APPEND change nothing.
          Fd* std = fdFor(uint32_t(r.device) - uint32_t(VDev::Stdin));
          if (!std) {
            push32(-ENOENT);
            break;
          }
          if ((acc != 1 && !std->readable) || (acc != 0 && !std->writable)) {
            push32(-EACCES);
            break;
          }
          Fd copy = *std;
          copy.readable = acc != 1;
          copy.writable = acc != 0;
          if (copy.device == Device::None) {
            copy.host = ::fcntl(std->host, F_DUPFD_CLOEXEC, 3);
            if (copy.host < 0) {
              push32(-errno);
              break;
            }
            copy.owned = true;
          }
          int32_t slot = newFd(copy);
          if (slot < 0 && copy.owned) ::close(copy.host);
          push32(slot);
          break;
        }
        Device d = r.device == VDev::Null ? Device::Null : r.device == VDev::Zero ? Device::Zero : Device::Random;
        push32(newFd(Fd{-1, acc != 1, acc != 0, false, d, Origin::Operator}));
        break;
      }
      if (r.err) {
        push32(r.err);
        break;
      }
      // A read-only grant: only O_RDONLY, alone, is allowed (decided on the flags, before the
      // file system is consulted).
      if (r.readOnly && (acc != 0 || (flags & (0x40 | 0x200 | 0x400)))) {
        push32(-EROFS);
        break;
      }
      uint64_t hf = (acc == 0 ? O_RDONLY : acc == 1 ? O_WRONLY : O_RDWR) | ((flags & 0x40) ? O_CREAT : 0) |
                    ((flags & 0x80) ? O_EXCL : 0) | ((flags & 0x200) ? O_TRUNC : 0) |
                    ((flags & 0x400) ? O_APPEND : 0);
      std::string rest = join(r.parts, 0);
      // Only regular files are opened: a FIFO would block the engine in open(2), a device may
      // act on being opened. An existing file is looked at first without opening it (O_PATH);
      // the open itself is non-blocking and without a controlling terminal, and what it opened
      // is checked again (the file may have been replaced in between).
      auto refusedType = [](mode_t m) { return !S_ISREG(m) && !S_ISDIR(m); };
      struct stat st;
      // (O_CREAT with O_EXCL opens nothing that exists: -EEXIST, as Linux says.)
      int probe = (hf & O_EXCL) && (hf & O_CREAT) ? -ENOENT : openBeneath(r.dirfd, rest, O_PATH, 0);
      if (probe >= 0) {
        int rc = ::fstat(probe, &st);
        ::close(probe);
        if (rc == 0 && S_ISDIR(st.st_mode)) {
          push32(-EISDIR);
          break;
        }
        if (rc == 0 && refusedType(st.st_mode)) {
          push32(-ENXIO);
          break;
        }
      }
      int hfd = openBeneath(r.dirfd, rest, hf | O_NONBLOCK | O_NOCTTY, mode);
      if (hfd < 0) {
        push32(hfd);
        break;
      }
      int e = ::fstat(hfd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : refusedType(st.st_mode) ? ENXIO : 0;
      if (e) {
        ::close(hfd);
        push32(-e);
        break;
      }
      ::fcntl(hfd, F_SETFL, ::fcntl(hfd, F_GETFL) & ~O_NONBLOCK);
      int32_t slot = newFd(Fd{hfd, acc != 1, acc != 0, true, Device::None,
                              r.readOnly ? Origin::ReadOnlyGrant : Origin::ReadWriteGrant});
      if (slot < 0) ::close(hfd);
      push32(slot);
      break;
    }
    case HostFn::PathRename:
      twoPathCall(false, [](int pa, const char* a, int pb, const char* b) { return ::renameat(pa, a, pb, b); });
      break;
    case HostFn::FdStat: {
      Handle buf = popH();
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      if (!f) {
        push32(-EBADF);
        break;
      }
      Segment* s = nullptr;
      uint8_t* p = buffer(buf, kStatSize, Mode::Write, &s);
      struct stat st;
      int rc = f->device != Device::None ? (st = syntheticStat(false), 0) : ::fstat(f->host, &st);
      finishStat(rc, errno, st, p, s);
      break;
    }
    case HostFn::FdDup: {
      int32_t to = int32_t(popU32());
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      if (!f || to >= 1024) {
        push32(-EBADF);
        break;
      }
      if (to == int32_t(fd)) {
        push32(to);
        break;
      }
      size_t slot = 0;
      if (to >= 0) {
        slot = size_t(to);
      } else {
        while (slot < fds_.size() && fds_[slot]) ++slot;
        if (slot >= 1024) {
          push32(-EMFILE);
          break;
        }
      }
      Fd copy = *f;
      if (f->device == Device::None) {
        copy.host = ::fcntl(f->host, F_DUPFD_CLOEXEC, 3);
        if (copy.host < 0) {
          push32(-errno);
          break;
        }
        copy.owned = true;
      }
      if (slot >= fds_.size()) fds_.resize(slot + 1);
      if (fds_[slot] && fds_[slot]->owned) ::close(fds_[slot]->host);
      fds_[slot] = copy;
      push32(int32_t(slot));
      break;
    }
    case HostFn::PathStat:
    case HostFn::PathLstat: {
      Handle buf = popH();
      uint32_t len = popU32();
      Handle path = popH();
      Segment* s = nullptr;
      uint8_t* p = buffer(buf, kStatSize, Mode::Write, &s);
      Resolved r;
      readPath(path, len, &r);
      if (r.device != VDev::None || r.ancestor) {
        finishStat(0, 0, syntheticStat(r.ancestor), p, s);
        break;
      }
      if (r.err) {
        push32(r.err);
        break;
      }
      struct stat st;
      int rc, e;
      if (fn == HostFn::PathLstat && !r.parts.empty()) {  // the last component is not followed
        std::string base;
        int pfd = openParent(r, &base);
        if (pfd < 0) {
          push32(pfd);
          break;
        }
        rc = ::fstatat(pfd, base.c_str(), &st, AT_SYMLINK_NOFOLLOW);
        e = errno;
        ::close(pfd);
      } else if (fn == HostFn::PathLstat) {  // the grant's root: never a link once opened
        rc = ::fstat(r.dirfd, &st);
        e = errno;
      } else {
        int hfd = openBeneath(r.dirfd, join(r.parts, 0), O_PATH, 0);
        if (hfd < 0) {
          push32(hfd);
          break;
        }
        rc = ::fstat(hfd, &st);
        e = errno;
        ::close(hfd);
      }
      finishStat(rc, e, st, p, s);
      break;
    }
    case HostFn::PathReaddir: {
      uint32_t blen = popU32();
      Handle buf = popH();
      uint32_t alen = popU32();
      Handle after = popH();
      uint32_t len = popU32();
      Handle path = popH();
      if (alen > 255) {
        push32(-EINVAL);
        break;
      }
      Segment* s = nullptr;
      uint8_t* p = buffer(buf, blen, Mode::Write, &s);
      Segment* as = nullptr;
      uint8_t* ap = buffer(after, alen, Mode::Read, &as);
      std::string last(reinterpret_cast<const char*>(ap ? ap : reinterpret_cast<const uint8_t*>("")), alen);
      Resolved r;
      readPath(path, len, &r);
      if (r.err) {
        push32(r.err);
        break;
      }
      int hfd = openBeneath(r.dirfd, join(r.parts, 0), O_RDONLY | O_DIRECTORY, 0);
      if (hfd < 0) {
        push32(hfd);
        break;
      }
      std::vector<DirEntry> entries;
      int rc = listDirectory(hfd, &entries);
      if (rc < 0) {
        push32(rc);
        break;
      }
      auto it = alen == 0 ? entries.begin()
                          : std::upper_bound(entries.begin(), entries.end(), last,
                                             [](const std::string& a, const DirEntry& b) { return a < b.name; });
      uint32_t used = 0;
      for (; it != entries.end(); ++it) {
        uint32_t need = 12 + uint32_t(it->name.size());
        if (blen - used < need) break;
        uint64_t ino = opts_.deterministic ? 0 : it->ino;
        for (int i = 0; i < 8; ++i) p[used + uint32_t(i)] = uint8_t(ino >> (8 * i));
        p[used + 8] = it->type;
        p[used + 9] = 0;
        p[used + 10] = uint8_t(it->name.size());
        p[used + 11] = uint8_t(it->name.size() >> 8);
        std::memcpy(p + used + 12, it->name.data(), it->name.size());
        used += need;
      }
      if (used == 0 && it != entries.end()) {
        push32(-EINVAL);
        break;
      }
      if (used) clearTags(s, uint64_t(p - s->bytes.data()), used);
      push32(int32_t(used));
      break;
    }
    case HostFn::PathAccess: {
      uint32_t mode = popU32();
      uint32_t len = popU32();
      Handle path = popH();
      Resolved r;
      readPath(path, len, &r);
      if (r.device != VDev::None || r.ancestor) {
        // Devices: read and write (mode 0666); ancestors of grants: read and search (0555).
        bool ok = r.ancestor ? !(mode & 2) : !(mode & 1);
        push32((mode & ~uint32_t(7)) ? -EINVAL : ok ? 0 : -EACCES);
        break;
      }
      if (r.err) {
        push32(r.err);
        break;
      }
      if (mode & ~uint32_t(7)) {
        push32(-EINVAL);
        break;
      }
      int hfd = openBeneath(r.dirfd, join(r.parts, 0), O_PATH, 0);
      if (hfd < 0) {
        push32(hfd);
        break;
      }
      if ((mode & 2) && r.readOnly) {  // W_OK under a read-only grant, as on a read-only mount
        ::close(hfd);
        push32(-EROFS);
        break;
      }
      int hmode = (mode & 4 ? R_OK : 0) | (mode & 2 ? W_OK : 0) | (mode & 1 ? X_OK : 0);
      long rc = hmode == 0 ? 0 : syscall(SYS_faccessat2, hfd, "", hmode, AT_EMPTY_PATH | AT_EACCESS);
      int e = errno;
      ::close(hfd);
      push32(rc < 0 ? -e : 0);
      break;
    }
    case HostFn::PathUnlink:
    case HostFn::PathMkdir:
    case HostFn::PathRmdir: {
      uint32_t mode = fn == HostFn::PathMkdir ? popU32() : 0;
      uint32_t len = popU32();
      Handle path = popH();
      Resolved r;
      readPath(path, len, &r);
      if (r.err) {
        push32(r.err);
        break;
      }
      if (r.readOnly) {
        push32(-EROFS);
        break;
      }
      std::string base;
      int pfd = openParent(r, &base);
      if (pfd < 0) {
        push32(pfd);
        break;
      }
      int rc = fn == HostFn::PathMkdir   ? ::mkdirat(pfd, base.c_str(), mode & kGuestModeBits)
               : fn == HostFn::PathRmdir ? ::unlinkat(pfd, base.c_str(), AT_REMOVEDIR)
                                         : ::unlinkat(pfd, base.c_str(), 0);
      int e = errno;
      ::close(pfd);
      // Linux's spellings of two errors POSIX names differently.
      if (fn == HostFn::PathRmdir && e == EEXIST) e = ENOTEMPTY;
      if (fn == HostFn::PathUnlink && e == EPERM) e = EISDIR;
      push32(rc < 0 ? -e : 0);
      break;
    }
    case HostFn::FdTruncate:
    case HostFn::FdSync: {
      int64_t size = fn == HostFn::FdTruncate ? int64_t(popU64()) : 0;
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      if (!f) {
        push32(-EBADF);
        break;
      }
      // As Linux: a device, or (truncate) a descriptor not open for writing or a negative size,
      // is -EINVAL; the host refuses what is not a regular file.
      if (f->device != Device::None || (fn == HostFn::FdTruncate && (!f->writable || size < 0))) {
        push32(-EINVAL);
        break;
      }
      int rc = fn == HostFn::FdTruncate ? ::ftruncate(f->host, off_t(size)) : ::fsync(f->host);
      push32(rc < 0 ? -errno : 0);
      break;
    }
    case HostFn::FdChmod:
    case HostFn::FdUtimes: {
      uint32_t mode = 0;
      struct timespec ts[2];
      if (fn == HostFn::FdChmod) {
        mode = popU32();
      } else {
        ts[1] = guestTime(int64_t(popU64()));
        ts[0] = guestTime(int64_t(popU64()));
      }
      uint32_t fd = popU32();
      Fd* f = fdFor(fd);
      if (!f) {
        push32(-EBADF);
        break;
      }
      // Only files opened beneath a read-write grant change: the operator's descriptors
      // (standard input, output and error) and the virtual devices are not the guest's.
      bool nothing = fn == HostFn::FdUtimes && ts[0].tv_nsec == UTIME_OMIT && ts[1].tv_nsec == UTIME_OMIT;
      if (f->origin != Origin::ReadWriteGrant && !nothing) {
        push32(f->origin == Origin::ReadOnlyGrant ? -EROFS : -EPERM);
        break;
      }
      int rc = nothing ? 0 : fn == HostFn::FdChmod ? ::fchmod(f->host, mode & kGuestModeBits) : ::futimens(f->host, ts);
      push32(rc < 0 ? -errno : 0);
      break;
    }
    case HostFn::PathChmod:
    case HostFn::PathUtimes: {
      uint32_t mode = 0, flags = 0;
      struct timespec ts[2];
      if (fn == HostFn::PathChmod) {
        mode = popU32();
      } else {
        flags = popU32();
        ts[1] = guestTime(int64_t(popU64()));
        ts[0] = guestTime(int64_t(popU64()));
      }
      uint32_t len = popU32();
      Handle path = popH();
      if (flags & ~uint32_t(1)) {
        push32(-EINVAL);
        break;
      }
      Resolved r;
      readPath(path, len, &r);
      if (r.device != VDev::None) {  // not the guest's files, as for root-owned device nodes
        push32(-EPERM);
        break;
      }
      if (r.err) {
        push32(r.err);
        break;
      }
      if (r.readOnly) {
        push32(-EROFS);
        break;
      }
      int rc;
      if ((flags & 1) && !r.parts.empty()) {  // path_utimes: the final link itself
        std::string base;
        int pfd = openParent(r, &base);
        if (pfd < 0) {
          push32(pfd);
          break;
        }
        rc = ::utimensat(pfd, base.c_str(), ts, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : -errno;
        ::close(pfd);
      } else {  // resolved (links followed) beneath the grant, then changed through that file
        int hfd = openBeneath(r.dirfd, join(r.parts, 0), O_PATH, 0);
        if (hfd < 0) {
          push32(hfd);
          break;
        }
        rc = fn == HostFn::PathChmod ? chmodPathFd(hfd, mode & kGuestModeBits) : utimensPathFd(hfd, ts);
        ::close(hfd);
      }
      push32(rc);
      break;
    }
    case HostFn::PathReadlink: {
      uint32_t blen = popU32();
      Handle buf = popH();
      uint32_t len = popU32();
      Handle path = popH();
      if (blen == 0) {
        push32(-EINVAL);
        break;
      }
      Segment* s = nullptr;
      uint8_t* p = buffer(buf, blen, Mode::Write, &s);
      Resolved r;
      readPath(path, len, &r);
      if (r.device != VDev::None || r.ancestor) {  // not links
        push32(-EINVAL);
        break;
      }
      if (r.err) {
        push32(r.err);
        break;
      }
      if (r.parts.empty()) {  // a grant's root is a directory, never a link
        push32(-EINVAL);
        break;
      }
      std::string base;
      int pfd = openParent(r, &base);
      if (pfd < 0) {
        push32(pfd);
        break;
      }
      std::vector<char> text(4097);
      ssize_t n = ::readlinkat(pfd, base.c_str(), text.data(), text.size());
      int e = errno;
      ::close(pfd);
      if (n < 0) {
        push32(-e);
        break;
      }
      uint32_t w = std::min(uint32_t(n), blen);  // truncated to the buffer, as readlink(2)
      std::memcpy(p, text.data(), w);
      clearTags(s, uint64_t(p - s->bytes.data()), w);
      push32(int32_t(w));
      break;
    }
    case HostFn::PathSymlink: {
      uint32_t plen = popU32();
      Handle path = popH();
      uint32_t tlen = popU32();
      Handle target = popH();
      if (tlen > 4096) {
        push32(-ENAMETOOLONG);
        break;
      }
      Segment* ts = nullptr;
      uint8_t* tp = buffer(target, tlen, Mode::Read, &ts);
      // The link's text is stored as given, whatever it names: it is resolved only when a path
      // leads through it, and then beneath the grant like any path.
      std::string text(reinterpret_cast<const char*>(tp ? tp : reinterpret_cast<const uint8_t*>("")), tlen);
      if (text.find('\0') != std::string::npos) {
        push32(-EINVAL);
        break;
      }
      if (text.empty()) {
        push32(-ENOENT);
        break;
      }
      Resolved r;
      readPath(path, plen, &r);
      if (r.device != VDev::None || r.ancestor) {
        push32(-EEXIST);
        break;
      }
      if (r.err) {
        push32(r.err);
        break;
      }
      if (r.readOnly) {
        push32(-EROFS);
        break;
      }
      std::string base;
      int pfd = openParent(r, &base);
      if (pfd < 0) {
        push32(pfd);
        break;
      }
      int rc = ::symlinkat(text.c_str(), pfd, base.c_str()) == 0 ? 0 : -errno;
      ::close(pfd);
      push32(rc);
      break;
    }
    case HostFn::PathLink:
      // Flags 0: a final symbolic link in `from` is linked itself, never followed.
      twoPathCall(true, [](int pa, const char* a, int pb, const char* b) { return ::linkat(pa, a, pb, b, 0); });
      break;
    case HostFn::PathChdir: {
      uint32_t len = popU32();
      Handle path = popH();
      Resolved r;
      readPath(path, len, &r);
      if (r.device != VDev::None) {
        push32(-ENOTDIR);
        break;
      }
      if (r.err) {
        push32(r.err);
        break;
      }
      int hfd = openBeneath(r.dirfd, join(r.parts, 0), O_PATH | O_DIRECTORY, 0);
      if (hfd < 0) {
        push32(hfd);
        break;
      }
      long rc = syscall(SYS_faccessat2, hfd, "", X_OK, AT_EMPTY_PATH | AT_EACCESS);  // search permission
      int e = errno;
      ::close(hfd);
      if (rc < 0) {
        push32(-e);
        break;
      }
      cwdAbsolute_ = r.absolute;
      cwdParts_ = r.full;
      push32(0);
      break;
    }
    case HostFn::CwdGet: {
      uint32_t len = popU32();
      Handle buf = popH();
      Segment* s = nullptr;
      uint8_t* p = buffer(buf, len, Mode::Write, &s);
      if (!cwdAbsolute_ && !dotName_) {  // the "." grant has no absolute name (or there is none)
        push32(-ENOENT);
        break;
      }
      std::vector<std::string> parts = cwdAbsolute_ ? std::vector<std::string>{} : *dotName_;
      parts.insert(parts.end(), cwdParts_.begin(), cwdParts_.end());
      std::string name;
      for (const std::string& c : parts) name += "/" + c;
      if (name.empty()) name = "/";
      if (name.size() > len) {
        push32(-ERANGE);
        break;
      }
      std::memcpy(p, name.data(), name.size());
      clearTags(s, uint64_t(p - s->bytes.data()), name.size());
      push32(int32_t(name.size()));
      break;
    }
    case HostFn::ClockSleep: {
      int64_t ns = int64_t(popU64());
      if (ns < 0) {
        push32(-EINVAL);
        break;
      }
      if (opts_.deterministic || ns == 0) {
        push32(0);
        break;
      }
      if (ns > (int64_t(1) << 61)) ns = int64_t(1) << 61;  // ~73 years: no overflow below
      auto until = std::chrono::steady_clock::now() + std::chrono::nanoseconds(ns);
      bool timedOut = opts_.timeoutSeconds > 0 && until > deadline_;
      if (timedOut) until = deadline_;
      while (std::chrono::steady_clock::now() < until) {
        auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(until - std::chrono::steady_clock::now());
        struct timespec ts;
        ts.tv_sec = time_t(left.count() / 1000000000);
        ts.tv_nsec = long(left.count() % 1000000000);
        ::nanosleep(&ts, nullptr);
      }
      if (timedOut)
        trap(TrapKind::Timeout, "timeout",
             "the run exceeded --timeout=" + std::to_string(opts_.timeoutSeconds) +
                 " seconds (wall-clock; not deterministic) while sleeping");
      push32(0);
      break;
    }
    case HostFn::ClockTime: {
      uint32_t clock = popU32();
      if (clock > 2) {
        push64(-EINVAL);
        break;
      }
      if (opts_.deterministic) {
        ++clockCalls_;
        int64_t start = clock == 0 ? int64_t(946684800) * 1000000000 : 0;
        push64(start + int64_t(clockCalls_) * 1000000);
        break;
      }
      struct timespec ts;
      clockid_t id = clock == 0 ? CLOCK_REALTIME : clock == 1 ? CLOCK_MONOTONIC : CLOCK_PROCESS_CPUTIME_ID;
      ::clock_gettime(id, &ts);
      push64(int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
      break;
    }
    case HostFn::RandomGet: {
      uint32_t len = popU32();
      Handle buf = popH();
      Segment* s = nullptr;
      uint8_t* p = buffer(buf, len, Mode::Write, &s);
      if (len == 0) {
        push32(0);
        break;
      }
      fillRandom(p, len);
      clearTags(s, uint64_t(p - s->bytes.data()), len);
      push32(0);
      break;
    }
    case HostFn::Exit: {
      uint32_t code = popU32();
      throw ExitSignal{int32_t(code)};
    }
  }
}

}  // namespace mswasm::rt
