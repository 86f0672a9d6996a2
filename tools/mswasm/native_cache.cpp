// The native tier from the command line, without linking LLVM into `mswasm`: compiled code comes
// from the `mswasm-native` program (installed beside `mswasm`) and is cached on disk.
//
// Cache: one shared object per key, where the key is the SHA-256 of the module's canonical binary
// form, the options that change code, the native ABI version, the identity of the compiler binary
// (size and modification time) and the host CPU (model and feature flags from /proc/cpuinfo).
// Directory: --cache-dir, else $MSWASM_CACHE_DIR, else $XDG_CACHE_HOME/mswasm, else
// ~/.cache/mswasm; created private (0700). `--no-cache` (or MSWASM_CACHE_DIR=off) compiles into a
// temporary directory removed after the run. A shared object is written under a temporary name
// and renamed, so concurrent runs never see half a file. The runtime checks the module hash and
// options recorded inside it again when it loads it.
#include "native_cache.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mswasm/binary.h"
#include "mswasm/runtime/native_abi.h"
#include "mswasm/sha256.h"

namespace fs = std::filesystem;

namespace {

std::string selfDir() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.parent_path().string();
}

std::string cpuIdentity() {
  std::ifstream in("/proc/cpuinfo");
  std::string line, model, flags;
  while (std::getline(in, line)) {
    if (model.empty() && line.rfind("model name", 0) == 0) model = line;
    if (flags.empty() && line.rfind("flags", 0) == 0) flags = line;
    if (!model.empty() && !flags.empty()) break;
  }
  return model + "\n" + flags;
}

std::string defaultCacheDir() {
  if (const char* d = std::getenv("MSWASM_CACHE_DIR"); d && *d) return d;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/mswasm";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/mswasm";
  return "";
}

// Runs argv, returns its exit status (or -1 when it could not be started / was killed).
int runProgram(const std::vector<std::string>& argv) {
  pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    std::vector<char*> a;
    for (const std::string& s : argv) a.push_back(const_cast<char*>(s.c_str()));
    a.push_back(nullptr);
    ::execv(a[0], a.data());
    std::fprintf(stderr, "mswasm: error: cannot run %s: %s\n", a[0], std::strerror(errno));
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::string nativeCompilerPath() {
  if (const char* p = std::getenv("MSWASM_NATIVE"); p && *p) return p;
  std::string dir = selfDir();
  if (dir.empty()) return "";
  std::string p = dir + "/mswasm-native";
  return ::access(p.c_str(), X_OK) == 0 ? p : "";
}

NativePrep prepareNative(const mswasm::Module& m, const std::string& modulePath, uint32_t flags,
                         const NativeCacheOptions& co, std::string* soPath, std::string* tempDir,
                         std::string* error) {
  std::string compiler = nativeCompilerPath();
  if (compiler.empty()) {
    *error = "the native tier is not available (no mswasm-native beside mswasm; build with the compiler parts)";
    return NativePrep::Unavailable;
  }
  // Features the native tier lacks (mswasm-native says the same; checked here so that --tier=auto
  // falls back to the interpreter without compiling or printing anything).
  for (const mswasm::Function& f : m.functions)
    for (const mswasm::Instr& in : f.body)
      if (in.op == mswasm::Opcode::JmpSet || in.op == mswasm::Opcode::JmpLong) {
        *error = "the native tier does not support setjmp/longjmp (jmp.set/jmp.long) yet; use --tier=interp";
        return NativePrep::Unsupported;
      }
  std::vector<uint8_t> canon = mswasm::writeBinary(m);
  mswasm::Sha256Digest mh = mswasm::sha256(canon.data(), canon.size());
  struct stat st {};
  ::stat(compiler.c_str(), &st);
  std::ostringstream keyText;
  keyText << mswasm::sha256Hex(mh) << "\nabi " << MSWASM_NATIVE_ABI_VERSION << "\nflags " << flags << "\ncompiler "
          << st.st_size << " " << st.st_mtim.tv_sec << "." << st.st_mtim.tv_nsec << "\n" << cpuIdentity();
  std::string k = keyText.str();
  std::string key = mswasm::sha256Hex(mswasm::sha256(reinterpret_cast<const uint8_t*>(k.data()), k.size()));

  std::string dir = co.disabled ? "" : (co.dir.empty() ? defaultCacheDir() : co.dir);
  if (dir == "off") dir.clear();
  if (dir.empty()) {
    char tmpl[] = "/tmp/mswasm-native-XXXXXX";
    if (!::mkdtemp(tmpl)) {
      *error = std::string("cannot create a temporary directory: ") + std::strerror(errno);
      return NativePrep::Failed;
    }
    dir = tmpl;
    *tempDir = dir;
  } else {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
      *error = "cannot create the native code cache '" + dir + "': " + ec.message();
      return NativePrep::Failed;
    }
    ::chmod(dir.c_str(), 0700);
  }
  *soPath = dir + "/" + key + ".so";
  if (::access(soPath->c_str(), R_OK) == 0) return NativePrep::Ready;
  std::vector<std::string> argv = {compiler, modulePath, "-o", *soPath};
  if (flags & MSWASM_NATIVE_OPT_TIMEOUT_POLLS) argv.push_back("--timeout-polls");
  if (flags & MSWASM_NATIVE_OPT_STRICT_TAGS) argv.push_back("--strict-tags");
  int rc = runProgram(argv);
  if (rc == 0) return NativePrep::Ready;
  if (rc == 3) {
    *error = "the native tier cannot compile this module (see the message above)";
    return NativePrep::Unsupported;
  }
  *error = "the native tier failed to compile '" + modulePath + "'";
  return NativePrep::Failed;
}

void removeTempDir(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code ec;
  fs::remove_all(dir, ec);
}

int compileCommand(int argc, char** argv) {
  std::string compiler = nativeCompilerPath();
  if (compiler.empty()) {
    std::fprintf(stderr, "mswasm compile: error: the native tier is not available (no mswasm-native beside mswasm)\n");
    return 2;
  }
  if (argc < 2 || std::string(argv[1]) == "-h" || std::string(argv[1]) == "--help") {
    std::fputs("usage: mswasm compile MODULE -o OUT.so [--timeout-polls] [--strict-tags]\n"
               "  writes the module's native code ahead of time; run it with\n"
               "  mswasm run --native-code=OUT.so MODULE (same options: --timeout needs --timeout-polls,\n"
               "  --strict-tags needs --strict-tags)\n",
               argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  std::vector<std::string> a = {compiler};
  for (int i = 1; i < argc; ++i) a.push_back(argv[i]);
  int rc = runProgram(a);
  return rc < 0 ? 2 : rc;
}
