// Native code for a module without linking LLVM into the engine: compiled code comes from the
// `mswasm-native` program (beside the running program, or $MSWASM_NATIVE, or the one this build
// made) and is cached on disk. `mswasm run` and the C API (c_api.cpp) both use it.
//
// Cache: one shared object per key, where the key is the SHA-256 of the module's canonical binary
// form, the options that change code, the native ABI version, the identity of the compiler binary
// (size and modification time) and the host CPU (model and feature flags from /proc/cpuinfo).
// Directory: --cache-dir, else $MSWASM_CACHE_DIR, else $XDG_CACHE_HOME/mswasm, else
// ~/.cache/mswasm; created private (0700). `--no-cache` (or MSWASM_CACHE_DIR=off) compiles into a
// temporary directory removed after the run. A shared object is written under a temporary name
// and renamed, so concurrent runs never see half a file. The runtime checks the module hash and
// options recorded inside it again when it loads it.
#include "mswasm/runtime/native_cache.h"

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

namespace mswasm::rt {

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

}  // namespace

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

std::string nativeCompilerPath() {
  if (const char* p = std::getenv("MSWASM_NATIVE"); p && *p) return p;
  std::string dir = selfDir();
  if (!dir.empty()) {
    std::string p = dir + "/mswasm-native";
    if (::access(p.c_str(), X_OK) == 0) return p;
  }
#ifdef MSWASM_NATIVE_BUILT_AT
  // A host program embedding the engine is not beside mswasm-native: the one this build made.
  if (::access(MSWASM_NATIVE_BUILT_AT, X_OK) == 0) return MSWASM_NATIVE_BUILT_AT;
#endif
#ifdef MSWASM_NATIVE_INSTALLED_AT
  if (::access(MSWASM_NATIVE_INSTALLED_AT, X_OK) == 0) return MSWASM_NATIVE_INSTALLED_AT;
#endif
  return "";
}

NativePrep prepareNative(const mswasm::Module& m, const std::string& modulePath, uint32_t flags,
                         const NativeCacheOptions& co, std::string* soPath, std::string* tempDir,
                         std::string* error) {
  std::string compiler = co.compiler.empty() ? nativeCompilerPath() : co.compiler;
  if (compiler.empty()) {
    *error = "the native tier is not available (no mswasm-native beside mswasm; build with the compiler parts)";
    return NativePrep::Unavailable;
  }
  std::vector<uint8_t> canon = mswasm::writeBinary(m);
  // The canonical encoding never holds a "#!" interpreter line: a runnable program and its bare
  // module share one cache entry.
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
  // A module that came from memory is written out for the compiler, beside the output.
  std::string input = modulePath;
  struct RemoveInput {
    std::string path;
    ~RemoveInput() {
      if (!path.empty()) ::unlink(path.c_str());
    }
  } removeInput;
  if (input.empty()) {
    input = *soPath + "." + std::to_string(::getpid()) + ".mswasm";
    std::ofstream out(input, std::ios::binary);
    out.write(reinterpret_cast<const char*>(canon.data()), std::streamsize(canon.size()));
    if (!out.flush()) {
      *error = "cannot write '" + input + "'";
      return NativePrep::Failed;
    }
    removeInput.path = input;
  }
  std::vector<std::string> argv = {compiler, input, "-o", *soPath};
  if (flags & MSWASM_NATIVE_OPT_TIMEOUT_POLLS) argv.push_back("--timeout-polls");
  if (flags & MSWASM_NATIVE_OPT_STRICT_TAGS) argv.push_back("--strict-tags");
  int rc = runProgram(argv);
  if (rc == 0) return NativePrep::Ready;
  if (rc == 3) {
    *error = "the native tier cannot compile this module (see the message above)";
    return NativePrep::Unsupported;
  }
  *error = "the native tier failed to compile '" + (modulePath.empty() ? std::string("the module") : modulePath) + "'";
  return NativePrep::Failed;
}

void removeTempDir(const std::string& dir) {
  if (dir.empty()) return;
  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace mswasm::rt
