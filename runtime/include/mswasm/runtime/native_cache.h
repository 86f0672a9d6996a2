// Native code for a module (src/native_cache.cpp): finding `mswasm-native` and the on-disk cache
// of compiled modules. LLVM-free: the compiler is a separate program.
#pragma once

#include <cstdint>
#include <string>

#include <vector>

#include "mswasm/module.h"

namespace mswasm::rt {

struct NativeCacheOptions {
  std::string dir;        // empty: the default (XDG) location
  bool disabled = false;  // compile into a temporary directory
  std::string compiler;   // empty: nativeCompilerPath()
};

enum class NativePrep { Ready, Unavailable, Unsupported, Failed };

std::string nativeCompilerPath();
// Finds or builds the native code of `m` (read from modulePath, or written out from `m` when
// modulePath is empty) for the MSWASM_NATIVE_OPT_* flags.
// On Ready, *soPath names it; *tempDir is a directory to remove after the run (or empty).
NativePrep prepareNative(const mswasm::Module& m, const std::string& modulePath, uint32_t flags,
                         const NativeCacheOptions& co, std::string* soPath, std::string* tempDir,
                         std::string* error);
void removeTempDir(const std::string& dir);
// Runs argv (fork + exec); returns its exit status, or -1 when it could not start or was killed.
int runProgram(const std::vector<std::string>& argv);

}  // namespace mswasm::rt
