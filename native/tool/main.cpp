// mswasm-native: the native tier's compiler as a program. `mswasm run` and `mswasm compile` call it
// (so that the `mswasm` tool and the runtime stay free of LLVM); it can also be used directly:
//   mswasm-native MODULE(.mswasm|.wat) -o OUT.so [--timeout-polls] [--strict-tags] [-O0..3]
//                 [--emit-ir=FILE]
// The shared object records the SHA-256 of the module's binary form (as writeBinary gives it)
// and the options, and the runtime refuses it for any other module or options.
// Exit status: 0 written, 1 error, 2 usage (3, "a feature the tier lacks", is reserved: every
// instruction is supported today).
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "llvm/Support/CommandLine.h"
#include "mswasm/binary.h"
#include "mswasm/native/translate.h"
#include "mswasm/runtime/native_abi.h"
#include "mswasm/sha256.h"
#include "mswasm/text.h"
#include "mswasm/validate.h"

namespace {
int usage(const std::string& msg) {
  std::fprintf(stderr, "mswasm-native: error: %s\nusage: mswasm-native MODULE -o OUT.so [--timeout-polls] "
                       "[--strict-tags] [-O0|-O1|-O2|-O3] [--emit-ir=FILE]\n", msg.c_str());
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  // Debugging: LLVM's own options (for example -time-passes) from MSWASM_NATIVE_LLVM_ARGS.
  {
    const char* argv0[] = {"mswasm-native"};
    llvm::cl::ParseCommandLineOptions(1, argv0, "", nullptr, "MSWASM_NATIVE_LLVM_ARGS");
  }
  std::string in, out;
  mswasm::native::CompileOptions opts;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-o" && i + 1 < argc) out = argv[++i];
    else if (a == "--timeout-polls") opts.translate.flags |= MSWASM_NATIVE_OPT_TIMEOUT_POLLS;
    else if (a == "--strict-tags") opts.translate.flags |= MSWASM_NATIVE_OPT_STRICT_TAGS;
    else if (a.size() == 3 && a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3') opts.optLevel = a[2] - '0';
    else if (a.rfind("--emit-ir=", 0) == 0) opts.emitIR = a.substr(10);
    else if (!a.empty() && a[0] == '-') return usage("unknown option '" + a + "'");
    else if (in.empty()) in = a;
    else return usage("more than one module given");
  }
  if (in.empty() || out.empty()) return usage("a module and -o OUT.so are required");
  std::ifstream f(in, std::ios::binary);
  if (!f) return usage("cannot read '" + in + "': " + std::strerror(errno));
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  mswasm::Module m;
  bool binary = mswasm::looksBinary(bytes);  // the magic, or a #! interpreter line before it
  std::optional<mswasm::Error> err =
      binary ? mswasm::readBinary(bytes, m)
             : mswasm::parseText(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), m);
  if (err) {
    std::fprintf(stderr, "%s: %s\n", in.c_str(), err->str().c_str());
    return 1;
  }
  std::vector<mswasm::Error> errs = mswasm::validate(m);
  if (!errs.empty()) {
    std::fprintf(stderr, "%s: invalid module: %s\n", in.c_str(), errs[0].str().c_str());
    return 1;
  }
  std::vector<uint8_t> canon = mswasm::writeBinary(m);
  mswasm::Sha256Digest d = mswasm::sha256(canon.data(), canon.size());
  for (int i = 0; i < 4; ++i) opts.translate.moduleHash[i] = d.words[i];
  std::string error;
  if (!mswasm::native::compileToSharedObject(m, opts, out, &error)) {
    std::fprintf(stderr, "mswasm-native: %s: %s\n", in.c_str(), error.c_str());
    return 1;
  }
  return 0;
}
