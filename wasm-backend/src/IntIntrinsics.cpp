// Legalisation of LLVM's integer intrinsics at every width. The emitter (Calls.cpp) implements
// bit counting, bswap, funnel shifts, abs/min/max, saturating add/sub and the overflow checks on
// i32 and i64 only; C code reaches them at other widths too (a 16-bit rotate is llvm.fshl.i16,
// __builtin_add_overflow on char is llvm.sadd.with.overflow.i8, _BitInt(24) and __int128 give
// i24 and i128), and a few (llvm.bitreverse, llvm.[su]shl.sat, llvm.[su]cmp) at any width.
// Before wide integers are split, every such call is rewritten, by kind:
//  - bit counting and reversal (ctpop, ctlz, cttz, bswap, bitreverse): an integer narrower than
//    its container is zero-extended to i32/i64, the container-width intrinsic is used, and the
//    result adjusted (shifted down, leading zeros discounted, a guard bit for cttz); i65..i128 is
//    split into two i64 halves whose results are combined;
//  - the others (funnel shifts and rotates, abs, min/max, saturating arithmetic, overflow checks,
//    three-way comparisons) become plain IR of the same width (shifts, compares, selects), which
//    the emitter takes at any width up to 64 bits and WideInts.cpp splits up to 128 bits;
//    multiplication with an overflow check uses a product of twice the width when that is at
//    most 128 bits, and a division check otherwise.
// Intrinsics on vectors or on integers wider than 128 bits are left alone, and the emitter
// reports them by name.
#include "IntIntrinsics.h"

#include <vector>

#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MathExtras.h"

namespace mswasm::backend {
namespace {

using llvm::Intrinsic::ID;
namespace In = llvm::Intrinsic;

bool isNative(unsigned w) { return w == 32 || w == 64; }

// The width the intrinsic works at (its operands' for the overflow checks and comparisons), or
// 0 when it is not one of the integer intrinsics handled here.
unsigned operationWidth(llvm::IntrinsicInst& ii) {
  switch (ii.getIntrinsicID()) {
    case In::ctpop: case In::ctlz: case In::cttz: case In::bswap: case In::bitreverse:
    case In::fshl: case In::fshr: case In::abs:
    case In::smin: case In::smax: case In::umin: case In::umax:
    case In::sadd_sat: case In::uadd_sat: case In::ssub_sat: case In::usub_sat:
    case In::sshl_sat: case In::ushl_sat:
    case In::sadd_with_overflow: case In::uadd_with_overflow:
    case In::ssub_with_overflow: case In::usub_with_overflow:
    case In::smul_with_overflow: case In::umul_with_overflow:
    case In::scmp: case In::ucmp: {
      llvm::Type* t = ii.getArgOperand(0)->getType();
      return t->isIntegerTy() ? t->getIntegerBitWidth() : 0;
    }
    default:
      return 0;
  }
}

// Whether the emitter implements the call as it is.
bool emitterTakes(ID id, unsigned w) {
  switch (id) {
    case In::bitreverse: case In::sshl_sat: case In::ushl_sat: case In::scmp: case In::ucmp:
      return false;
    default:
      return isNative(w);
  }
}

class Legalizer {
 public:
  Legalizer(llvm::IntrinsicInst& ii, unsigned w) : ii_(ii), b_(&ii), w_(w), t_(b_.getIntNTy(w)) {}

  // Rewrites the call; false when it is left for the emitter.
  bool run() {
    ID id = ii_.getIntrinsicID();
    switch (id) {
      case In::ctpop: case In::ctlz: case In::cttz: case In::bswap: case In::bitreverse:
        return replace(w_ <= 64 ? promoteBits(id) : splitBits(id));
      case In::fshl: case In::fshr: return replace(funnel(id == In::fshl));
      case In::abs: {
        llvm::Value* x = arg(0);
        return replace(b_.CreateSelect(b_.CreateICmpSLT(x, k(0)), b_.CreateNeg(x), x));
      }
      case In::smin: case In::smax: case In::umin: case In::umax: {
        llvm::CmpInst::Predicate p = id == In::smin ? llvm::CmpInst::ICMP_SLT
                                   : id == In::smax ? llvm::CmpInst::ICMP_SGT
                                   : id == In::umin ? llvm::CmpInst::ICMP_ULT : llvm::CmpInst::ICMP_UGT;
        return replace(b_.CreateSelect(b_.CreateICmp(p, arg(0), arg(1)), arg(0), arg(1)));
      }
      case In::sadd_sat: case In::ssub_sat: case In::uadd_sat: case In::usub_sat:
      case In::sshl_sat: case In::ushl_sat:
        return replace(saturating(id));
      case In::scmp: case In::ucmp: {
        bool s = id == In::scmp;
        llvm::Type* rt = ii_.getType();
        llvm::Value* gt = b_.CreateICmp(s ? llvm::CmpInst::ICMP_SGT : llvm::CmpInst::ICMP_UGT, arg(0), arg(1));
        llvm::Value* lt = b_.CreateICmp(s ? llvm::CmpInst::ICMP_SLT : llvm::CmpInst::ICMP_ULT, arg(0), arg(1));
        return replace(b_.CreateSub(b_.CreateZExt(gt, rt), b_.CreateZExt(lt, rt)));
      }
      default:
        return overflowCheck(id);
    }
  }

 private:
  llvm::Value* arg(unsigned n) { return ii_.getArgOperand(n); }
  llvm::Constant* k(const llvm::APInt& v) { return llvm::ConstantInt::get(t_, v); }
  llvm::Constant* k(uint64_t v) { return llvm::ConstantInt::get(t_, v); }
  llvm::APInt maxU() const { return llvm::APInt::getMaxValue(w_); }
  llvm::APInt maxS() const { return llvm::APInt::getSignedMaxValue(w_); }
  llvm::APInt minS() const { return llvm::APInt::getSignedMinValue(w_); }

  bool replace(llvm::Value* v) {
    if (!v) return false;
    v->takeName(&ii_);
    ii_.replaceAllUsesWith(v);
    ii_.eraseFromParent();
    return true;
  }

  llvm::Value* unary(ID id, llvm::Value* x) {
    if (id == In::ctlz || id == In::cttz) return b_.CreateBinaryIntrinsic(id, x, b_.getFalse());
    return b_.CreateUnaryIntrinsic(id, x);
  }

  // Bit operations on i1..i64: on the zero-extended value in the i32/i64 container.
  llvm::Value* promoteBits(ID id) {
    unsigned c = w_ <= 32 ? 32 : 64;
    llvm::Type* ct = b_.getIntNTy(c);
    llvm::Value* x = b_.CreateZExt(arg(0), ct);
    llvm::Value* r;
    switch (id) {
      case In::ctpop: r = unary(id, x); break;
      case In::ctlz: r = b_.CreateSub(unary(id, x), llvm::ConstantInt::get(ct, c - w_)); break;
      case In::cttz:
        // A guard bit just above the value: the count of zero is w.
        if (w_ < c) x = b_.CreateOr(x, llvm::ConstantInt::get(ct, uint64_t(1) << w_));
        r = unary(id, x);
        break;
      case In::bitreverse: r = b_.CreateLShr(reverseBits(x), c - w_); break;
      default: r = b_.CreateLShr(unary(id, x), c - w_); break;  // bswap
    }
    return b_.CreateTrunc(r, t_);
  }

  // llvm.bitreverse on i32/i64: bits swapped in pairs, pairs in nibbles, nibbles in bytes, then
  // the bytes reversed with bswap.
  llvm::Value* reverseBits(llvm::Value* x) {
    llvm::Type* ct = x->getType();
    const uint64_t masks[3] = {0x5555555555555555ULL, 0x3333333333333333ULL, 0x0F0F0F0F0F0F0F0FULL};
    for (unsigned step = 0; step < 3; ++step) {
      llvm::Constant* mask = llvm::ConstantInt::get(ct, masks[step]);
      unsigned sh = 1u << step;
      x = b_.CreateOr(b_.CreateAnd(b_.CreateLShr(x, sh), mask), b_.CreateShl(b_.CreateAnd(x, mask), sh));
    }
    return b_.CreateUnaryIntrinsic(In::bswap, x);
  }

  // Bit operations on i65..i128: on the two i64 halves of the zero-extended value.
  llvm::Value* splitBits(ID id) {
    llvm::Type* i64 = b_.getInt64Ty();
    llvm::Type* i128 = b_.getInt128Ty();
    llvm::Value* x = b_.CreateZExt(arg(0), i128);
    if (id == In::cttz && w_ < 128) x = b_.CreateOr(x, llvm::ConstantInt::get(i128, llvm::APInt::getOneBitSet(128, w_)));
    llvm::Value* lo = b_.CreateTrunc(x, i64);
    llvm::Value* hi = b_.CreateTrunc(b_.CreateLShr(x, 64), i64);
    auto k64 = [&](uint64_t v) { return llvm::ConstantInt::get(i64, v); };
    llvm::Value* r;
    switch (id) {
      case In::ctpop:
        r = b_.CreateAdd(unary(id, lo), unary(id, hi));
        break;
      case In::ctlz: {
        llvm::Value* n = b_.CreateSelect(b_.CreateICmpNE(hi, k64(0)), unary(id, hi), b_.CreateAdd(unary(id, lo), k64(64)));
        r = b_.CreateSub(n, k64(128 - w_));
        break;
      }
      case In::cttz:
        r = b_.CreateSelect(b_.CreateICmpNE(lo, k64(0)), unary(id, lo), b_.CreateAdd(unary(id, hi), k64(64)));
        break;
      default: {  // bswap, bitreverse: each half reversed, the halves swapped
        auto rev = [&](llvm::Value* h) { return id == In::bitreverse ? reverseBits(h) : unary(id, h); };
        llvm::Value* v = b_.CreateOr(b_.CreateShl(b_.CreateZExt(rev(lo), i128), 64), b_.CreateZExt(rev(hi), i128));
        if (w_ < 128) v = b_.CreateLShr(v, 128 - w_);
        return b_.CreateTrunc(v, t_);
      }
    }
    return b_.CreateZExtOrTrunc(r, t_);
  }

  // fshl(a, b, c) = (a << c') | (b >> (w - c')) with c' = c mod w, the second shift done as
  // (b >> 1) >> (w - 1 - c') so that no shift reaches w; fshr mirrors it.
  llvm::Value* funnel(bool left) {
    llvm::Value* a = arg(0);
    llvm::Value* c = arg(1);
    if (w_ == 1) return left ? a : c;  // the amount is always 0 mod 1
    llvm::Value* amt = llvm::isPowerOf2_32(w_) ? b_.CreateAnd(arg(2), k(w_ - 1)) : b_.CreateURem(arg(2), k(w_));
    llvm::Value* inv = b_.CreateSub(k(w_ - 1), amt);
    if (left) return b_.CreateOr(b_.CreateShl(a, amt), b_.CreateLShr(b_.CreateLShr(c, 1), inv));
    return b_.CreateOr(b_.CreateShl(b_.CreateShl(a, 1), inv), b_.CreateLShr(c, amt));
  }

  llvm::Value* saturating(ID id) {
    llvm::Value* a = arg(0);
    llvm::Value* c = arg(1);
    // The bound a signed operation saturates to is on the side of the first operand's sign.
    auto signedBound = [&] { return b_.CreateSelect(b_.CreateICmpSLT(a, k(0)), k(minS()), k(maxS())); };
    switch (id) {
      case In::uadd_sat: {
        llvm::Value* r = b_.CreateAdd(a, c);
        return b_.CreateSelect(b_.CreateICmpULT(r, a), k(maxU()), r);
      }
      case In::usub_sat:
        return b_.CreateSelect(b_.CreateICmpULT(a, c), k(0), b_.CreateSub(a, c));
      case In::sadd_sat: case In::ssub_sat: {
        bool add = id == In::sadd_sat;
        llvm::Value* r = add ? b_.CreateAdd(a, c) : b_.CreateSub(a, c);
        // add: the result's sign differs from both operands'; sub: the operands' signs differ
        // and the result's differs from the first's.
        llvm::Value* both = add ? b_.CreateAnd(b_.CreateXor(a, r), b_.CreateXor(c, r))
                                : b_.CreateAnd(b_.CreateXor(a, c), b_.CreateXor(a, r));
        return b_.CreateSelect(b_.CreateICmpSLT(both, k(0)), signedBound(), r);
      }
      case In::ushl_sat: {
        llvm::Value* r = b_.CreateShl(a, c);
        return b_.CreateSelect(b_.CreateICmpNE(b_.CreateLShr(r, c), a), k(maxU()), r);
      }
      default: {  // sshl_sat
        llvm::Value* r = b_.CreateShl(a, c);
        return b_.CreateSelect(b_.CreateICmpNE(b_.CreateAShr(r, c), a), signedBound(), r);
      }
    }
  }

  // {result, overflow}: the extractvalue users read the two parts directly. A call used some
  // other way (scalarised phis aside) is left to the emitter.
  bool overflowCheck(ID id) {
    for (llvm::User* u : ii_.users()) {
      auto* ev = llvm::dyn_cast<llvm::ExtractValueInst>(u);
      if (!ev || ev->getNumIndices() != 1) return false;
    }
    bool sign = id == In::sadd_with_overflow || id == In::ssub_with_overflow || id == In::smul_with_overflow;
    llvm::Value* a = arg(0);
    llvm::Value* c = arg(1);
    llvm::Value* r;
    llvm::Value* of;
    switch (id) {
      case In::uadd_with_overflow:
        r = b_.CreateAdd(a, c);
        of = b_.CreateICmpULT(r, a);
        break;
      case In::usub_with_overflow:
        r = b_.CreateSub(a, c);
        of = b_.CreateICmpULT(a, c);
        break;
      case In::sadd_with_overflow:
        r = b_.CreateAdd(a, c);
        of = b_.CreateICmpSLT(b_.CreateAnd(b_.CreateXor(a, r), b_.CreateXor(c, r)), k(0));
        break;
      case In::ssub_with_overflow:
        r = b_.CreateSub(a, c);
        of = b_.CreateICmpSLT(b_.CreateAnd(b_.CreateXor(a, c), b_.CreateXor(a, r)), k(0));
        break;
      default:  // smul, umul
        if (2 * w_ <= 128) {
          // The exact product in twice the width (at least i32): overflow iff it does not fit.
          llvm::Type* pt = b_.getIntNTy(std::max(32u, 2 * w_));
          llvm::Value* p = b_.CreateMul(b_.CreateIntCast(a, pt, sign), b_.CreateIntCast(c, pt, sign));
          r = b_.CreateTrunc(p, t_);
          of = b_.CreateICmpNE(p, b_.CreateIntCast(r, pt, sign));
        } else {
          r = b_.CreateMul(a, c);
          of = mulOverflowByDivision(sign, a, c, r);
        }
        break;
    }
    for (llvm::User* u : llvm::make_early_inc_range(ii_.users())) {
      auto* ev = llvm::cast<llvm::ExtractValueInst>(u);
      ev->replaceAllUsesWith(ev->getIndices()[0] == 0 ? r : of);
      ev->eraseFromParent();
    }
    ii_.eraseFromParent();
    return true;
  }

  // The wrapped product r = a * c overflowed iff a != 0 and r / a != c; a == -1 (signed) is
  // divided as 1 and overflows only for c == MIN. The divisor is never 0 or -1.
  llvm::Value* mulOverflowByDivision(bool sign, llvm::Value* a, llvm::Value* c, llvm::Value* r) {
    llvm::Value* zero = b_.CreateICmpEQ(a, k(0));
    if (!sign) {
      llvm::Value* q = b_.CreateUDiv(r, b_.CreateSelect(zero, k(1), a));
      return b_.CreateAnd(b_.CreateNot(zero), b_.CreateICmpNE(q, c));
    }
    llvm::Value* minus1 = b_.CreateICmpEQ(a, k(maxU()));
    llvm::Value* special = b_.CreateOr(zero, minus1);
    llvm::Value* q = b_.CreateSDiv(r, b_.CreateSelect(special, k(1), a));
    llvm::Value* general = b_.CreateAnd(b_.CreateNot(special), b_.CreateICmpNE(q, c));
    return b_.CreateOr(general, b_.CreateAnd(minus1, b_.CreateICmpEQ(c, k(minS()))));
  }

  llvm::IntrinsicInst& ii_;
  llvm::IRBuilder<> b_;
  unsigned w_;
  llvm::Type* t_;
};

}  // namespace

void legalizeIntegerIntrinsics(llvm::Module& m) {
  // Promotion makes new (container-width) calls, some of which need another round.
  for (unsigned round = 0; round < 4; ++round) {
    std::vector<std::pair<llvm::IntrinsicInst*, unsigned>> calls;
    for (llvm::Function& f : m)
      for (llvm::Instruction& i : llvm::instructions(f))
        if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(&i))
          if (unsigned w = operationWidth(*ii); w && w <= 128 && !emitterTakes(ii->getIntrinsicID(), w))
            calls.emplace_back(ii, w);
    bool changed = false;
    for (auto [ii, w] : calls) changed |= Legalizer(*ii, w).run();
    if (!changed) return;
  }
}

bool needsDivisionHelper(const llvm::IntrinsicInst& ii, bool& sign) {
  llvm::Type* t = ii.getArgOperand(0)->getType();
  if (!t->isIntegerTy()) return false;
  unsigned w = t->getIntegerBitWidth();
  if (w <= 64 || w > 128) return false;
  switch (ii.getIntrinsicID()) {
    case In::umul_with_overflow: sign = false; return true;
    case In::smul_with_overflow: sign = true; return true;
    case In::fshl: case In::fshr: sign = false; return !llvm::isPowerOf2_32(w);
    default: return false;
  }
}

}  // namespace mswasm::backend
