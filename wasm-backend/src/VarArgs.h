// Lowering of variadic functions and calls to an explicit argument buffer (VarArgs.cpp).
#pragma once

#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace mswasm::backend {
bool lowerVariadics(llvm::Module& m, std::vector<std::string>& errors);
}
