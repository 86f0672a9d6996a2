// Integers wider than 128 bits, as Clang makes them for a run of bit-fields in a packed struct
// (`#pragma pack(1)`: a field that does not start on a byte boundary cannot begin an access
// unit, so the whole run, 136 or 168 bits, is loaded and stored as one integer).
//
// Each such value of type iN becomes k = ceil(N / 64) i64 limbs, least significant first; the
// bits of the top limb above N are kept zero. What bit-field code does is supported: load and
// store (limbs at byte offsets 0, 8, ..., the last one as an odd-width integer of the remaining
// bytes), constants, and/or/xor, add/sub with carries, shifts by a constant, zext/sext from and trunc to narrower
// integers (an i65..i128 result is left to WideInts.cpp, which runs next), icmp eq/ne, select,
// phi and freeze. A function using such a value any other way is left as it is, and the code
// generator reports the operation with its source line.
#include "HugeInts.h"

#include <map>
#include <vector>

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

namespace mswasm::backend {
namespace {

bool isHuge(llvm::Type* t) { return t->isIntegerTy() && t->getIntegerBitWidth() > 128; }

using Limbs = std::vector<llvm::Value*>;

class Splitter {
 public:
  explicit Splitter(llvm::Function& f) : f_(f), b_(f.getContext()), i64_(b_.getInt64Ty()) {}

  void run() {
    std::vector<llvm::Instruction*> huge;
    for (llvm::BasicBlock* bb : llvm::ReversePostOrderTraversal<llvm::Function*>(&f_))
      for (llvm::Instruction& i : *bb)
        if (touchesHuge(i)) {
          if (!supported(i)) return;  // left for the code generator to report
          huge.push_back(&i);
        }
    if (huge.empty()) return;
    for (llvm::Instruction* i : huge)
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(i)) {
        b_.SetInsertPoint(phi);
        Limbs l;
        for (unsigned n = 0; n < count(phi->getType()); ++n) l.push_back(b_.CreatePHI(i64_, phi->getNumIncomingValues()));
        limbs_[phi] = l;
      }
    for (llvm::Instruction* i : huge) split(*i);
    for (llvm::Instruction* i : huge)
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(i))
        for (unsigned k = 0; k < phi->getNumIncomingValues(); ++k) {
          Limbs in = get(phi->getIncomingValue(k));
          for (unsigned n = 0; n < in.size(); ++n)
            llvm::cast<llvm::PHINode>(limbs_[phi][n])->addIncoming(in[n], phi->getIncomingBlock(k));
        }
    for (llvm::Instruction* i : huge)
      if (!i->getType()->isVoidTy()) i->replaceAllUsesWith(llvm::PoisonValue::get(i->getType()));
    for (llvm::Instruction* i : huge) i->eraseFromParent();
  }

 private:
  static bool touchesHuge(llvm::Instruction& i) {
    if (isHuge(i.getType())) return true;
    for (llvm::Value* op : i.operands())
      if (isHuge(op->getType())) return true;
    return false;
  }

  static bool supported(llvm::Instruction& i) {
    switch (i.getOpcode()) {
      case llvm::Instruction::And: case llvm::Instruction::Or: case llvm::Instruction::Xor:
      case llvm::Instruction::Add: case llvm::Instruction::Sub:
      case llvm::Instruction::ZExt: case llvm::Instruction::SExt: case llvm::Instruction::Trunc:
      case llvm::Instruction::Select: case llvm::Instruction::PHI: case llvm::Instruction::Freeze:
      case llvm::Instruction::Load: case llvm::Instruction::Store:
        return true;
      case llvm::Instruction::Shl: case llvm::Instruction::LShr: case llvm::Instruction::AShr:
        return llvm::isa<llvm::ConstantInt>(i.getOperand(1));
      case llvm::Instruction::ICmp:
        return llvm::cast<llvm::ICmpInst>(i).isEquality();
      default:
        return false;
    }
  }

  static unsigned count(llvm::Type* t) { return (t->getIntegerBitWidth() + 63) / 64; }
  static unsigned topBits(llvm::Type* t) { return t->getIntegerBitWidth() - 64 * (count(t) - 1); }
  llvm::Value* k(uint64_t v) { return llvm::ConstantInt::get(i64_, v); }

  // Keeps the top limb's bits above the value's width zero.
  llvm::Value* maskTop(llvm::Value* top, llvm::Type* t) {
    unsigned b = topBits(t);
    return b == 64 ? top : b_.CreateAnd(top, k((uint64_t(1) << b) - 1));
  }

  Limbs get(llvm::Value* v) {
    if (auto it = limbs_.find(v); it != limbs_.end()) return it->second;
    Limbs l;
    llvm::APInt x(v->getType()->getIntegerBitWidth(), 0);
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(v)) x = c->getValue();  // undef/poison: zero
    for (unsigned n = 0; n < count(v->getType()); ++n)
      l.push_back(k(x.extractBitsAsZExtValue(std::min(64u, x.getBitWidth() - 64 * n), 64 * n)));
    return l;
  }

  // Limbs of a value of at most 128 bits, extended (sign or zero) to `n` limbs.
  Limbs fromNarrow(llvm::Value* x, unsigned n, bool sign) {
    unsigned w = x->getType()->getIntegerBitWidth();
    Limbs l;
    if (w <= 64) {
      l.push_back(sign ? b_.CreateSExt(x, i64_) : b_.CreateZExt(x, i64_));
    } else {
      llvm::Type* i128 = b_.getInt128Ty();
      llvm::Value* xx = sign ? b_.CreateSExt(x, i128) : b_.CreateZExt(x, i128);
      l.push_back(b_.CreateTrunc(xx, i64_));
      l.push_back(b_.CreateTrunc(b_.CreateLShr(xx, 64), i64_));
    }
    llvm::Value* fill = sign ? b_.CreateAShr(l.back(), 63) : k(0);
    while (l.size() < n) l.push_back(fill);
    return l;
  }

  void split(llvm::Instruction& i) {
    b_.SetInsertPoint(&i);
    llvm::Type* t = i.getType();
    switch (i.getOpcode()) {
      case llvm::Instruction::PHI:
        return;  // created up front, filled in at the end
      case llvm::Instruction::Load: {
        auto& ld = llvm::cast<llvm::LoadInst>(i);
        uint64_t bytes = (t->getIntegerBitWidth() + 7) / 8;
        Limbs l;
        for (unsigned n = 0; n < count(t); ++n) {
          uint64_t rest = std::min<uint64_t>(8, bytes - 8 * n);
          llvm::Value* p = b_.CreateConstGEP1_32(b_.getInt8Ty(), ld.getPointerOperand(), 8 * n);
          llvm::Value* v = b_.CreateAlignedLoad(b_.getIntNTy(unsigned(rest * 8)), p,
                                                llvm::commonAlignment(ld.getAlign(), 8 * n), ld.isVolatile());
          l.push_back(rest == 8 ? v : b_.CreateZExt(v, i64_));
        }
        l.back() = maskTop(l.back(), t);
        limbs_[&i] = l;
        return;
      }
      case llvm::Instruction::Store: {
        auto& st = llvm::cast<llvm::StoreInst>(i);
        llvm::Type* vt = st.getValueOperand()->getType();
        Limbs l = get(st.getValueOperand());
        uint64_t bytes = (vt->getIntegerBitWidth() + 7) / 8;
        for (unsigned n = 0; n < l.size(); ++n) {
          uint64_t rest = std::min<uint64_t>(8, bytes - 8 * n);
          llvm::Value* p = b_.CreateConstGEP1_32(b_.getInt8Ty(), st.getPointerOperand(), 8 * n);
          llvm::Value* v = rest == 8 ? l[n] : b_.CreateTrunc(l[n], b_.getIntNTy(unsigned(rest * 8)));
          b_.CreateAlignedStore(v, p, llvm::commonAlignment(st.getAlign(), 8 * n), st.isVolatile());
        }
        return;
      }
      case llvm::Instruction::And: case llvm::Instruction::Or: case llvm::Instruction::Xor: {
        Limbs a = get(i.getOperand(0)), c = get(i.getOperand(1)), r;
        for (unsigned n = 0; n < a.size(); ++n)
          r.push_back(b_.CreateBinOp(llvm::cast<llvm::BinaryOperator>(i).getOpcode(), a[n], c[n]));
        limbs_[&i] = r;
        return;
      }
      case llvm::Instruction::Add: case llvm::Instruction::Sub: {
        // Limb by limb with the carry (borrow) of the one below; the top limb is masked.
        bool add = i.getOpcode() == llvm::Instruction::Add;
        Limbs a = get(i.getOperand(0)), c = get(i.getOperand(1)), r;
        llvm::Value* carry = k(0);
        for (unsigned n = 0; n < a.size(); ++n) {
          llvm::Value* s1 = add ? b_.CreateAdd(a[n], c[n]) : b_.CreateSub(a[n], c[n]);
          llvm::Value* c1 = add ? b_.CreateICmpULT(s1, a[n]) : b_.CreateICmpULT(a[n], c[n]);
          llvm::Value* s2 = add ? b_.CreateAdd(s1, carry) : b_.CreateSub(s1, carry);
          llvm::Value* c2 = add ? b_.CreateICmpULT(s2, s1) : b_.CreateICmpULT(s1, carry);
          carry = b_.CreateZExt(b_.CreateOr(c1, c2), i64_);
          r.push_back(s2);
        }
        r.back() = maskTop(r.back(), t);
        limbs_[&i] = r;
        return;
      }
      case llvm::Instruction::Freeze:
        limbs_[&i] = get(i.getOperand(0));
        return;
      case llvm::Instruction::Select: {
        Limbs a = get(i.getOperand(1)), c = get(i.getOperand(2)), r;
        for (unsigned n = 0; n < a.size(); ++n) r.push_back(b_.CreateSelect(i.getOperand(0), a[n], c[n]));
        limbs_[&i] = r;
        return;
      }
      case llvm::Instruction::ICmp: {
        auto& cmp = llvm::cast<llvm::ICmpInst>(i);
        Limbs a = get(i.getOperand(0)), c = get(i.getOperand(1));
        llvm::Value* diff = k(0);
        for (unsigned n = 0; n < a.size(); ++n) diff = b_.CreateOr(diff, b_.CreateXor(a[n], c[n]));
        llvm::Value* r = cmp.getPredicate() == llvm::CmpInst::ICMP_EQ ? b_.CreateICmpEQ(diff, k(0)) : b_.CreateICmpNE(diff, k(0));
        i.replaceAllUsesWith(r);
        return;
      }
      case llvm::Instruction::ZExt: case llvm::Instruction::SExt: {
        llvm::Value* x = i.getOperand(0);
        bool sign = i.getOpcode() == llvm::Instruction::SExt;
        Limbs r;
        if (isHuge(x->getType())) {
          r = get(x);
          llvm::Type* xt = x->getType();
          llvm::Value* top = r.back();
          if (sign && topBits(xt) < 64) {  // sign-extend the top limb to 64 bits
            unsigned s = 64 - topBits(xt);
            r.back() = b_.CreateAShr(b_.CreateShl(top, s), s);
          }
          llvm::Value* fill = sign ? b_.CreateAShr(r.back(), 63) : k(0);
          while (r.size() < count(t)) r.push_back(fill);
        } else {
          r = fromNarrow(x, count(t), sign);
        }
        r.back() = maskTop(r.back(), t);
        limbs_[&i] = r;
        return;
      }
      case llvm::Instruction::Trunc: {
        Limbs a = get(i.getOperand(0));
        unsigned w = t->getIntegerBitWidth();
        if (w <= 64) {
          i.replaceAllUsesWith(w == 64 ? a[0] : b_.CreateTrunc(a[0], t));
        } else if (w <= 128) {
          llvm::Type* i128 = b_.getInt128Ty();
          llvm::Value* v = b_.CreateOr(b_.CreateZExt(a[0], i128), b_.CreateShl(b_.CreateZExt(a[1], i128), 64));
          i.replaceAllUsesWith(w == 128 ? v : b_.CreateTrunc(v, t));
        } else {
          a.resize(count(t));
          a.back() = maskTop(a.back(), t);
          limbs_[&i] = a;
        }
        return;
      }
      case llvm::Instruction::Shl: case llvm::Instruction::LShr: case llvm::Instruction::AShr: {
        Limbs a = get(i.getOperand(0));
        uint64_t c = llvm::cast<llvm::ConstantInt>(i.getOperand(1))->getLimitedValue(t->getIntegerBitWidth());
        unsigned q = unsigned(c / 64), r = unsigned(c % 64), n = unsigned(a.size());
        bool left = i.getOpcode() == llvm::Instruction::Shl;
        llvm::Value* fill = k(0);
        if (i.getOpcode() == llvm::Instruction::AShr) {
          if (topBits(t) < 64) {
            unsigned s = 64 - topBits(t);
            a.back() = b_.CreateAShr(b_.CreateShl(a.back(), s), s);
          }
          fill = b_.CreateAShr(a.back(), 63);
        }
        auto at = [&](int idx) -> llvm::Value* { return idx < 0 ? k(0) : idx >= int(n) ? fill : a[unsigned(idx)]; };
        Limbs out;
        for (unsigned j = 0; j < n; ++j) {
          if (left) {
            llvm::Value* v = r ? b_.CreateShl(at(int(j) - int(q)), r) : at(int(j) - int(q));
            if (r) v = b_.CreateOr(v, b_.CreateLShr(at(int(j) - int(q) - 1), 64 - r));
            out.push_back(v);
          } else {
            llvm::Value* v = r ? b_.CreateLShr(at(int(j + q)), r) : at(int(j + q));
            if (r) v = b_.CreateOr(v, b_.CreateShl(at(int(j + q + 1)), 64 - r));
            out.push_back(v);
          }
        }
        out.back() = maskTop(out.back(), t);
        limbs_[&i] = out;
        return;
      }
      default:
        return;
    }
  }

  llvm::Function& f_;
  llvm::IRBuilder<> b_;
  llvm::Type* i64_;
  std::map<llvm::Value*, Limbs> limbs_;
};

}  // namespace

void splitHugeIntegers(llvm::Module& m) {
  for (llvm::Function& f : m)
    if (!f.isDeclaration()) Splitter(f).run();
}

}  // namespace mswasm::backend
