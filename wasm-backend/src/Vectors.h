// GNU vector types in scalar code (Vectors.cpp): MSWasm has no vector values.
#pragma once

#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace mswasm::backend {
// Rewrites vector signatures, calls, bitcasts, reductions and operations into element-wise scalar
// code; anything left is an error in `errors`. False when it added errors.
bool scalarizeVectors(llvm::Module& m, std::vector<std::string>& errors);
}
