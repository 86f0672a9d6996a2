// The native tier from the command line (native_cache.cpp): finding `mswasm-native`, the
// on-disk cache of compiled modules, and `mswasm compile`.
#pragma once

#include <cstdint>
#include <string>

#include "mswasm/module.h"

struct NativeCacheOptions {
  std::string dir;        // empty: the default (XDG) location
  bool disabled = false;  // compile into a temporary directory
};

enum class NativePrep { Ready, Unavailable, Unsupported, Failed };

std::string nativeCompilerPath();
// Finds or builds the native code of `m` (read from modulePath) for the MSWASM_NATIVE_OPT_* flags.
// On Ready, *soPath names it; *tempDir is a directory to remove after the run (or empty).
NativePrep prepareNative(const mswasm::Module& m, const std::string& modulePath, uint32_t flags,
                         const NativeCacheOptions& co, std::string* soPath, std::string* tempDir,
                         std::string* error);
void removeTempDir(const std::string& dir);
int compileCommand(int argc, char** argv);
