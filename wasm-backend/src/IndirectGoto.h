// Computed goto: blockaddress constants and indirectbr instructions become label numbers and a
// switch per function (IndirectGoto.cpp).
#pragma once

#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace mswasm::backend {
bool lowerComputedGoto(llvm::Module& m, std::vector<std::string>& errors);
}
