// Integers wider than 64 bits (bit-field storage units such as i72 or i88, __int128) are
// split into two i64 halves before code generation, as SelectionDAG's type expansion does.
//
// Each wide value V of type iN (64 < N <= 128) becomes (lo, hi): lo holds bits 0..63 and hi
// bits 64..127, where the bits of hi at and above N are unspecified until an operation needs
// them clean (comparisons, right shifts, extensions), as narrow integers are handled in the
// emitter. Loads and stores touch exactly the value's store size (lo as i64, then the rest).
// Supported: constants, load/store, add/sub/mul, division and remainder (libc's
// __mswasm_udivmod128 / __mswasm_divmod128), and/or/xor, shifts (constant or variable),
// zext/sext/trunc, icmp, select, phi, freeze, and direct calls of functions taking or returning
// wide values: such a function gets two i64 parameters per wide one, and returns the low half
// with the high half stored through an extra trailing pointer. Anything else on a wide value
// (indirect calls, casts to floating point, bit counting) is left in place and the code
// generator reports it with its source line.
#include <map>

#include "WideInts.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

namespace mswasm::backend {
namespace {

bool isWide(llvm::Type* t) {
  return t->isIntegerTy() && t->getIntegerBitWidth() > 64 && t->getIntegerBitWidth() <= 128;
}

struct Pair {
  llvm::Value* lo = nullptr;
  llvm::Value* hi = nullptr;
};

class Expander {
 public:
  explicit Expander(llvm::Function& f) : f_(f), b_(f.getContext()), i64_(b_.getInt64Ty()) {}

  // The first wide-integer operation this function has that cannot be expanded, if any.
  llvm::Instruction* unsupportedOp = nullptr;

  bool run() {
    // Reverse postorder: every operand is expanded before its users (phis aside).
    std::vector<llvm::Instruction*> wide;
    for (llvm::BasicBlock* bb : llvm::ReversePostOrderTraversal<llvm::Function*>(&f_))
      for (llvm::Instruction& i : *bb)
        if (touchesWide(i)) wide.push_back(&i);
    if (wide.empty()) return false;
    for (llvm::Instruction* i : wide)
      if (!supported(*i)) {
        unsupportedOp = i;
        return false;
      }
    // Phis first (as placeholders), so that values flowing around loops are available.
    for (llvm::Instruction* i : wide)
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(i); phi && isWide(phi->getType())) {
        b_.SetInsertPoint(phi);
        pairs_[phi] = {b_.CreatePHI(i64_, phi->getNumIncomingValues(), phi->getName() + ".lo"),
                       b_.CreatePHI(i64_, phi->getNumIncomingValues(), phi->getName() + ".hi")};
      }
    for (llvm::Instruction* i : wide) expand(*i);
    for (llvm::Instruction* i : wide)
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(i); phi && isWide(phi->getType())) {
        Pair p = pairs_[phi];
        for (unsigned k = 0; k < phi->getNumIncomingValues(); ++k) {
          Pair in = get(phi->getIncomingValue(k), phi->getIncomingBlock(k)->getTerminator());
          llvm::cast<llvm::PHINode>(p.lo)->addIncoming(in.lo, phi->getIncomingBlock(k));
          llvm::cast<llvm::PHINode>(p.hi)->addIncoming(in.hi, phi->getIncomingBlock(k));
        }
      }
    for (llvm::Instruction* i : wide) i->replaceAllUsesWith(llvm::PoisonValue::get(i->getType()));
    for (llvm::Instruction* i : wide) i->eraseFromParent();
    return true;
  }

 private:
  static bool touchesWide(llvm::Instruction& i) {
    if (isWide(i.getType())) return true;
    for (llvm::Value* op : i.operands())
      if (isWide(op->getType())) return true;
    return false;
  }

  static bool supported(llvm::Instruction& i) {
    switch (i.getOpcode()) {
      case llvm::Instruction::Add: case llvm::Instruction::Sub: case llvm::Instruction::Mul:
      case llvm::Instruction::And: case llvm::Instruction::Or: case llvm::Instruction::Xor:
      case llvm::Instruction::Shl: case llvm::Instruction::LShr: case llvm::Instruction::AShr:
      case llvm::Instruction::ZExt: case llvm::Instruction::SExt: case llvm::Instruction::Trunc:
      case llvm::Instruction::ICmp: case llvm::Instruction::Select: case llvm::Instruction::PHI:
      case llvm::Instruction::Freeze:
        return true;
      case llvm::Instruction::Load:
      case llvm::Instruction::Store:
      case llvm::Instruction::UDiv: case llvm::Instruction::URem:
      case llvm::Instruction::SDiv: case llvm::Instruction::SRem:
        return true;
      default:
        return false;
    }
  }

  llvm::Value* k(uint64_t v) { return llvm::ConstantInt::get(i64_, v); }

  // The halves of a wide operand, computed before `at` for constants.
  Pair get(llvm::Value* v, llvm::Instruction* at) {
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(v)) {
      llvm::APInt x = c->getValue().zext(128);
      return {k(x.extractBitsAsZExtValue(64, 0)), k(x.extractBitsAsZExtValue(64, 64))};
    }
    if (llvm::isa<llvm::UndefValue>(v)) return {k(0), k(0)};
    auto it = pairs_.find(v);
    if (it != pairs_.end()) return it->second;
    (void)at;
    llvm::report_fatal_error("mswasm: wide integer operand without expansion");
  }

  // hi with the bits at and above the type's width made clean (zero- or sign-extended).
  llvm::Value* cleanHi(Pair p, llvm::Type* t, bool sign) {
    unsigned extra = 128 - t->getIntegerBitWidth();
    if (extra == 0) return p.hi;
    if (sign) return b_.CreateAShr(b_.CreateShl(p.hi, k(extra)), k(extra));
    return b_.CreateAnd(p.hi, k(~uint64_t(0) >> extra));
  }

  // 64 x 64 -> high 64 bits of the unsigned product, with 32-bit pieces.
  llvm::Value* mulhu(llvm::Value* a, llvm::Value* c) {
    llvm::Value* m32 = k(0xffffffffu);
    llvm::Value* a0 = b_.CreateAnd(a, m32), *a1 = b_.CreateLShr(a, k(32));
    llvm::Value* c0 = b_.CreateAnd(c, m32), *c1 = b_.CreateLShr(c, k(32));
    llvm::Value* p00 = b_.CreateMul(a0, c0);
    llvm::Value* p01 = b_.CreateMul(a0, c1);
    llvm::Value* p10 = b_.CreateMul(a1, c0);
    llvm::Value* p11 = b_.CreateMul(a1, c1);
    llvm::Value* mid = b_.CreateAdd(b_.CreateAdd(b_.CreateLShr(p00, k(32)), b_.CreateAnd(p01, m32)),
                                    b_.CreateAnd(p10, m32));
    return b_.CreateAdd(b_.CreateAdd(p11, b_.CreateLShr(mid, k(32))),
                        b_.CreateAdd(b_.CreateLShr(p01, k(32)), b_.CreateLShr(p10, k(32))));
  }

  // Shifts of a 128-bit pair by a variable amount s (0..127), with selects for s >= 64.
  Pair shift(Pair p, llvm::Value* s, unsigned op) {
    llvm::Value* s64 = b_.CreateAnd(s, k(63));
    llvm::Value* big = b_.CreateICmpUGE(s, k(64));
    llvm::Value* zero = b_.CreateICmpEQ(s64, k(0));
    llvm::Value* inv = b_.CreateSub(k(64), s64);  // 64 when s64 == 0: masked by the select
    if (op == llvm::Instruction::Shl) {
      llvm::Value* lo = b_.CreateShl(p.lo, s64);
      llvm::Value* carry = b_.CreateSelect(zero, k(0), b_.CreateLShr(p.lo, b_.CreateAnd(inv, k(63))));
      llvm::Value* hi = b_.CreateOr(b_.CreateShl(p.hi, s64), carry);
      return {b_.CreateSelect(big, k(0), lo), b_.CreateSelect(big, lo, hi)};
    }
    bool arith = op == llvm::Instruction::AShr;
    llvm::Value* hi = arith ? b_.CreateAShr(p.hi, s64) : b_.CreateLShr(p.hi, s64);
    llvm::Value* carry = b_.CreateSelect(zero, k(0), b_.CreateShl(p.hi, b_.CreateAnd(inv, k(63))));
    llvm::Value* lo = b_.CreateOr(b_.CreateLShr(p.lo, s64), carry);
    llvm::Value* fill = arith ? b_.CreateAShr(p.hi, k(63)) : k(0);
    return {b_.CreateSelect(big, hi, lo), b_.CreateSelect(big, fill, hi)};
  }

  void expand(llvm::Instruction& i) {
    if (llvm::isa<llvm::PHINode>(i)) return;  // filled in run()
    b_.SetInsertPoint(&i);
    b_.SetCurrentDebugLocation(i.getDebugLoc());
    llvm::Type* t = i.getType();
    switch (i.getOpcode()) {
      case llvm::Instruction::Add: case llvm::Instruction::Sub: {
        Pair a = get(i.getOperand(0), &i), c = get(i.getOperand(1), &i);
        bool add = i.getOpcode() == llvm::Instruction::Add;
        llvm::Value* lo = add ? b_.CreateAdd(a.lo, c.lo) : b_.CreateSub(a.lo, c.lo);
        llvm::Value* carry = b_.CreateZExt(add ? b_.CreateICmpULT(lo, a.lo) : b_.CreateICmpULT(a.lo, c.lo), i64_);
        llvm::Value* hi = add ? b_.CreateAdd(b_.CreateAdd(a.hi, c.hi), carry)
                              : b_.CreateSub(b_.CreateSub(a.hi, c.hi), carry);
        pairs_[&i] = {lo, hi};
        return;
      }
      case llvm::Instruction::UDiv: case llvm::Instruction::URem:
      case llvm::Instruction::SDiv: case llvm::Instruction::SRem: {
        bool sign = i.getOpcode() == llvm::Instruction::SDiv || i.getOpcode() == llvm::Instruction::SRem;
        bool rem = i.getOpcode() == llvm::Instruction::URem || i.getOpcode() == llvm::Instruction::SRem;
        Pair a = get(i.getOperand(0), &i), c = get(i.getOperand(1), &i);
        a.hi = cleanHi(a, t, sign);
        c.hi = cleanHi(c, t, sign);
        llvm::Module& m = *f_.getParent();
        const llvm::DataLayout& dl = m.getDataLayout();
        auto* ptrTy = llvm::PointerType::get(f_.getContext(), dl.getAllocaAddrSpace());
        auto* fty = llvm::FunctionType::get(b_.getVoidTy(), {i64_, i64_, i64_, i64_, ptrTy}, false);
        llvm::FunctionCallee helper = m.getOrInsertFunction(sign ? "__mswasm_divmod128" : "__mswasm_udivmod128", fty);
        llvm::IRBuilder<> entry(&f_.getEntryBlock(), f_.getEntryBlock().begin());
        llvm::AllocaInst* out = entry.CreateAlloca(llvm::ArrayType::get(i64_, 4), dl.getAllocaAddrSpace(), nullptr, "divmod");
        out->setAlignment(llvm::Align(8));
        b_.CreateCall(helper, {a.lo, a.hi, c.lo, c.hi, out});
        unsigned at = rem ? 2 : 0;
        llvm::Value* lo = b_.CreateAlignedLoad(i64_, b_.CreateConstInBoundsGEP1_32(i64_, out, at), llvm::Align(8));
        llvm::Value* hi = b_.CreateAlignedLoad(i64_, b_.CreateConstInBoundsGEP1_32(i64_, out, at + 1), llvm::Align(8));
        pairs_[&i] = {lo, hi};
        return;
      }
      case llvm::Instruction::Mul: {
        Pair a = get(i.getOperand(0), &i), c = get(i.getOperand(1), &i);
        llvm::Value* lo = b_.CreateMul(a.lo, c.lo);
        llvm::Value* hi = b_.CreateAdd(mulhu(a.lo, c.lo), b_.CreateAdd(b_.CreateMul(a.lo, c.hi), b_.CreateMul(a.hi, c.lo)));
        pairs_[&i] = {lo, hi};
        return;
      }
      case llvm::Instruction::And: case llvm::Instruction::Or: case llvm::Instruction::Xor: {
        Pair a = get(i.getOperand(0), &i), c = get(i.getOperand(1), &i);
        auto op = static_cast<llvm::Instruction::BinaryOps>(i.getOpcode());
        pairs_[&i] = {b_.CreateBinOp(op, a.lo, c.lo), b_.CreateBinOp(op, a.hi, c.hi)};
        return;
      }
      case llvm::Instruction::Shl: case llvm::Instruction::LShr: case llvm::Instruction::AShr: {
        Pair a = get(i.getOperand(0), &i);
        if (i.getOpcode() != llvm::Instruction::Shl)
          a.hi = cleanHi(a, t, i.getOpcode() == llvm::Instruction::AShr);
        // The amount is below the width (LLVM: larger is poison), so its low half suffices.
        Pair s = get(i.getOperand(1), &i);
        pairs_[&i] = shift(a, s.lo, i.getOpcode());
        return;
      }
      case llvm::Instruction::ZExt: case llvm::Instruction::SExt: {
        llvm::Value* x = i.getOperand(0);
        if (isWide(x->getType())) {  // wide to wider
          Pair a = get(x, &i);
          pairs_[&i] = {a.lo, cleanHi(a, x->getType(), i.getOpcode() == llvm::Instruction::SExt)};
          return;
        }
        bool sign = i.getOpcode() == llvm::Instruction::SExt;
        llvm::Value* lo = sign ? b_.CreateSExt(x, i64_) : b_.CreateZExt(x, i64_);
        pairs_[&i] = {lo, sign ? b_.CreateAShr(lo, k(63)) : k(0)};
        return;
      }
      case llvm::Instruction::Trunc: {
        Pair a = get(i.getOperand(0), &i);
        if (isWide(t)) {
          pairs_[&i] = a;
        } else {
          i.replaceAllUsesWith(b_.CreateTrunc(a.lo, t));
        }
        return;
      }
      case llvm::Instruction::Freeze:
        pairs_[&i] = get(i.getOperand(0), &i);
        return;
      case llvm::Instruction::Select: {
        Pair a = get(i.getOperand(1), &i), c = get(i.getOperand(2), &i);
        pairs_[&i] = {b_.CreateSelect(i.getOperand(0), a.lo, c.lo), b_.CreateSelect(i.getOperand(0), a.hi, c.hi)};
        return;
      }
      case llvm::Instruction::ICmp: {
        auto& cmp = llvm::cast<llvm::ICmpInst>(i);
        llvm::Type* wt = cmp.getOperand(0)->getType();
        bool sign = cmp.isSigned();
        Pair a = get(cmp.getOperand(0), &i), c = get(cmp.getOperand(1), &i);
        a.hi = cleanHi(a, wt, sign);
        c.hi = cleanHi(c, wt, sign);
        llvm::Value* r;
        llvm::Value* hiEq = b_.CreateICmpEQ(a.hi, c.hi);
        switch (cmp.getPredicate()) {
          case llvm::CmpInst::ICMP_EQ: r = b_.CreateAnd(hiEq, b_.CreateICmpEQ(a.lo, c.lo)); break;
          case llvm::CmpInst::ICMP_NE: r = b_.CreateNot(b_.CreateAnd(hiEq, b_.CreateICmpEQ(a.lo, c.lo))); break;
          default: {
            // Order by hi (signed or unsigned), then by lo (unsigned).
            llvm::CmpInst::Predicate strict = cmp.getPredicate();
            llvm::CmpInst::Predicate loPred = cmp.isSigned() ? llvm::CmpInst::getUnsignedPredicate(strict) : strict;
            llvm::Value* hiCmp = b_.CreateICmp(llvm::CmpInst::getStrictPredicate(strict), a.hi, c.hi);
            r = b_.CreateOr(hiCmp, b_.CreateAnd(hiEq, b_.CreateICmp(loPred, a.lo, c.lo)));
            break;
          }
        }
        i.replaceAllUsesWith(r);
        return;
      }
      case llvm::Instruction::Load: {
        auto& ld = llvm::cast<llvm::LoadInst>(i);
        const llvm::DataLayout& dl = f_.getParent()->getDataLayout();
        uint64_t rest = dl.getTypeStoreSize(t) - 8;
        llvm::Value* p = ld.getPointerOperand();
        llvm::Value* lo = b_.CreateAlignedLoad(i64_, p, ld.getAlign(), ld.isVolatile());
        llvm::Type* restTy = b_.getIntNTy(unsigned(rest * 8));
        llvm::Value* hiPtr = b_.CreateConstInBoundsGEP1_32(b_.getInt8Ty(), p, 8);
        llvm::Value* hi = b_.CreateAlignedLoad(restTy, hiPtr, llvm::commonAlignment(ld.getAlign(), 8), ld.isVolatile());
        pairs_[&i] = {lo, rest == 8 ? hi : b_.CreateZExt(hi, i64_)};
        return;
      }
      case llvm::Instruction::Store: {
        auto& st = llvm::cast<llvm::StoreInst>(i);
        llvm::Type* vt = st.getValueOperand()->getType();
        const llvm::DataLayout& dl = f_.getParent()->getDataLayout();
        uint64_t rest = dl.getTypeStoreSize(vt) - 8;
        Pair v = get(st.getValueOperand(), &i);
        llvm::Value* p = st.getPointerOperand();
        b_.CreateAlignedStore(v.lo, p, st.getAlign(), st.isVolatile());
        llvm::Value* hiPtr = b_.CreateConstInBoundsGEP1_32(b_.getInt8Ty(), p, 8);
        llvm::Value* hi = rest == 8 ? v.hi : b_.CreateTrunc(v.hi, b_.getIntNTy(unsigned(rest * 8)));
        b_.CreateAlignedStore(hi, hiPtr, llvm::commonAlignment(st.getAlign(), 8), st.isVolatile());
        return;
      }
      default:
        return;
    }
  }

  llvm::Function& f_;
  llvm::IRBuilder<> b_;
  llvm::Type* i64_;
  std::map<llvm::Value*, Pair> pairs_;
};

}  // namespace

// Functions with wide parameters or results, called only directly: each wide parameter becomes
// (lo, hi) i64 parameters and a wide result is returned as lo with hi stored through an extra
// trailing pointer. The wide values are rebuilt from (and split into) halves with zext/shl/or and
// lshr/trunc, which the Expander then turns into plain i64 code.
void lowerWideSignatures(llvm::Module& m) {
  const llvm::DataLayout& dl = m.getDataLayout();
  llvm::LLVMContext& ctx = m.getContext();
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  auto* ptrTy = llvm::PointerType::get(ctx, dl.getAllocaAddrSpace());
  std::vector<llvm::Function*> todo;
  for (llvm::Function& f : m) {
    if (f.isDeclaration() || f.isVarArg()) continue;
    bool wide = isWide(f.getReturnType());
    for (llvm::Type* p : f.getFunctionType()->params()) wide |= isWide(p);
    if (!wide) continue;
    bool onlyDirectCalls = llvm::all_of(f.users(), [&](llvm::User* u) {
      auto* cb = llvm::dyn_cast<llvm::CallInst>(u);
      return cb && cb->getCalledOperand() == &f && cb->getFunctionType() == f.getFunctionType();
    });
    if (onlyDirectCalls) todo.push_back(&f);
  }
  for (llvm::Function* f : todo) {
    llvm::FunctionType* ft = f->getFunctionType();
    bool wideRet = isWide(ft->getReturnType());
    std::vector<llvm::Type*> params;
    for (llvm::Type* p : ft->params()) {
      params.push_back(isWide(p) ? i64 : p);
      if (isWide(p)) params.push_back(i64);
    }
    if (wideRet) params.push_back(ptrTy);
    auto* nft = llvm::FunctionType::get(wideRet ? i64 : ft->getReturnType(), params, false);
    llvm::Function* nf = llvm::Function::Create(nft, f->getLinkage(), f->getAddressSpace(), "", &m);
    nf->copyAttributesFrom(f);
    nf->setAttributes(llvm::AttributeList());  // parameter attributes no longer line up
    nf->setSubprogram(f->getSubprogram());
    nf->takeName(f);
    nf->splice(nf->end(), f);
    // Parameters: rebuild each wide one from its halves at the top of the entry block.
    llvm::IRBuilder<> b(&nf->getEntryBlock(), nf->getEntryBlock().getFirstInsertionPt());
    auto arg = nf->arg_begin();
    for (llvm::Argument& old : f->args()) {
      if (!isWide(old.getType())) {
        old.replaceAllUsesWith(&*arg++);
        continue;
      }
      llvm::Value* lo = &*arg++;
      llvm::Value* hi = &*arg++;
      llvm::Type* wt = old.getType();
      llvm::Type* i128 = b.getInt128Ty();
      llvm::Value* v = b.CreateOr(b.CreateZExt(lo, i128), b.CreateShl(b.CreateZExt(hi, i128), 64));
      old.replaceAllUsesWith(wt == i128 ? v : b.CreateTrunc(v, wt));
    }
    llvm::Value* hiOut = wideRet ? &*arg : nullptr;
    if (wideRet) {
      for (llvm::BasicBlock& bb : *nf) {
        auto* ret = llvm::dyn_cast<llvm::ReturnInst>(bb.getTerminator());
        if (!ret) continue;
        llvm::IRBuilder<> rb(ret);
        llvm::Value* v = rb.CreateZExt(ret->getReturnValue(), rb.getInt128Ty());
        rb.CreateAlignedStore(rb.CreateTrunc(rb.CreateLShr(v, 64), i64), hiOut, llvm::Align(8));
        rb.CreateRet(rb.CreateTrunc(v, i64));
        ret->eraseFromParent();
      }
    }
    // Call sites.
    for (llvm::User* u : llvm::make_early_inc_range(f->users())) {
      auto* call = llvm::cast<llvm::CallInst>(u);
      llvm::Function* caller = call->getFunction();
      llvm::IRBuilder<> cb(call);
      std::vector<llvm::Value*> args;
      for (llvm::Value* a : call->args()) {
        if (!isWide(a->getType())) {
          args.push_back(a);
          continue;
        }
        llvm::Value* v = cb.CreateZExt(a, cb.getInt128Ty());
        args.push_back(cb.CreateTrunc(v, i64));
        args.push_back(cb.CreateTrunc(cb.CreateLShr(v, 64), i64));
      }
      llvm::AllocaInst* slot = nullptr;
      if (wideRet) {
        llvm::IRBuilder<> eb(&caller->getEntryBlock(), caller->getEntryBlock().begin());
        slot = eb.CreateAlloca(i64, dl.getAllocaAddrSpace(), nullptr, "ret.hi");
        slot->setAlignment(llvm::Align(8));
        args.push_back(slot);
      }
      llvm::CallInst* nc = cb.CreateCall(nft, nf, args);
      nc->setDebugLoc(call->getDebugLoc());
      if (wideRet) {
        llvm::Value* hi = cb.CreateAlignedLoad(i64, slot, llvm::Align(8));
        llvm::Value* v = cb.CreateOr(cb.CreateZExt(nc, cb.getInt128Ty()),
                                     cb.CreateShl(cb.CreateZExt(hi, cb.getInt128Ty()), 64));
        call->replaceAllUsesWith(call->getType()->getIntegerBitWidth() == 128 ? v : cb.CreateTrunc(v, call->getType()));
      } else {
        call->replaceAllUsesWith(nc);  // wide parameters only: the result is unchanged
      }
      call->eraseFromParent();
    }
    f->eraseFromParent();
  }
}

bool expandWideIntegers(llvm::Module& m, std::vector<std::string>& errors) {
  lowerWideSignatures(m);
  for (llvm::Function& f : m) {
    if (f.isDeclaration()) continue;
    Expander e(f);
    e.run();
    if (llvm::Instruction* i = e.unsupportedOp) {
      std::string where;
      if (const llvm::DebugLoc& loc = i->getDebugLoc())
        where = (loc->getFilename() + ":" + llvm::Twine(loc.getLine()) + ":" + llvm::Twine(loc.getCol()) + ": ").str();
      unsigned w = 0;
      for (llvm::Value* op : i->operands())
        if (op->getType()->isIntegerTy()) w = std::max(w, op->getType()->getIntegerBitWidth());
      if (i->getType()->isIntegerTy()) w = std::max(w, i->getType()->getIntegerBitWidth());
      // A call is named by its callee (an intrinsic such as llvm.ctpop.i128, or a function).
      std::string what = i->getOpcodeName();
      if (auto* call = llvm::dyn_cast<llvm::CallInst>(i))
        if (llvm::Function* callee = call->getCalledFunction()) what = callee->getName().str();
      errors.push_back(where + "in function '" + f.getName().str() + "': '" + what +
                       "' on a " + std::to_string(w) + "-bit integer is not supported yet");
    }
  }
  return errors.empty();
}

}  // namespace mswasm::backend
