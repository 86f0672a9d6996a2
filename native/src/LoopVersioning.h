// The loop versioning pass of the native tier's pipeline (LoopVersioning.cpp): proves in an
// innermost loop's preheader that all its inline access checks pass on every iteration, so that
// loop unswitching can make a copy of the loop without them.
#pragma once

#include "llvm/IR/PassManager.h"

namespace mswasm::native {

struct VersionCheckedLoopsPass : llvm::PassInfoMixin<VersionCheckedLoopsPass> {
  llvm::PreservedAnalyses run(llvm::Function& F, llvm::FunctionAnalysisManager& FAM);
};

}  // namespace mswasm::native
