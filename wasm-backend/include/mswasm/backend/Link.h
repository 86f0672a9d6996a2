// Whole-program linking: all bitcode objects and archives, optimisation, legalisation, code
// generation, and writing the .mswasm module (binary or text).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace mswasm {

struct LinkOptions {
  std::vector<std::string> inputs;   // bitcode objects and archives, in command-line order
  std::string output;                // the module to write
  unsigned optLevel = 0;             // 0..3: the LTO pipeline level
  bool sizeLevel = false;            // -Os/-Oz
  bool textOutput = false;           // write the text format instead of binary
  std::vector<std::string> exports;  // exported functions besides _start (--export=NAME)
  bool noEntry = false;              // plugin mode: no _start required (--no-entry)
  // Library mode (-shared): no entry point; every external function of default visibility
  // defined by the program's own objects and archives (all archive members are linked) is
  // exported (a library built with -fvisibility=hidden exports just its marked API), and libc's malloc,
  // free and fflush, so a host can pass buffers and flush output; the module's start function runs the constructors.
  bool library = false;
  bool allowUndefined = false;       // undefined functions become imports from "env"
  std::string libc;                  // the input that is libc (not the program's own code)
  bool keepAccesses = false;         // -fmswasm-keep-accesses on the program's code (BugHunting.h)
  bool fieldBounds = false;          // -fmswasm-field-bounds on the program's code
  // A runnable program: when not empty, the binary module is written after the interpreter line
  // "#!<interpreter> run\n" (docs/spec.md, "Binary format") with the execute bits a linker
  // gives (mode 0777 less the umask), so `./prog args` runs `<interpreter> run ./prog args`.
  // Empty: no line and mode 0666 less the umask (libraries, plugins, text, --no-interpreter-line).
  std::string interpreter;
};

// Links and generates; diagnostics ("mswasm-cc: error: ...", warnings) go to stderr.
// Returns true on success.
bool linkProgram(const LinkOptions& opts);

// Optimises and generates MSWasm for one unoptimised module (the -S path): undefined functions
// become imports from module "env". Writes text to `output`. Returns true on success.
bool generateUnit(std::unique_ptr<llvm::Module> m, unsigned optLevel, bool size, const std::string& output);

}  // namespace mswasm
