// -fmswasm-keep-accesses and -fmswasm-field-bounds (include/mswasm/backend/BugHunting.h).
// Both run on unoptimised IR, where Clang's code still has one GEP per member access and one
// load or store per access the source makes.
#include "mswasm/backend/BugHunting.h"

#include <vector>

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Analysis/CaptureTracking.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "mswasm/backend/RebuildProvenance.h"

namespace mswasm {
namespace {

// ---- members of variables ------------------------------------------------------------------

// The scalar sub-object of `t` that starts at `offset` and has type `access` (descending into
// structs and arrays), so an access of that type there reads or writes exactly one member.
bool isMemberAt(llvm::Type* t, uint64_t offset, llvm::Type* access, const llvm::DataLayout& dl) {
  while (true) {
    if (offset == 0 && t == access) return true;
    if (auto* st = llvm::dyn_cast<llvm::StructType>(t)) {
      const llvm::StructLayout* sl = dl.getStructLayout(st);
      if (offset >= sl->getSizeInBytes()) return false;
      unsigned i = sl->getElementContainingOffset(offset);
      offset -= sl->getElementOffset(i);
      t = st->getElementType(i);
    } else if (auto* at = llvm::dyn_cast<llvm::ArrayType>(t)) {
      uint64_t es = dl.getTypeAllocSize(at->getElementType());
      if (es == 0 || offset / es >= at->getNumElements()) return false;
      offset %= es;
      t = at->getElementType();
    } else {
      return false;
    }
  }
}

// The local or global variable `ptr` points into at a constant offset, or null.
llvm::Value* variableAt(llvm::Value* ptr, uint64_t* offset, const llvm::DataLayout& dl) {
  llvm::APInt off(dl.getIndexTypeSizeInBits(ptr->getType()), 0);
  llvm::Value* base = ptr->stripAndAccumulateConstantOffsets(dl, off, /*AllowNonInbounds=*/false);
  if (off.isNegative()) return nullptr;
  *offset = off.getZExtValue();
  if (llvm::isa<llvm::AllocaInst>(base)) return base;
  if (auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(base); gv && !gv->isDeclaration() && !gv->isInterposable())
    return base;
  return nullptr;
}

// True when an access of type `t` at `ptr` is one member of a variable, read or written as
// itself: it cannot go out of bounds or change a pointer's bytes, so it may stay non-volatile and
// the variable may live in registers. Locals in `indexable` (reached through other pointers,
// where a use after their scope is possible) never qualify.
bool isPlainMemberAccess(llvm::Value* ptr, llvm::Type* t, const llvm::DataLayout& dl,
                         const llvm::SmallPtrSetImpl<llvm::AllocaInst*>* indexable) {
  uint64_t offset;
  llvm::Value* var = variableAt(ptr, &offset, dl);
  if (!var) return false;
  if (auto* ai = llvm::dyn_cast<llvm::AllocaInst>(var)) {
    if (indexable && indexable->count(ai)) return false;
    return isMemberAt(ai->getAllocatedType(), offset, t, dl);
  }
  return isMemberAt(llvm::cast<llvm::GlobalVariable>(var)->getValueType(), offset, t, dl);
}

// ---- field bounds -------------------------------------------------------------------------

// The field a GEP's last index selects, when that index steps into a struct: its type, or null.
llvm::Type* selectedField(llvm::GEPOperator& gep, bool* trailingFlexible) {
  if (gep.getNumIndices() < 2 || !gep.hasAllConstantIndices()) return nullptr;
  llvm::Type* t = gep.getSourceElementType();
  llvm::Type* parent = nullptr;
  uint64_t fieldNo = 0;
  for (auto idx = gep.idx_begin() + 1; idx != gep.idx_end(); ++idx) {
    auto* c = llvm::cast<llvm::ConstantInt>(idx->get());
    parent = t;
    fieldNo = c->getZExtValue();
    if (auto* st = llvm::dyn_cast<llvm::StructType>(t)) {
      if (fieldNo >= st->getNumElements()) return nullptr;
      t = st->getElementType(unsigned(fieldNo));
    } else if (auto* at = llvm::dyn_cast<llvm::ArrayType>(t)) {
      t = at->getElementType();
    } else {
      return nullptr;
    }
  }
  auto* st = llvm::dyn_cast_or_null<llvm::StructType>(parent);
  if (!st || st->isPacked() || (st->hasName() && st->getName().starts_with("union."))) return nullptr;
  // A struct as the first field is C's base-class idiom (`return &circle->base;` used as the
  // whole object, cast back later): its address stands for the container, so it is not narrowed.
  if (fieldNo == 0 && t->isStructTy()) return nullptr;
  if (auto* at = llvm::dyn_cast<llvm::ArrayType>(t))
    *trailingFlexible = fieldNo + 1 == st->getNumElements() && at->getNumElements() <= 1;
  return t;
}

// True when every use of the field address is a plain load or store of at most the field's size
// at its start: those cannot leave the field, so narrowing them would only cost time.
bool isDirectAccess(llvm::Use& u, uint64_t fieldSize, const llvm::DataLayout& dl) {
  llvm::User* user = u.getUser();
  if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(user)) return dl.getTypeStoreSize(ld->getType()) <= fieldSize;
  if (auto* st = llvm::dyn_cast<llvm::StoreInst>(user))  // not when the address itself is stored
    return u.getOperandNo() == st->getPointerOperandIndex() &&
           dl.getTypeStoreSize(st->getValueOperand()->getType()) <= fieldSize;
  return llvm::isa<llvm::DbgInfoIntrinsic>(user);
}

bool onlyDirectAccesses(llvm::GetElementPtrInst& gep, uint64_t fieldSize, const llvm::DataLayout& dl) {
  for (llvm::Use& u : gep.uses())
    if (!isDirectAccess(u, fieldSize, dl)) return false;
  return true;
}

// handle.slice (docs/compiler.md): no memory effect, so the optimiser may share or hoist it.
llvm::FunctionCallee sliceFunction(llvm::Module& m, llvm::Type* ptr) {
  llvm::LLVMContext& ctx = m.getContext();
  llvm::AttributeList attrs =
      llvm::AttributeList()
          .addFnAttribute(ctx, llvm::Attribute::NoUnwind)
          .addFnAttribute(ctx, llvm::Attribute::WillReturn)
          .addFnAttribute(ctx, llvm::Attribute::getWithMemoryEffects(ctx, llvm::MemoryEffects::none()));
  return m.getOrInsertFunction("__mswasm_slice", attrs, ptr, ptr, llvm::Type::getInt32Ty(ctx));
}

llvm::CallInst* createSlice(llvm::Instruction* before, llvm::Value* ptr, uint64_t size) {
  llvm::IRBuilder<> b(before);
  b.SetCurrentDebugLocation(before->getDebugLoc());
  llvm::FunctionCallee slice = sliceFunction(*before->getModule(), ptr->getType());
  return b.CreateCall(slice, {ptr, b.getInt32(uint32_t(size))}, ptr->getName() + ".field");
}

void narrowFields(llvm::Function& f) {
  const llvm::DataLayout& dl = f.getParent()->getDataLayout();
  auto fieldSize = [&](llvm::GEPOperator& gep) -> uint64_t {
    bool flexible = false;
    llvm::Type* field = selectedField(gep, &flexible);
    if (!field || flexible || !field->isSized()) return 0;
    return dl.getTypeAllocSize(field);
  };
  // 1. Member accesses Clang wrote as GEP instructions (locals, heap objects through pointers).
  std::vector<std::pair<llvm::GetElementPtrInst*, uint64_t>> narrow;
  // 2. Members of globals: constant GEP expressions used by an instruction.
  std::vector<std::pair<llvm::Use*, uint64_t>> narrowConst;
  // 3. An array member at offset 0 of a global, where the member GEP folded away: the array's
  //    GEP (`gep [3 x i16], @cfg, 0, i`) starts at the global itself.
  std::vector<std::pair<llvm::GetElementPtrInst*, uint64_t>> narrowBase;
  for (llvm::Instruction& i : llvm::instructions(f)) {
    for (llvm::Use& u : i.operands()) {
      auto* ce = llvm::dyn_cast<llvm::ConstantExpr>(u.get());
      auto* cgep = llvm::dyn_cast_or_null<llvm::GEPOperator>(ce);
      if (!cgep || llvm::isa<llvm::PHINode>(i) || !cgep->getType()->isPointerTy()) continue;
      if (uint64_t size = fieldSize(*cgep); size && !isDirectAccess(u, size, dl)) narrowConst.emplace_back(&u, size);
    }
    auto* gep = llvm::dyn_cast<llvm::GetElementPtrInst>(&i);
    if (!gep || gep->getType()->isVectorTy()) continue;
    if (uint64_t size = fieldSize(*llvm::cast<llvm::GEPOperator>(gep)); size && !onlyDirectAccesses(*gep, size, dl)) {
      narrow.emplace_back(gep, size);
      continue;
    }
    auto* at = llvm::dyn_cast<llvm::ArrayType>(gep->getSourceElementType());
    auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(gep->getPointerOperand());
    auto* first = gep->getNumIndices() >= 1 ? llvm::dyn_cast<llvm::ConstantInt>(gep->idx_begin()->get()) : nullptr;
    if (at && gv && first && first->isZero() && at->getNumElements() > 1 && gv->getValueType() != at &&
        isMemberAt(gv->getValueType(), 0, at, dl) && !llvm::isa<llvm::ArrayType>(gv->getValueType()))
      narrowBase.emplace_back(gep, dl.getTypeAllocSize(at));
  }
  for (auto [gep, size] : narrow) {
    llvm::CallInst* narrowed = createSlice(gep->getNextNode(), gep, size);
    gep->replaceUsesWithIf(narrowed, [&](llvm::Use& u) { return u.getUser() != narrowed; });
  }
  for (auto [use, size] : narrowConst)
    use->set(createSlice(llvm::cast<llvm::Instruction>(use->getUser()), use->get(), size));
  for (auto [gep, size] : narrowBase)
    gep->setOperand(0, createSlice(gep, gep->getPointerOperand(), size));
}

// ---- keep accesses ------------------------------------------------------------------------

// True when every use of the local is a plain member access (possibly through constant
// in-bounds GEPs), a lifetime marker or debug information: nothing else can reach it.
bool onlyAccessedInside(llvm::Value* ptr, const llvm::DataLayout& dl) {
  for (llvm::Use& u : ptr->uses()) {
    llvm::User* user = u.getUser();
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(user)) {
      if (!isPlainMemberAccess(ld->getPointerOperand(), ld->getType(), dl, nullptr)) return false;
    } else if (auto* st = llvm::dyn_cast<llvm::StoreInst>(user)) {
      if (u.getOperandNo() != st->getPointerOperandIndex() ||
          !isPlainMemberAccess(st->getPointerOperand(), st->getValueOperand()->getType(), dl, nullptr))
        return false;
    } else if (auto* gep = llvm::dyn_cast<llvm::GetElementPtrInst>(user)) {
      if (!gep->hasAllConstantIndices() || !gep->isInBounds() || !onlyAccessedInside(gep, dl)) return false;
    } else if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(user)) {
      if (!ii->isLifetimeStartOrEnd() && !llvm::isa<llvm::DbgInfoIntrinsic>(ii)) return false;
    } else {
      return false;
    }
  }
  return true;
}

// A function that owns a local whose address may outlive the call (stored, returned, passed on).
bool hasEscapingLocal(llvm::Function& f) {
  for (llvm::Instruction& i : llvm::instructions(f))
    if (auto* ai = llvm::dyn_cast<llvm::AllocaInst>(&i))
      if (llvm::PointerMayBeCaptured(ai, /*ReturnCaptures=*/true, /*StoreCaptures=*/true)) return true;
  return false;
}

void keepFunctionAccesses(llvm::Function& f, const llvm::SmallPtrSetImpl<llvm::Function*>& user,
                          const llvm::SmallPtrSetImpl<llvm::Function*>& escaping) {
  const llvm::DataLayout& dl = f.getParent()->getDataLayout();
  // A local that may be indexed or reached through a pointer is kept whole: SROA would split it
  // and drop accesses it proves out of bounds (after unrolling a[i] becomes a[4]) even when they
  // are volatile. `__mswasm_escape` (docs/compiler.md) takes its address, emits no code.
  llvm::SmallPtrSet<llvm::AllocaInst*, 16> indexable;
  for (llvm::Instruction& i : f.getEntryBlock())
    if (auto* ai = llvm::dyn_cast<llvm::AllocaInst>(&i); ai && !onlyAccessedInside(ai, dl)) indexable.insert(ai);
  if (!indexable.empty()) {
    llvm::LLVMContext& ctx = f.getContext();
    llvm::AttributeList attrs =
        llvm::AttributeList()
            .addFnAttribute(ctx, llvm::Attribute::NoUnwind)
            .addFnAttribute(ctx, llvm::Attribute::WillReturn)
            .addFnAttribute(ctx, llvm::Attribute::getWithMemoryEffects(ctx, llvm::MemoryEffects::inaccessibleMemOnly()));
    std::vector<llvm::AllocaInst*> inOrder;
    for (llvm::Instruction& i : f.getEntryBlock())
      if (auto* ai = llvm::dyn_cast<llvm::AllocaInst>(&i); ai && indexable.count(ai)) inOrder.push_back(ai);
    for (llvm::AllocaInst* ai : inOrder) {
      llvm::FunctionCallee escape = f.getParent()->getOrInsertFunction(
          "__mswasm_escape", attrs, llvm::Type::getVoidTy(ctx), ai->getType());
      llvm::IRBuilder<> b(ai->getNextNode());
      b.CreateCall(escape, {ai});
      // Also inside each scope of the local: a scope that only takes its address
      // (`{ char c[9]; p = c; } *p`) would otherwise be an empty lifetime range, which LLVM
      // deletes, and the use after the scope would touch a live local.
      for (llvm::User* u : ai->users())
        if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(u);
            ii && ii->getIntrinsicID() == llvm::Intrinsic::lifetime_start) {
          llvm::IRBuilder<> sb(ii->getNextNode());
          sb.CreateCall(escape, {ai});
        }
    }
  }
  std::vector<llvm::CallBase*> libraryCalls;
  for (llvm::Instruction& i : llvm::instructions(f)) {
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(&i)) {
      if (!isPlainMemberAccess(ld->getPointerOperand(), ld->getType(), dl, &indexable)) ld->setVolatile(true);
    } else if (auto* st = llvm::dyn_cast<llvm::StoreInst>(&i)) {
      if (!isPlainMemberAccess(st->getPointerOperand(), st->getValueOperand()->getType(), dl, &indexable))
        st->setVolatile(true);
    } else if (auto* rmw = llvm::dyn_cast<llvm::AtomicRMWInst>(&i)) {
      rmw->setVolatile(true);
    } else if (auto* cx = llvm::dyn_cast<llvm::AtomicCmpXchgInst>(&i)) {
      cx->setVolatile(true);
    } else if (auto* mi = llvm::dyn_cast<llvm::MemIntrinsic>(&i)) {
      mi->setVolatile(llvm::ConstantInt::getTrue(f.getContext()));
    } else if (auto* call = llvm::dyn_cast<llvm::CallBase>(&i)) {
      llvm::Function* callee = call->getCalledFunction();
      if (callee && callee->isIntrinsic()) continue;
      call->addFnAttr(llvm::Attribute::NoBuiltin);
      if (callee && !user.count(callee) && !callee->getName().starts_with("__mswasm_") &&
          !llvm::isa<llvm::CallBrInst>(call))
        libraryCalls.push_back(call);
      if (!callee || callee->isDeclaration() || callee->hasFnAttribute(llvm::Attribute::AlwaysInline)) continue;
      if (!user.count(callee) || escaping.count(callee)) call->addFnAttr(llvm::Attribute::NoInline);
    }
  }
  // A library call whose only effect is writing through its arguments (strcpy into a buffer
  // that dies right after) would be deleted by dead-store elimination; LLVM leaves calls with an
  // operand bundle alone, and the code generator ignores the bundle.
  uint32_t tag = f.getContext().getOrInsertBundleTag("mswasm-keep")->getValue();
  for (llvm::CallBase* call : libraryCalls) {
    llvm::CallBase* kept = llvm::CallBase::addOperandBundle(call, tag, llvm::OperandBundleDef("mswasm-keep", std::vector<llvm::Value*>{}), call->getIterator());
    kept->takeName(call);
    call->replaceAllUsesWith(kept);
    call->eraseFromParent();
  }
}

}  // namespace

void markForBugHunting(llvm::Module& m, bool keep, bool fieldBounds) {
  for (llvm::Function& f : m) {
    if (f.isDeclaration()) continue;
    f.addFnAttr(kProgramCodeAttr);
    if (keep) f.addFnAttr(kKeepAccessesAttr);
    if (fieldBounds) f.addFnAttr(kFieldBoundsAttr);
  }
}

void narrowFieldPointers(llvm::Module& m) {
  for (llvm::Function& f : m) {
    if (!f.hasFnAttribute(kFieldBoundsAttr)) continue;
    f.removeFnAttr(kFieldBoundsAttr);
    narrowFields(f);
  }
}

void keepAccesses(llvm::Module& m) {
  llvm::SmallPtrSet<llvm::Function*, 32> user, escaping;
  for (llvm::Function& f : m)
    if (f.hasFnAttribute(kKeepAccessesAttr)) {
      user.insert(&f);
      if (hasEscapingLocal(f)) escaping.insert(&f);
    }
  for (llvm::Function* f : user) {
    f->removeFnAttr(kKeepAccessesAttr);
    keepFunctionAccesses(*f, user, escaping);
  }
}

}  // namespace mswasm
