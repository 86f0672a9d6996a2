// `mswasm run`: load a module (binary, or text when the file ends in .wat or starts with '(' or
// ';'), validate, instantiate with the engine options, run export "_start" (or --invoke=EXPORT
// with arguments given after the module), print a trap report on stderr, and exit with the code
// of docs/spec.md: the program's own code, 134 memory-safety trap, 135 other trap, 136 limit,
// 2 usage, load, validation or instantiation error. $MSWASM_RUN_OPTIONS holds options applied
// before the command line's (for programs run by their "#!" line, which passes none).
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mswasm/binary.h"
#include "mswasm/runtime/instance.h"
#include "mswasm/text.h"
#include "mswasm/validate.h"
#include "mswasm/runtime/native_abi.h"
#include "mswasm/runtime/native_cache.h"

using mswasm::rt::NativeCacheOptions;
using mswasm::rt::NativePrep;
using mswasm::rt::prepareNative;
using mswasm::rt::removeTempDir;

namespace {

constexpr int kExitUsage = 2;

const char* const kRunUsage =
    "usage: mswasm run [options] MODULE.mswasm|MODULE.wat [args...]\n"
    "options:\n"
    "  --max-memory=BYTES     limit on live heap+stack+global bytes (default 1 GiB)\n"
    "  --fuel=N               stop after N instructions (trap fuel-exhausted)\n"
    "  --timeout=SECONDS      stop after this wall-clock time (trap timeout)\n"
    "  --max-call-depth=N     maximum call depth (default 10000)\n"
    "  --strict-tags          POPL 2023 tag rules: data/handle confusion traps\n"
    "  --deterministic        fixed clock and random generator\n"
    "  --dir=HOST[:GUEST[:ro|:rw]]  grant the guest a directory, read-write or read-only\n"
    "                         (:ro); no pseudo file systems, one mount (repeatable)\n"
    "  --env=NAME=VALUE       pass an environment variable (repeatable)\n"
    "  --report=text|json     format of the report on stderr (default text)\n"
    "  --invoke=EXPORT        call EXPORT with the arguments after the module, print results\n"
    "  --stats                print engine statistics on stderr at the end\n"
    "  --debug-id-bits=N      (debugging) N-bit allocation ids, reclaimed by sweeping\n"
    "  --tier=auto|native|interp  engine tier (default $MSWASM_TIER, else auto: native code when\n"
    "                         mswasm-native is installed and the module and options allow it,\n"
    "                         else the interpreter)\n"
    "  --cache-dir=DIR        where compiled native code is cached (default $XDG_CACHE_HOME/mswasm)\n"
    "  --no-cache             compile native code for this run only\n"
    "  --native-code=FILE.so  run native code made by `mswasm compile` (implies --tier=native)\n"
    "$MSWASM_RUN_OPTIONS: options (separated by blanks, no quoting) applied before the command\n"
    "line's, e.g. MSWASM_RUN_OPTIONS='--dir=.' for a program run as ./prog by its \"#!\" line.\n";

int usageError(const std::string& msg) {
  std::fprintf(stderr, "mswasm run: error: %s\n", msg.c_str());
  return kExitUsage;
}

bool parseU64(std::string_view s, uint64_t* out) {
  if (s.empty()) return false;
  std::string str(s);
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(str.c_str(), &end, 0);
  if (errno || *end || str[0] == '-') return false;
  *out = v;
  return true;
}

bool parseArg(mswasm::ValType t, const std::string& s, mswasm::rt::Value* out) {
  using mswasm::rt::Value;
  char* end = nullptr;
  errno = 0;
  switch (t) {
    case mswasm::ValType::I32: {
      long long v = std::strtoll(s.c_str(), &end, 0);
      if (errno == ERANGE || *end || s.empty()) {
        unsigned long long u = std::strtoull(s.c_str(), &end, 0);
        if (*end || s.empty() || u > UINT32_MAX) return false;
        v = (long long)u;
      }
      if (v < INT32_MIN || v > (long long)UINT32_MAX) return false;
      *out = Value::i32(int32_t(uint32_t(v)));
      return true;
    }
    case mswasm::ValType::I64: {
      long long v = std::strtoll(s.c_str(), &end, 0);
      if (errno == ERANGE || *end || s.empty()) {
        errno = 0;
        unsigned long long u = std::strtoull(s.c_str(), &end, 0);
        if (errno || *end || s.empty()) return false;
        v = (long long)u;
      }
      *out = Value::i64(v);
      return true;
    }
    case mswasm::ValType::F32: {
      float v = std::strtof(s.c_str(), &end);
      if (*end || s.empty()) return false;
      *out = Value::f32(v);
      return true;
    }
    case mswasm::ValType::F64: {
      double v = std::strtod(s.c_str(), &end);
      if (*end || s.empty()) return false;
      *out = Value::f64(v);
      return true;
    }
    case mswasm::ValType::Handle:
      if (s != "null") return false;
      *out = Value::fromHandle(mswasm::rt::Handle::null());
      return true;
  }
  return false;
}

// A JSON string literal for `s` (quotes, backslashes and control bytes escaped; other bytes,
// including non-UTF-8 ones of a file name, as \u00XX so the output stays valid JSON).
std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  return out + "\"";
}

// Loads a module; on failure prints the error and sets *why to it.
bool loadModule(const std::string& path, mswasm::Module& m, std::string* why) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *why = "cannot read '" + path + "': " + std::strerror(errno);
    std::fprintf(stderr, "mswasm run: error: %s\n", why->c_str());
    return false;
  }
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Binary: the magic, or an interpreter line (a program run as ./prog through its "#!" line).
  bool binary = mswasm::looksBinary(bytes);
  size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\t' || bytes[i] == '\r')) ++i;
  bool text = !binary && ((path.size() > 4 && path.compare(path.size() - 4, 4, ".wat") == 0) ||
                          (i < bytes.size() && (bytes[i] == '(' || bytes[i] == ';')));
  std::optional<mswasm::Error> err;
  if (text)
    err = mswasm::parseText(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), m);
  else
    err = mswasm::readBinary(bytes, m);
  if (err) {
    *why = err->str();
    std::fprintf(stderr, "%s: %s\n", path.c_str(), why->c_str());
    return false;
  }
  return true;
}

}  // namespace

int runCommand(int argc0, char** argv0) {
  // $MSWASM_RUN_OPTIONS: options inserted before the command line's, so a program that runs by
  // itself (`./prog`, "#!.../mswasm run") can be given grants, limits or a tier by its user.
  std::vector<std::string> envOptions;
  if (const char* e = std::getenv("MSWASM_RUN_OPTIONS")) {
    std::string_view s(e);
    while (!s.empty()) {
      size_t start = s.find_first_not_of(" \t\n");
      if (start == std::string_view::npos) break;
      size_t end = s.find_first_of(" \t\n", start);
      std::string tok(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
      if (tok.size() < 3 || tok.compare(0, 2, "--") != 0)
        return usageError("MSWASM_RUN_OPTIONS may hold only --options, not '" + tok + "'");
      envOptions.push_back(std::move(tok));
      if (end == std::string_view::npos) break;
      s = s.substr(end);
    }
  }
  std::vector<char*> argvAll(argv0, argv0 + 1);
  for (std::string& o : envOptions) argvAll.push_back(o.data());
  argvAll.insert(argvAll.end(), argv0 + 1, argv0 + argc0);
  int argc = int(argvAll.size());
  char** argv = argvAll.data();
  mswasm::rt::Options opts;
  bool json = false, stats = false;
  std::optional<std::string> invoke;
  // MSWASM_TIER sets the default tier (test suites run on either tier with it).
  std::string tier = "auto";
  bool tierGiven = false;  // on the command line (MSWASM_TIER yields to --native-code)
  if (const char* t = std::getenv("MSWASM_TIER"); t && *t) {
    tier = t;
    if (tier != "auto" && tier != "native" && tier != "interp")
      return usageError("bad value for MSWASM_TIER: '" + tier + "' (auto, native or interp)");
  }
  NativeCacheOptions cacheOpts;
  std::string nativeCode;
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      ++i;
      break;
    }
    if (a.empty() || a[0] != '-' || a == "-") break;
    auto value = [&](std::string_view name) -> std::optional<std::string> {
      if (a.rfind(name, 0) == 0 && a.size() > name.size() && a[name.size()] == '=')
        return a.substr(name.size() + 1);
      return std::nullopt;
    };
    uint64_t n = 0;
    if (a == "-h" || a == "--help") {
      std::fputs(kRunUsage, stdout);
      return 0;
    } else if (a == "--strict-tags") {
      opts.strictTags = true;
    } else if (a == "--deterministic") {
      opts.deterministic = true;
    } else if (a == "--stats") {
      stats = true;
    } else if (auto v = value("--max-memory")) {
      if (!parseU64(*v, &n)) return usageError("bad value for --max-memory: '" + *v + "'");
      opts.maxMemory = n;
    } else if (auto v = value("--fuel")) {
      if (!parseU64(*v, &n) || n == 0) return usageError("bad value for --fuel: '" + *v + "'");
      opts.fuel = n;
    } else if (auto v = value("--timeout")) {
      char* end = nullptr;
      double t = std::strtod(v->c_str(), &end);
      if (v->empty() || *end || !(t > 0)) return usageError("bad value for --timeout: '" + *v + "'");
      opts.timeoutSeconds = t;
    } else if (auto v = value("--max-call-depth")) {
      if (!parseU64(*v, &n) || n == 0 || n > 10000000) return usageError("bad value for --max-call-depth: '" + *v + "'");
      opts.maxCallDepth = uint32_t(n);
    } else if (auto v = value("--debug-id-bits")) {
      if (!parseU64(*v, &n) || !((n >= 4 && n <= 24) || n == 64))
        return usageError("bad value for --debug-id-bits: '" + *v + "' (4..24 or 64)");
      opts.idBits = uint32_t(n);
    } else if (auto v = value("--dir")) {
      // HOST, HOST:GUEST, HOST:GUEST:ro or HOST:GUEST:rw (read-write, the default). HOST never
      // contains ':'; GUEST may, but a trailing ":ro"/":rw" is always the access.
      if (v->empty()) return usageError("--dir needs HOST[:GUEST[:ro|:rw]]");
      size_t colon = v->find(':');
      mswasm::rt::DirGrant g;
      g.host = v->substr(0, colon);
      g.guest = colon == std::string::npos ? g.host : v->substr(colon + 1);
      if (colon != std::string::npos && g.guest.size() >= 3) {
        std::string_view tail = std::string_view(g.guest).substr(g.guest.size() - 3);
        if (tail == ":ro" || tail == ":rw") {
          g.readOnly = tail == ":ro";
          g.guest.resize(g.guest.size() - 3);
        }
      }
      if (g.host.empty() || g.guest.empty())
        return usageError("bad value for --dir: '" + *v + "' (expected HOST[:GUEST[:ro|:rw]])");
      if (g.guest == "ro" || g.guest == "rw")  // surely meant as the access, not a guest path
        return usageError("ambiguous --dir: '" + *v + "' (write HOST:GUEST:" + g.guest + ", or ./" + g.guest +
                          " for a guest path named " + g.guest + ")");
      opts.dirs.push_back(g);
    } else if (auto v = value("--env")) {
      if (v->find('=') == std::string::npos || (*v)[0] == '=')
        return usageError("bad value for --env: '" + *v + "' (expected NAME=VALUE)");
      opts.env.push_back(*v);
    } else if (auto v = value("--report")) {
      if (*v == "json") json = true;
      else if (*v == "text") json = false;
      else return usageError("bad value for --report: '" + *v + "' (text or json)");
    } else if (auto v = value("--tier")) {
      if (*v != "auto" && *v != "native" && *v != "interp")
        return usageError("bad value for --tier: '" + *v + "' (auto, native or interp)");
      tier = *v;
      tierGiven = true;
    } else if (auto v = value("--cache-dir")) {
      if (v->empty()) return usageError("--cache-dir needs a directory");
      cacheOpts.dir = *v;
    } else if (a == "--no-cache") {
      cacheOpts.disabled = true;
    } else if (auto v = value("--native-code")) {
      if (v->empty()) return usageError("--native-code needs a file");
      nativeCode = *v;
    } else if (auto v = value("--invoke")) {
      if (v->empty()) return usageError("--invoke needs an export name");
      invoke = *v;
    } else {
      return usageError("unknown option '" + a + "' (see mswasm run --help)");
    }
  }
  if (i >= argc) return usageError("no module given (usage: mswasm run [options] MODULE [args...])");
  std::string path = argv[i++];
  if (i < argc && std::string_view(argv[i]) == "--") ++i;  // lets --invoke arguments start with '-'
  std::vector<std::string> rest(argv + i, argv + argc);

  // A module that cannot be loaded (unreadable, malformed, invalid, or more than the host's
  // memory allows while decoding it) ends the run with exit code 2 and, with --report=json, a
  // "load-error" outcome; never with std::bad_alloc (exit 134, the code of a memory-safety trap).
  auto loadFailed = [&](const std::string& why) {
    if (json) std::fprintf(stderr, "{\"outcome\":\"load-error\",\"file\":%s,\"error\":%s}\n",
                           jsonString(path).c_str(), jsonString(why).c_str());
    return kExitUsage;
  };
  mswasm::Module m;
  try {
    std::string why;
    if (!loadModule(path, m, &why)) return loadFailed(why);
    std::vector<mswasm::Error> errs = mswasm::validate(m);
    if (!errs.empty()) {
      for (const mswasm::Error& e : errs) std::fprintf(stderr, "%s: %s\n", path.c_str(), e.str().c_str());
      return loadFailed(errs.front().str());
    }
  } catch (const std::bad_alloc&) {
    m = mswasm::Module{};
    std::fprintf(stderr, "mswasm run: error: %s: out of memory while loading the module\n", path.c_str());
    return loadFailed("out of memory while loading the module");
  }
  opts.args.push_back(path);
  if (!invoke) opts.args.insert(opts.args.end(), rest.begin(), rest.end());

  auto report = [&](const mswasm::rt::TrapReport& r) {
    std::fflush(stdout);
    std::string s = json ? r.json() : r.text();
    std::fputs(s.c_str(), stderr);
  };
  auto printStats = [&](const mswasm::rt::Stats& s) {
    if (!stats) return;
    std::fprintf(stderr,
                 "instructions: %" PRIu64 "\nsegments allocated: %" PRIu64 "\nid sweeps: %" PRIu64
                 "\nids reclaimed: %" PRIu64 "\npeak live bytes: %" PRIu64 "\nid table pages released: %" PRIu64 "\n",
                 s.instructions, s.segmentsAllocated, s.sweeps, s.idsReclaimed, s.peakLiveBytes, s.idPagesReleased);
  };

  // The native tier: --fuel and narrow ids are interpreter-only for now.
  std::string nativeTemp;
  struct TempCleanup {
    std::string& dir;
    ~TempCleanup() { removeTempDir(dir); }
  } tempCleanup{nativeTemp};
  if (!nativeCode.empty()) {
    if (tier == "interp" && tierGiven) return usageError("--native-code cannot be combined with --tier=interp");
    tier = "native";
  }
  bool nativeOptionsOk = opts.fuel == 0 && opts.idBits == 64;
  if (tier == "native" && !nativeOptionsOk)
    return usageError(std::string("the native tier does not implement ") + (opts.fuel ? "--fuel" : "--debug-id-bits") +
                      " yet; use --tier=interp (or --tier=auto)");
  if (tier != "interp" && nativeOptionsOk) {
    if (!nativeCode.empty()) {
      opts.nativeCode = nativeCode;
    } else {
      uint32_t flags = (opts.timeoutSeconds > 0 ? MSWASM_NATIVE_OPT_TIMEOUT_POLLS : 0) |
                       (opts.strictTags ? MSWASM_NATIVE_OPT_STRICT_TAGS : 0);
      std::string so, why;
      NativePrep p = prepareNative(m, path, flags, cacheOpts, &so, &nativeTemp, &why);
      if (p == NativePrep::Ready) {
        opts.nativeCode = so;
      } else if (tier == "native") {
        std::fprintf(stderr, "mswasm run: error: %s: %s\n", path.c_str(), why.c_str());
        return kExitUsage;
      } else if (p == NativePrep::Failed) {
        // --tier=auto: the run still happens, on the interpreter, and says why.
        std::fprintf(stderr, "mswasm run: warning: %s: %s; running it on the interpreter\n", path.c_str(), why.c_str());
      }
    }
  }

  std::string error;
  std::optional<mswasm::rt::Outcome> startOutcome;
  auto inst = mswasm::rt::Instance::create(m, opts, &error, &startOutcome);
  if (!inst) {
    if (startOutcome && startOutcome->trap) {
      report(*startOutcome->trap);
      return mswasm::rt::trapExitCode(startOutcome->trap->kind);
    }
    if (startOutcome && startOutcome->kind == mswasm::rt::Outcome::Kind::Exited) {
      if (json) std::fprintf(stderr, "{\"outcome\":\"exit\",\"code\":%d}\n", startOutcome->exitCode);
      return startOutcome->exitCode;
    }
    std::fprintf(stderr, "mswasm run: error: %s: %s\n", path.c_str(), error.c_str());
    return kExitUsage;
  }

  std::string entry = invoke ? *invoke : "_start";
  const mswasm::FuncType* type = inst->exportType(entry);
  if (!type) return usageError(path + ": no export named '" + entry + "'");
  std::vector<mswasm::rt::Value> args;
  if (invoke) {
    if (rest.size() != type->params.size())
      return usageError("--invoke=" + entry + " takes " + std::to_string(type->params.size()) +
                        " arguments, " + std::to_string(rest.size()) + " given");
    for (size_t k = 0; k < rest.size(); ++k) {
      mswasm::rt::Value v;
      if (!parseArg(type->params[k], rest[k], &v))
        return usageError("bad " + std::string(mswasm::valTypeName(type->params[k])) + " argument '" + rest[k] + "'");
      args.push_back(v);
    }
  } else if (!type->params.empty() || type->results.size() > 1 ||
             (type->results.size() == 1 && type->results[0] != mswasm::ValType::I32)) {
    return usageError(path + ": export '_start' must have type [] -> [] or [] -> [i32]");
  }

  mswasm::rt::Outcome out = inst->call(entry, args);
  // A library module (mswasm-cc -shared) never runs exit(): flush its stdio as exit would.
  if (invoke && out.kind == mswasm::rt::Outcome::Kind::Returned) {
    const mswasm::FuncType* ft = inst->exportType("fflush");
    if (ft && ft->params == std::vector<mswasm::ValType>{mswasm::ValType::Handle}) {
      mswasm::rt::Value null = mswasm::rt::Value::fromHandle(mswasm::rt::Handle());
      mswasm::rt::Outcome flushed = inst->call("fflush", std::span<const mswasm::rt::Value>(&null, 1));
      if (flushed.kind != mswasm::rt::Outcome::Kind::Returned) out = std::move(flushed);
    }
  }
  int code = 0;
  switch (out.kind) {
    case mswasm::rt::Outcome::Kind::Returned:
      if (invoke) {
        for (const auto& v : out.results) std::printf("%s\n", mswasm::rt::formatValue(v).c_str());
      } else if (!out.results.empty()) {
        code = out.results[0].asI32();
      }
      if (json) {
        std::fflush(stdout);
        std::fprintf(stderr, "{\"outcome\":\"return\",\"code\":%d}\n", code);
      }
      break;
    case mswasm::rt::Outcome::Kind::Exited:
      code = out.exitCode;
      if (json) {
        std::fflush(stdout);
        std::fprintf(stderr, "{\"outcome\":\"exit\",\"code\":%d}\n", code);
      }
      break;
    case mswasm::rt::Outcome::Kind::Trapped:
      report(*out.trap);
      code = mswasm::rt::trapExitCode(out.trap->kind);
      break;
  }
  std::fflush(stdout);
  printStats(inst->stats());
  return code;
}
