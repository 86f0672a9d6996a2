// The MSWasm code generator: LLVM IR (after the whole-program link) to an MSWasm module.
//   legalizeModule  rewrites what the emitter does not take (variadic calls, irreducible
//                   control flow, constructor lists, pointer-width integer casts...);
//   generateModule  emits every function and global; it rejects anything left that it cannot
//                   translate with an error naming the construct, the function and the source line.
#pragma once

#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace mswasm {
struct Module;

struct CodeGenOptions {
  // Functions to export besides `_start` and those marked export_name (plugin mode).
  std::vector<std::string> exports;
  // When set and defined: the module's start function (library mode: "__mswasm_call_ctors").
  std::string startFunction;
};

// Returns false (with messages in `errors`) when the module cannot be legalised.
bool legalizeModule(llvm::Module& m, std::vector<std::string>& errors);

// Returns false (with messages in `errors`) when something cannot be translated.
bool generateModule(llvm::Module& m, const CodeGenOptions& opts, Module& out,
                    std::vector<std::string>& errors);

}  // namespace mswasm
