// An LLVM pass giving int-to-pointer casts the handle of the one pointer their integer is
// computed from (see RebuildProvenance.cpp). optimizeModule runs it right after promoting
// unescaped locals, before the optimisation pipeline.
#pragma once

#include "llvm/IR/PassManager.h"

namespace mswasm {

// Functions of the program's own code (set by the linker, BugHunting.cpp's markProgramCode): a
// cast the pass cannot trace there gets a warning naming its source location.
inline constexpr const char* kProgramCodeAttr = "mswasm-program-code";

struct RebuildProvenancePass : llvm::PassInfoMixin<RebuildProvenancePass> {
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam);
  static bool isRequired() { return true; }  // runs at -O0 and on optnone functions too
};

}  // namespace mswasm
