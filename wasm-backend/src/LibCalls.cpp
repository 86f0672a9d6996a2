// See LibCalls.h.
#include "LibCalls.h"

#include "IntIntrinsics.h"

#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

namespace mswasm::backend {

const char* libcallBase(llvm::Intrinsic::ID id) {
  using namespace llvm;
  switch (id) {
    case Intrinsic::fma: return "fma";
    case Intrinsic::round: return "round";
    case Intrinsic::pow: return "pow";
    case Intrinsic::exp: return "exp";
    case Intrinsic::exp2: return "exp2";
    case Intrinsic::exp10: return "exp10";
    case Intrinsic::log: return "log";
    case Intrinsic::log2: return "log2";
    case Intrinsic::log10: return "log10";
    case Intrinsic::sin: return "sin";
    case Intrinsic::cos: return "cos";
    case Intrinsic::tan: return "tan";
    case Intrinsic::asin: return "asin";
    case Intrinsic::acos: return "acos";
    case Intrinsic::atan: return "atan";
    case Intrinsic::sinh: return "sinh";
    case Intrinsic::cosh: return "cosh";
    case Intrinsic::tanh: return "tanh";
    case Intrinsic::ldexp: return "ldexp";
    case Intrinsic::powi: return "__powi";
    case Intrinsic::lround: return "lround";
    case Intrinsic::llround: return "llround";
    case Intrinsic::lrint: return "lrint";
    case Intrinsic::llrint: return "llrint";
    default: return nullptr;
  }
}

std::string libcallName(const char* base, llvm::Type* t) {
  return std::string(base) + (t->isFloatTy() ? "f" : "");
}

std::set<std::string> libcallsNeeded(const llvm::Module& m) {
  std::set<std::string> out;
  for (const llvm::Function& f : m) {
    for (const llvm::Instruction& i : llvm::instructions(f)) {
      if (i.getOpcode() == llvm::Instruction::FRem) out.insert(i.getType()->isFloatTy() ? "fmodf" : "fmod");
      // Division of integers wider than 64 bits (WideInts.cpp).
      if (i.getType()->isIntegerTy() && i.getType()->getIntegerBitWidth() > 64) {
        unsigned op = i.getOpcode();
        if (op == llvm::Instruction::UDiv || op == llvm::Instruction::URem) out.insert("__mswasm_udivmod128");
        if (op == llvm::Instruction::SDiv || op == llvm::Instruction::SRem) out.insert("__mswasm_divmod128");
      }
      if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(&i)) {
        if (const char* base = libcallBase(ii->getIntrinsicID()))
          out.insert(libcallName(base, ii->arg_size() ? ii->getArgOperand(0)->getType() : ii->getType()));
        // Overflow checks and funnel shifts on i65..i128 may divide (IntIntrinsics.cpp).
        if (bool sign = false; needsDivisionHelper(*ii, sign))
          out.insert(sign ? "__mswasm_divmod128" : "__mswasm_udivmod128");
      }
    }
  }
  return out;
}

}  // namespace mswasm::backend
