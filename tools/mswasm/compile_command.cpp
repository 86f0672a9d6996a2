// `mswasm compile MODULE -o OUT.so`: native code ahead of time, by running `mswasm-native`
// (the runtime loads the result without LLVM; docs/native-tier.md).
#include <cstdio>
#include <string>
#include <vector>

#include "mswasm/runtime/native_cache.h"

using mswasm::rt::nativeCompilerPath;
using mswasm::rt::runProgram;

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
