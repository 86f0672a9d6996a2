// An LLVM pass giving int-to-pointer casts the handle of the one pointer their integer is
// computed from (see RebuildProvenance.cpp). optimizeModule runs it before any other pass.
#pragma once

#include "llvm/IR/PassManager.h"

namespace mswasm {

struct RebuildProvenancePass : llvm::PassInfoMixin<RebuildProvenancePass> {
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam);
  static bool isRequired() { return true; }  // runs at -O0 and on optnone functions too
};

}  // namespace mswasm
