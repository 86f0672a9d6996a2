// `mswasm-cc`: the cc-compatible compiler driver for MSWasm.
// Clang's own driver (as a library) parses the command line exactly as `clang
// --target=wasm32-unknown-unknown` would and plans the jobs; each compile job's cc1 arguments are
// then run in-process by the MSWasm frontend (clang-plugin/) with our TargetInfo. Objects are LLVM
// bitcode (pre-link optimised, as for full LTO). The link job (wasm-ld's arguments) is run by the
// whole-program linker and code generator (wasm-backend/): all bitcode plus libc's bitcode
// archive, the LTO pipeline at the -O level, MSWasm out. A linked program is written as a
// runnable file: "#!<the mswasm tool beside this driver> run" then the module, mode 0777 less the
// umask. -S writes the MSWasm text of one unit.
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Driver/Compilation.h"
#include "clang/Driver/Driver.h"
#include "clang/Driver/Job.h"
#include "clang/Driver/Options.h"
#include "clang/Driver/Tool.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendOptions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "mswasm/backend/BugHunting.h"
#include "mswasm/backend/Link.h"
#include "llvm/Passes/PassBuilder.h"
#include "mswasm/frontend/Frontend.h"
#include "mswasm/backend/Optimize.h"
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
    "  -S                 write the MSWasm text of each unit (undefined functions become\n"
    "                     imports from \"env\")\n"
    "  -o FILE.wat        when linking: write the program as MSWasm text\n"
    "  -Wl,--export=NAME  export a function (plugin mode), -Wl,--no-entry: no _start needed\n"
    "  -shared            a library module: every non-static function of the program's own\n"
    "                     objects and archives exported, and malloc/free; no main needed;\n"
    "                     constructors run when a host instantiates it\n"
    "  -Wl,--allow-undefined  undefined functions become imports from \"env\" (host functions)\n"
    "Bug hunting (given when linking, where whole-program optimisation runs; they apply to the\n"
    "program's own objects and archives, not to libc):\n"
    "  -fmswasm-keep-accesses  every memory access in the source reaches the engine, even at\n"
    "                     -O1/-O2 (the optimiser may not delete or fold a bad access)\n"
    "  -fmswasm-field-bounds   a pointer to a struct field is bounded by the field: overflowing\n"
    "                     one field into the next traps (breaks container_of-style code)\n"
    "  -Wl,--no-interpreter-line  write a program as a bare module (no \"#!\" line, not\n"
    "                     executable); run it with `mswasm run prog`\n"
    "Linking takes objects and archives (llvm-ar) of mswasm-cc bitcode and libc; the result\n"
    "is one MSWasm module. A program (not -shared, -Wl,--no-entry or .wat) is written as an\n"
    "executable file that starts with the line \"#!<dir>/mswasm run\" (<dir>: where mswasm-cc\n"
    "is), so ./prog args runs it as mswasm run ./prog args would.\n";

int fail(const std::string& msg) {
  std::fprintf(stderr, "mswasm-cc: error: %s\n", msg.c_str());
  return 1;
}

// Adapts one cc1 job to MSWasm. Clang runs no LLVM passes: objects are unoptimised bitcode and
// all optimisation happens in our own pipeline (wasm-backend/src/Optimize.cpp) at link time or
// for -S, because LLVM's library-call simplifier would create invalid calls for MSWasm.
void adaptInvocation(clang::CompilerInvocation& inv) {
  auto& fe = inv.getFrontendOpts();
  if (fe.ProgramAction == clang::frontend::EmitObj) fe.ProgramAction = clang::frontend::EmitBC;
  inv.getCodeGenOpts().DisableLLVMPasses = true;
  // Lifetime markers at every optimisation level, so use-after-scope is caught at -O0 too.
  // Clang emits them at -O0 only for ASan's use-after-scope option, which adds no ASan pass
  // by itself (that needs -fsanitize=address in the language options).
  inv.getCodeGenOpts().SanitizeAddressUseAfterScope = true;
  // The IR must always pass the verifier: a wrong target definition shows up there first.
  inv.getCodeGenOpts().VerifyModule = true;
}

// The optimisation level of the whole command line (-O0 when none).
void optLevel(const llvm::opt::ArgList& args, mswasm::LinkOptions& lo) {
  const llvm::opt::Arg* a = args.getLastArg(clang::driver::options::OPT_O_Group);
  if (!a) return;
  if (a->getOption().matches(clang::driver::options::OPT_O0)) return;
  if (a->getOption().matches(clang::driver::options::OPT_O4) ||
      a->getOption().matches(clang::driver::options::OPT_Ofast)) {
    lo.optLevel = 3;
    return;
  }
  llvm::StringRef v = a->getValue();
  if (v == "s" || v == "z") {
    lo.optLevel = 2;
    lo.sizeLevel = true;
  } else if (v.empty()) {
    lo.optLevel = 2;
  } else {
    lo.optLevel = unsigned(std::min(3, std::max(0, std::atoi(v.str().c_str()))));
  }
}

bool fileExists(const std::string& p) { return llvm::sys::fs::exists(p); }

// Options of ours that reach the link job as linker options (-Wl,...).
struct DriverLinkOptions {
  bool interpreterLine = true;  // -Wl,--no-interpreter-line turns it off
};

// Linux reads at most this many bytes of a "#!" line (BINPRM_BUF_SIZE); a longer line, or an
// interpreter path with blanks in it, would not run.
constexpr size_t kMaxKernelInterpreterLine = 256;

// The interpreter a program's "#!" line names: the `mswasm` tool beside this driver (both live
// in the build tree's tools/ directory, or together in an installed bin/ directory). Returns
// false after an error when it cannot make a line Linux would run.
bool findInterpreter(const char* argv0, std::string& out) {
  static int anchor;
  std::string self = llvm::sys::fs::getMainExecutable(argv0, &anchor);
  llvm::SmallString<256> tool(llvm::sys::path::parent_path(self));
  llvm::sys::path::append(tool, "mswasm");
  if (self.empty() || !llvm::sys::fs::can_execute(tool)) {
    fail("cannot find the mswasm tool beside mswasm-cc (looked for '" + std::string(tool) +
         "'): a linked program's \"#!\" line names it; build or install it there, or link with "
         "-Wl,--no-interpreter-line");
    return false;
  }
  out = std::string(tool);
  if (out.find_first_of(" \t\n") != std::string::npos) {
    fail("the path of the mswasm tool ('" + out + "') contains a blank, which a \"#!\" line cannot "
         "hold: move the toolchain, or link with -Wl,--no-interpreter-line");
    return false;
  }
  size_t lineBytes = 2 + out.size() + 5;  // "#!" PATH " run\n"
  if (lineBytes > kMaxKernelInterpreterLine) {
    fail("the \"#!\" line naming '" + out + "' would be " + std::to_string(lineBytes) +
         " bytes, over the " + std::to_string(kMaxKernelInterpreterLine) +
         " Linux reads: move the toolchain to a shorter path, or link with -Wl,--no-interpreter-line");
    return false;
  }
  return true;
}

// Turns the wasm-ld job Clang's driver planned into our link: inputs in order, -L/-l searched,
// libc for -lc/-lm/-lpthread..., --export/--no-entry honoured, other linker flags warned about.
bool planLink(const clang::driver::Command& job, mswasm::LinkOptions& lo, DriverLinkOptions& dl) {
  const auto& a = job.getArguments();
  std::vector<std::string> libDirs;
  bool libcAdded = false;
  for (size_t i = 0; i < a.size(); ++i) {
    llvm::StringRef arg = a[i];
    if (arg == "-o" && i + 1 < a.size()) { lo.output = a[++i]; continue; }
    if (arg == "-m" && i + 1 < a.size()) { ++i; continue; }
    // -shared: Clang plans a WASI reactor (entry _initialize in crt1-reactor.o); a library
    // module's start function runs its constructors instead.
    if (arg == "--entry" && i + 1 < a.size() && a[i + 1] == llvm::StringRef("_initialize")) { ++i; continue; }
    if (arg.starts_with("-L")) { libDirs.push_back(arg.drop_front(2).str()); continue; }
    if (arg.starts_with("-l")) {
      llvm::StringRef lib = arg.drop_front(2);
      if (lib == "c" || lib == "m" || lib == "pthread" || lib == "dl" || lib == "rt") {
        if (libcAdded) continue;
        libcAdded = true;
        const char* env = std::getenv("MSWASM_LIBC");
        std::string libc = env && *env ? env : MSWASM_DEFAULT_LIBC;
        if (!fileExists(libc)) {
          fail("libc not found at '" + libc + "' (build the mswasm_libc target, or set MSWASM_LIBC)");
          return false;
        }
        lo.inputs.push_back(libc);
        lo.libc = libc;
        continue;
      }
      bool found = false;
      for (const std::string& dir : libDirs) {
        std::string candidate = dir + "/lib" + lib.str() + ".a";
        if (fileExists(candidate)) {
          lo.inputs.push_back(candidate);
          found = true;
          break;
        }
      }
      if (!found) {
        fail("cannot find -l" + lib.str() + " (searched the -L directories for lib" + lib.str() + ".a)");
        return false;
      }
      continue;
    }
    if (arg.starts_with("--export=")) { lo.exports.push_back(arg.drop_front(9).str()); continue; }
    if (arg == "--no-entry") { lo.noEntry = true; continue; }
    if (arg == "-shared" || arg == "--shared") { lo.library = lo.noEntry = true; continue; }
    if (arg == "--allow-undefined") { lo.allowUndefined = true; continue; }
    if (arg == "--no-interpreter-line") { dl.interpreterLine = false; continue; }
    // Linker options with a separate value (-Wl,-soname,NAME and the like): dynamic linking and
    // linker scripts mean nothing for a whole-program module; the value is no input file.
    if ((arg == "-soname" || arg == "-h" || arg == "-rpath" || arg == "-rpath-link" || arg == "-z" ||
         arg == "--version-script" || arg == "-Map" || arg == "--dynamic-linker" || arg == "-T") &&
        i + 1 < a.size()) {
      std::fprintf(stderr, "mswasm-cc: warning: ignoring linker option '%s %s'\n", arg.str().c_str(), a[i + 1]);
      ++i;
      continue;
    }
    // Options Clang's WebAssembly toolchain adds for wasm-ld that mean nothing here.
    if (arg.starts_with("--keep-section=") || arg == "--strip-debug" || arg == "--gc-sections") continue;
    if (arg.starts_with("-")) {
      std::fprintf(stderr, "mswasm-cc: warning: ignoring linker option '%s'\n", arg.str().c_str());
      continue;
    }
    // Clang's WebAssembly toolchain adds a crt1.o and compiler-rt's builtins; ours are in libc.
    if (arg == "crt1.o" || arg == "crt1-reactor.o" || arg.ends_with("libclang_rt.builtins.a")) continue;
    lo.inputs.push_back(arg.str());
  }
  if (lo.output.empty()) lo.output = "a.out";
  lo.textOutput = llvm::StringRef(lo.output).ends_with(".wat");
  return true;
}

}  // namespace

int main(int argc, const char** argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  llvm::CrashRecoveryContext::Enable();
  // An LLVM internal error is a clean failure with a message, not a crash dump.
  llvm::install_fatal_error_handler([](void*, const char* reason, bool) {
    std::fprintf(stderr, "mswasm-cc: internal error: %s (please report this with the input)\n", reason);
    std::_Exit(70);
  });
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
                                   "-Wno-void-pointer-to-int-cast", "-Wno-int-to-void-pointer-cast",
                                   // every _Atomic(T *) is 16 bytes, over the 8 bytes of
                                   // lock-free atomics: Clang would warn on each use
                                   "-Wno-atomic-alignment"};
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
  // Source lines for engine reports: line tables unless the user chose a -g level.
  bool userDebug = false;
  for (int i = 1; i < argc; ++i)
    if (argv[i][0] == '-' && argv[i][1] == 'g') userDebug = true;
  if (!userDebug) args.push_back("-gline-tables-only");
  // C's math functions set errno (as on Linux); Clang's WebAssembly default is -fno-math-errno.
  args.push_back("-fmath-errno");
  // Our own options are taken out before Clang's driver sees the command line (last one wins).
  bool keepAccessesOpt = false, fieldBoundsOpt = false;
  for (int i = 1; i < argc; ++i) {
    llvm::StringRef a = argv[i];
    if (a == "-fmswasm-keep-accesses") keepAccessesOpt = true;
    else if (a == "-fno-mswasm-keep-accesses") keepAccessesOpt = false;
    else if (a == "-fmswasm-field-bounds") fieldBoundsOpt = true;
    else if (a == "-fno-mswasm-field-bounds") fieldBoundsOpt = false;
    // -rdynamic (export every symbol to the dynamic symbol table, which CMake's Linux platform
    // and many Makefiles add): a module is linked whole, so there is nothing to do.
    else if (a == "-rdynamic") continue;
    else if (a.starts_with("-fmswasm-") || a.starts_with("-fno-mswasm-"))
      return fail("unknown option '" + a.str() + "' (mswasm-cc --help lists -fmswasm-keep-accesses and "
                  "-fmswasm-field-bounds)");
    else args.push_back(argv[i]);
  }
  std::unique_ptr<clang::driver::Compilation> compilation(driver.BuildCompilation(args));
  if (!compilation || compilation->containsError() || diags.hasErrorOccurred()) return 1;

  if (compilation->getArgs().hasArg(clang::driver::options::OPT__HASH_HASH_HASH)) {
    compilation->getJobs().Print(llvm::errs(), "\n", /*Quote=*/true);
    return 0;
  }
  mswasm::LinkOptions lo0;  // the command line's -O level, for -S
  optLevel(compilation->getArgs(), lo0);
  for (const clang::driver::Command& job : compilation->getJobs()) {
    // Clang's WebAssembly toolchain runs binaryen's wasm-opt after linking when it is installed;
    // it does not understand MSWasm and our code generator has optimised already.
    if (llvm::sys::path::filename(job.getExecutable()).starts_with("wasm-opt")) continue;
    if (job.getCreator().isLinkJob()) {
      mswasm::LinkOptions lo;
      optLevel(compilation->getArgs(), lo);
      DriverLinkOptions dl;
      if (!planLink(job, lo, dl)) return 1;
      // A program (an entry point, binary output) runs by itself; libraries and plugins are
      // loaded by a host, and text is for reading.
      if (dl.interpreterLine && !lo.library && !lo.noEntry && !lo.textOutput &&
          !findInterpreter(argv[0], lo.interpreter))
        return 1;
      lo.keepAccesses = keepAccessesOpt;
      lo.fieldBounds = fieldBoundsOpt;
      // A crash inside LLVM's optimiser or our code generator is an internal error with a clear
      // message and exit status, never a signal and a stack dump.
      bool linked = false;
      llvm::CrashRecoveryContext crc;
      if (!crc.RunSafely([&] { linked = mswasm::linkProgram(lo); })) {
        std::fprintf(stderr, "mswasm-cc: internal error: the compiler crashed while optimising or "
                             "generating code for '%s' (please report this with the input)\n",
                     lo.output.c_str());
        return 70;
      }
      if (!linked) return 1;
      continue;
    }
    const auto& jobArgs = job.getArguments();
    if (jobArgs.empty() || std::strcmp(jobArgs[0], "-cc1") != 0)
      return fail(std::string("unsupported job '") + job.getCreator().getName() + "'");
    auto invocation = std::make_shared<clang::CompilerInvocation>();
    if (!clang::CompilerInvocation::CreateFromArgs(*invocation, llvm::ArrayRef(jobArgs).drop_front(),
                                                   diags, argv[0]))
      return 1;
    // C only: a C++ (or Objective-C) unit is refused, never compiled as far as it happens to go.
    const clang::LangOptions& lang = invocation->getLangOpts();
    if (lang.CPlusPlus || lang.ObjC) {
      const auto& inputs = invocation->getFrontendOpts().Inputs;
      std::string file = inputs.empty() || !inputs[0].isFile() ? "" : " ('" + inputs[0].getFile().str() + "')";
      return fail(std::string(lang.CPlusPlus ? "C++" : "Objective-C") + " is not supported by mswasm-cc" + file +
                  ": MSWasm's toolchain compiles C only");
    }
    adaptInvocation(*invocation);
    // Clang's WebAssembly toolchain makes hidden visibility the default; here, as for a native
    // shared library, a function is public unless the code (or -fvisibility=hidden) says
    // otherwise: library modules (-shared) export exactly the functions of default visibility.
    if (!compilation->getArgs().hasArg(clang::driver::options::OPT_fvisibility_EQ)) {
      invocation->getLangOpts().setValueVisibilityMode(clang::DefaultVisibility);
      invocation->getLangOpts().setTypeVisibilityMode(clang::DefaultVisibility);
    }
    auto action = invocation->getFrontendOpts().ProgramAction;
    if (action == clang::frontend::EmitAssembly || action == clang::frontend::EmitLLVM) {
      // -S: MSWasm text of this unit; -S -emit-llvm: its optimised LLVM IR.
      std::string output = invocation->getFrontendOpts().OutputFile;
      if (output.empty()) output = "-";
      llvm::LLVMContext ctx;
      std::unique_ptr<llvm::Module> m = mswasm::compileToModule(invocation, ctx);
      if (!m) return 1;
      mswasm::markForBugHunting(*m, keepAccessesOpt, fieldBoundsOpt);
      if (action == clang::frontend::EmitAssembly) {
        if (!mswasm::generateUnit(std::move(m), lo0.optLevel, lo0.sizeLevel, output)) return 1;
      } else {
        mswasm::optimizeModule(*m, lo0.optLevel, lo0.sizeLevel);
        std::error_code ec;
        llvm::raw_fd_ostream os(output, ec, llvm::sys::fs::OF_Text);
        if (ec) return fail("cannot write '" + output + "': " + ec.message());
        m->print(os, nullptr);
      }
      continue;
    }
    if (!mswasm::runFrontend(invocation, argv[0])) return 1;
  }
  return 0;
}
