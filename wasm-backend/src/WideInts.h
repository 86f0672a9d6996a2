// Expansion of integers wider than 64 bits into i64 halves (WideInts.cpp).
#pragma once

#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace mswasm::backend {
// False (with one message per function naming the operation) when something cannot be expanded.
bool expandWideIntegers(llvm::Module& m, std::vector<std::string>& errors);
}
