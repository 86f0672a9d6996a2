// `mswasm-cc`: the cc-compatible compiler driver for MSWasm.
// Clang's own driver (as a library) parses the command line exactly as `clang
// --target=wasm32-unknown-unknown` would and plans the jobs; each compile job's cc1 arguments are
// then run in-process by the MSWasm frontend (clang-plugin/) with our TargetInfo. Objects are LLVM
// bitcode. Link jobs need the MSWasm code generator and linker, which do not exist yet: they are
// a clear error, as is -S without -emit-llvm.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Driver/Compilation.h"
#include "clang/Driver/Driver.h"
#include "clang/Driver/Job.h"
#include "clang/Driver/Tool.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "mswasm/frontend/Frontend.h"
#include "mswasm/frontend/TargetInfo.h"

namespace {

const char* const kHelp =
    "usage: mswasm-cc [options] file...\n"
    "Compiles C for MSWasm: every pointer is a 16-byte handle checked by the engine.\n"
    "Accepts the usual cc options (-c -o -E -I -D -U -O0..3/s -g -std= -W... -MD -MF -MT);\n"
    "they are parsed by Clang's driver exactly as clang --target=wasm32-unknown-unknown would.\n"
    "  -c                 compile to an object file (LLVM bitcode)\n"
    "  -S -emit-llvm      write LLVM IR text\n"
    "  -E                 preprocess only\n"
    "  --version          print version information\n"
    "Not yet available: linking (executables) and -S without -emit-llvm (MSWasm text);\n"
    "both need the MSWasm code generator.\n";

int fail(const std::string& msg) {
  std::fprintf(stderr, "mswasm-cc: error: %s\n", msg.c_str());
  return 1;
}

// Adapts one cc1 job to MSWasm; returns an error message, or "" when it can run.
std::string adaptInvocation(clang::CompilerInvocation& inv) {
  auto& fe = inv.getFrontendOpts();
  switch (fe.ProgramAction) {
    case clang::frontend::EmitObj:
      fe.ProgramAction = clang::frontend::EmitBC;  // objects are LLVM bitcode
      break;
    case clang::frontend::EmitAssembly:
      return "-S without -emit-llvm writes MSWasm text, which needs the MSWasm code generator "
             "(not implemented yet); use -S -emit-llvm for LLVM IR";
    default:
      break;
  }
  // Lifetime markers at every optimisation level, so use-after-scope is caught at -O0 too.
  // Clang emits them at -O0 only for ASan's use-after-scope option, which adds no ASan pass
  // by itself (that needs -fsanitize=address in the language options).
  inv.getCodeGenOpts().SanitizeAddressUseAfterScope = true;
  // The IR must always pass the verifier: a wrong target definition shows up there first.
  inv.getCodeGenOpts().VerifyModule = true;
  return "";
}

}  // namespace

int main(int argc, const char** argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  if (argc < 2) return fail("no input files (see mswasm-cc --help)");
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-help")) {
      std::fputs(kHelp, stdout);
      return 0;
    }
    if (!std::strcmp(argv[i], "--version")) {
      std::printf("mswasm-cc 0.1.0 (Clang " CLANG_VERSION_STRING_FOR_MSWASM
                  ", target MSWasm on %s)\n", mswasm::kTriple);
      return 0;
    }
    if (!std::strncmp(argv[i], "--target", 8) || !std::strcmp(argv[i], "-target"))
      return fail(std::string("'") + argv[i] + "' is not supported: mswasm-cc only targets MSWasm");
  }

  auto diagOpts = llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>();
  auto* printer = new clang::TextDiagnosticPrinter(llvm::errs(), &*diagOpts);
  clang::DiagnosticsEngine diags(llvm::makeIntrusiveRefCnt<clang::DiagnosticIDs>(), &*diagOpts,
                                 printer);

  clang::driver::Driver driver(argv[0], mswasm::kTriple, diags, "mswasm-cc");
  driver.ResourceDir = MSWASM_CLANG_RESOURCE_DIR;
  // Clang's four pointer/integer size warnings fire on every uintptr_t cast once pointers are
  // wider than uintptr_t; they are off by default (users can turn them back on) so -Werror
  // builds keep working. MSWasm's own provenance warning replaces them.
  std::vector<const char*> args = {argv[0], "--target=wasm32-unknown-unknown",
                                   "-Wno-pointer-to-int-cast", "-Wno-int-to-pointer-cast",
                                   "-Wno-void-pointer-to-int-cast", "-Wno-int-to-void-pointer-cast"};
  // Our libc's headers: <sysroot>/include (Clang's WebAssembly toolchain adds it after its own
  // builtin headers). MSWASM_SYSROOT overrides the sysroot of the source tree.
  std::string sysrootArg;
  bool userSysroot = false;
  for (int i = 1; i < argc; ++i)
    if (!std::strncmp(argv[i], "--sysroot", 9)) userSysroot = true;
  if (!userSysroot) {
    const char* env = std::getenv("MSWASM_SYSROOT");
    sysrootArg = std::string("--sysroot=") + (env && *env ? env : MSWASM_DEFAULT_SYSROOT);
    args.push_back(sysrootArg.c_str());
  }
  args.insert(args.end(), argv + 1, argv + argc);
  std::unique_ptr<clang::driver::Compilation> compilation(driver.BuildCompilation(args));
  if (!compilation || compilation->containsError() || diags.hasErrorOccurred()) return 1;

  for (const clang::driver::Command& job : compilation->getJobs()) {
    if (job.getCreator().isLinkJob())
      return fail("linking is not implemented yet (it needs the MSWasm code generator); "
                  "use -c, -E or -S -emit-llvm");
    const auto& jobArgs = job.getArguments();
    if (jobArgs.empty() || std::strcmp(jobArgs[0], "-cc1") != 0)
      return fail(std::string("unsupported job '") + job.getCreator().getName() + "'");
    auto invocation = std::make_shared<clang::CompilerInvocation>();
    if (!clang::CompilerInvocation::CreateFromArgs(*invocation, llvm::ArrayRef(jobArgs).drop_front(),
                                                   diags, argv[0]))
      return 1;
    if (std::string err = adaptInvocation(*invocation); !err.empty()) return fail(err);
    if (!mswasm::runFrontend(invocation, argv[0])) return 1;
  }
  return 0;
}
