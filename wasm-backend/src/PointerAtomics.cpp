// Clang 19 writes every atomic operation on `_Atomic(T *)` as an i128 operation (pointers are
// 128 bits), with the pointer moved through memory or ptrtoint/inttoptr as an i128 (LLVM's
// AtomicExpand would turn them into __atomic_* calls; MSWasm has no such pass). Carried as
// integers the pointer would lose its tag, so the operation is rewritten on `ptr` when every
// value it takes comes from a pointer (a load of the i128 from memory, ptrtoint, zero) and every
// value it gives goes back into memory or to inttoptr, the memory being Clang's pointer-typed
// temporaries. A real `_Atomic __int128` does not fit the pattern and is reported by the code
// generator.
#include "PointerAtomics.h"

#include <vector>

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Operator.h"

namespace mswasm::backend {
namespace {

class PointerAtomics {
 public:
  explicit PointerAtomics(llvm::Type* ptr) : ptr_(ptr) {}

  void run(llvm::Function& f) {
    std::vector<llvm::Instruction*> atomics;
    for (llvm::Instruction& i : llvm::instructions(f)) {
      llvm::Type* t = nullptr;
      if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(&i); ld && ld->isAtomic()) t = ld->getType();
      if (auto* st = llvm::dyn_cast<llvm::StoreInst>(&i); st && st->isAtomic()) t = st->getValueOperand()->getType();
      if (auto* cx = llvm::dyn_cast<llvm::AtomicCmpXchgInst>(&i)) t = cx->getNewValOperand()->getType();
      if (auto* rmw = llvm::dyn_cast<llvm::AtomicRMWInst>(&i); rmw && rmw->getOperation() == llvm::AtomicRMWInst::Xchg)
        t = rmw->getType();
      if (t && t->isIntegerTy(128)) atomics.push_back(&i);
    }
    for (llvm::Instruction* i : atomics) rewrite(i);
  }

 private:
  // Whether `v` (an i128) is a pointer in disguise.
  // Clang's temporaries for a pointer are `alloca ptr`; for an __int128 they are `alloca i128`.
  static bool isPointerSlot(llvm::Value* addr) {
    if (auto* ai = llvm::dyn_cast<llvm::AllocaInst>(addr)) return ai->getAllocatedType()->isPointerTy();
    if (auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(addr)) return gv->getValueType()->isPointerTy();
    return false;
  }
  bool fromPointer(llvm::Value* v) {
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(v)) return ld->isSimple() && isPointerSlot(ld->getPointerOperand());
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(v)) return c->isZero();
    return llvm::isa<llvm::PtrToIntOperator>(v);
  }
  llvm::Value* asPointer(llvm::Value* v, llvm::Instruction* at) {
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(v)) {
      llvm::IRBuilder<> b(ld);
      llvm::LoadInst* p = b.CreateAlignedLoad(ptr_, ld->getPointerOperand(), ld->getAlign(), ld->getName() + ".ptr");
      p->setDebugLoc(ld->getDebugLoc());
      return p;
    }
    if (llvm::isa<llvm::ConstantInt>(v)) return llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(ptr_));
    return llvm::cast<llvm::PtrToIntOperator>(v)->getPointerOperand();
  }
  // Whether every use of the i128 `v` takes it back as a pointer.
  bool toPointer(llvm::Value* v) {
    for (llvm::User* u : v->users()) {
      if (auto* st = llvm::dyn_cast<llvm::StoreInst>(u);
          st && st->isSimple() && st->getValueOperand() == v && isPointerSlot(st->getPointerOperand()))
        continue;
      if (llvm::isa<llvm::IntToPtrInst>(u)) continue;
      return false;
    }
    return true;
  }
  void replaceWithPointer(llvm::Value* v, llvm::Value* p) {
    for (llvm::User* u : llvm::make_early_inc_range(v->users())) {
      if (auto* st = llvm::dyn_cast<llvm::StoreInst>(u)) {
        llvm::IRBuilder<> b(st);
        llvm::StoreInst* n = b.CreateAlignedStore(p, st->getPointerOperand(), st->getAlign());
        n->setDebugLoc(st->getDebugLoc());
        st->eraseFromParent();
      } else {
        u->replaceAllUsesWith(p);
        llvm::cast<llvm::Instruction>(u)->eraseFromParent();
      }
    }
  }
  static void dropIfDead(llvm::Value* v) {
    if (auto* i = llvm::dyn_cast<llvm::Instruction>(v); i && i->use_empty()) i->eraseFromParent();
  }

  void rewrite(llvm::Instruction* i) {
    llvm::IRBuilder<> b(i);
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(i)) {
      if (!toPointer(ld)) return;
      llvm::LoadInst* p = b.CreateAlignedLoad(ptr_, ld->getPointerOperand(), ld->getAlign(), ld->getName());
      p->setDebugLoc(ld->getDebugLoc());
      replaceWithPointer(ld, p);
      ld->eraseFromParent();
    } else if (auto* st = llvm::dyn_cast<llvm::StoreInst>(i)) {
      llvm::Value* v = st->getValueOperand();
      if (!fromPointer(v)) return;
      llvm::StoreInst* n = b.CreateAlignedStore(asPointer(v, st), st->getPointerOperand(), st->getAlign());
      n->setDebugLoc(st->getDebugLoc());
      st->eraseFromParent();
      dropIfDead(v);
    } else if (auto* rmw = llvm::dyn_cast<llvm::AtomicRMWInst>(i)) {
      llvm::Value* v = rmw->getValOperand();
      if (!fromPointer(v) || !toPointer(rmw)) return;
      llvm::AtomicRMWInst* n = b.CreateAtomicRMW(llvm::AtomicRMWInst::Xchg, rmw->getPointerOperand(), asPointer(v, rmw),
                                                 rmw->getAlign(), rmw->getOrdering());
      n->setDebugLoc(rmw->getDebugLoc());
      replaceWithPointer(rmw, n);
      rmw->eraseFromParent();
      dropIfDead(v);
    } else if (auto* cx = llvm::dyn_cast<llvm::AtomicCmpXchgInst>(i)) {
      llvm::Value* cmp = cx->getCompareOperand();
      llvm::Value* nv = cx->getNewValOperand();
      if (!fromPointer(cmp) || !fromPointer(nv)) return;
      std::vector<llvm::ExtractValueInst*> olds, oks;
      for (llvm::User* u : cx->users()) {
        auto* ev = llvm::dyn_cast<llvm::ExtractValueInst>(u);
        if (!ev || ev->getNumIndices() != 1) return;
        if (ev->getIndices()[0] == 0) {
          if (!toPointer(ev)) return;
          olds.push_back(ev);
        } else {
          oks.push_back(ev);
        }
      }
      llvm::AtomicCmpXchgInst* n = b.CreateAtomicCmpXchg(cx->getPointerOperand(), asPointer(cmp, cx), asPointer(nv, cx),
                                                         cx->getAlign(), cx->getSuccessOrdering(), cx->getFailureOrdering());
      n->setWeak(cx->isWeak());
      n->setDebugLoc(cx->getDebugLoc());
      for (llvm::ExtractValueInst* ev : olds) {
        llvm::IRBuilder<> eb(ev);
        replaceWithPointer(ev, eb.CreateExtractValue(n, 0));
        ev->eraseFromParent();
      }
      for (llvm::ExtractValueInst* ev : oks) {
        llvm::IRBuilder<> eb(ev);
        ev->replaceAllUsesWith(eb.CreateExtractValue(n, 1));
        ev->eraseFromParent();
      }
      cx->eraseFromParent();
      dropIfDead(cmp);
      dropIfDead(nv);
    }
  }

  llvm::Type* ptr_;
};

}  // namespace

void retypePointerAtomics(llvm::Module& m) {
  PointerAtomics pointerAtomics(llvm::PointerType::get(m.getContext(), m.getDataLayout().getAllocaAddrSpace()));
  for (llvm::Function& f : m)
    if (!f.isDeclaration()) pointerAtomics.run(f);
}

}  // namespace mswasm::backend
