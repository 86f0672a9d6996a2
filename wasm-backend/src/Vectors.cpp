// GNU vector types (__attribute__((vector_size(N))), clang's ext_vector_type) become scalar code:
// MSWasm has no vector values. Runs on the linked program before the other legalisation steps,
// so that what it produces (element-wide intrinsics, wide integers) is legalised like C code.
//  1. Signatures: a function whose parameters or result are vectors gets a new signature. A
//     vector parameter <N x T> becomes N parameters of type T; a vector result is stored through
//     a hidden first parameter (a pointer to an N x T slot of the caller) and the function
//     returns void. Every call, direct or through a pointer, is rewritten by the same rule, so a
//     function pointer's signature still matches its callee.
//  2. Volatile vector accesses become one volatile access of a same-size integer; bitcasts
//     between a vector and a scalar (a <4 x i8> seen as an i32) become shifts and ors of the
//     elements; vector reductions (__builtin_reduce_*) become element-by-element folds.
//  3. LLVM's Scalarizer splits every vector operation, load, store, phi and select into element
//     operations; InstSimplify and DCE remove the insert/extract chains left between them.
//  4. Anything still vector-typed is a compile error naming the instruction.
#include "Vectors.h"

#include <string>
#include <vector>

#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/Scalar/DCE.h"
#include "llvm/Transforms/Scalar/InstSimplifyPass.h"
#include "llvm/Transforms/Scalar/Scalarizer.h"

namespace mswasm::backend {
namespace {

using namespace llvm;

bool hasVectorType(FunctionType* fty) {
  if (fty->getReturnType()->isVectorTy()) return true;
  for (Type* p : fty->params())
    if (p->isVectorTy()) return true;
  return false;
}

// The signature with vectors spread into elements and a vector result behind a pointer.
FunctionType* scalarSignature(FunctionType* fty, PointerType* ptrTy) {
  std::vector<Type*> params;
  Type* ret = fty->getReturnType();
  if (ret->isVectorTy()) {
    params.push_back(ptrTy);
    ret = Type::getVoidTy(fty->getContext());
  }
  for (Type* p : fty->params()) {
    if (auto* vt = dyn_cast<FixedVectorType>(p))
      params.insert(params.end(), vt->getNumElements(), vt->getElementType());
    else
      params.push_back(p);
  }
  return FunctionType::get(ret, params, fty->isVarArg());
}

std::string where(const Instruction& i) {
  std::string s;
  if (const DebugLoc& dl = i.getDebugLoc())
    s = dl->getFilename().str() + ":" + std::to_string(dl->getLine()) + ":" + std::to_string(dl->getColumn()) + ": ";
  return s + "in function '" + i.getFunction()->getName().str() + "'";
}

// Attributes of the new signature: the function's own, and those of parameters kept as they were.
AttributeList scalarAttributes(LLVMContext& ctx, AttributeList old, FunctionType* oldTy) {
  std::vector<AttributeSet> params;
  if (oldTy->getReturnType()->isVectorTy()) params.push_back(AttributeSet());
  for (unsigned i = 0; i < oldTy->getNumParams(); ++i) {
    if (auto* vt = dyn_cast<FixedVectorType>(oldTy->getParamType(i)))
      params.insert(params.end(), vt->getNumElements(), AttributeSet());
    else
      params.push_back(old.getParamAttrs(i));
  }
  AttributeSet ret = oldTy->getReturnType()->isVectorTy() ? AttributeSet() : old.getRetAttrs();
  AttributeSet fn = old.getFnAttrs();
  // A result returned through memory: the function now writes memory (a pure function's
  // `memory(none)` would let the optimiser drop the call or the store).
  if (oldTy->getReturnType()->isVectorTy()) fn = fn.removeAttribute(ctx, Attribute::Memory);
  return AttributeList::get(ctx, fn, ret, params);
}

// A vector rebuilt from scalars, one insertelement per element.
Value* gather(IRBuilder<>& b, FixedVectorType* vt, ArrayRef<Value*> elems) {
  Value* v = PoisonValue::get(vt);
  for (unsigned k = 0; k < vt->getNumElements(); ++k) v = b.CreateInsertElement(v, elems[k], b.getInt32(k));
  return v;
}

bool rewriteSignatures(Module& m, std::vector<std::string>& errors) {
  PointerType* ptrTy = PointerType::get(m.getContext(), m.getDataLayout().getAllocaAddrSpace());
  const DataLayout& dl = m.getDataLayout();
  // Functions first: new bodies take the old ones, the old functions' uses move to the new.
  std::vector<Function*> fns;
  for (Function& f : m)
    if (!f.isIntrinsic() && hasVectorType(f.getFunctionType())) fns.push_back(&f);
  for (Function* f : fns) {
    if (f->isDeclaration()) {
      errors.push_back("function '" + f->getName().str() +
                       "': vector parameters or results in a function that is not defined in the program "
                       "(an import) are not supported");
      continue;
    }
    FunctionType* oldTy = f->getFunctionType();
    FunctionType* newTy = scalarSignature(oldTy, ptrTy);
    Function* nf = Function::Create(newTy, f->getLinkage(), f->getAddressSpace(), "", &m);
    nf->takeName(f);
    nf->setCallingConv(f->getCallingConv());
    nf->setVisibility(f->getVisibility());
    nf->setDSOLocal(f->isDSOLocal());
    nf->setUnnamedAddr(f->getUnnamedAddr());
    if (f->hasSection()) nf->setSection(f->getSection());
    if (f->hasComdat()) nf->setComdat(f->getComdat());
    if (MaybeAlign a = f->getAlign()) nf->setAlignment(*a);
    nf->setAttributes(scalarAttributes(m.getContext(), f->getAttributes(), oldTy));
    nf->copyMetadata(f, 0);
    nf->splice(nf->begin(), f);
    IRBuilder<> b(&*nf->getEntryBlock().getFirstInsertionPt());
    unsigned next = 0;
    Argument* out = nullptr;
    if (oldTy->getReturnType()->isVectorTy()) out = nf->getArg(next++);
    for (Argument& a : f->args()) {
      if (auto* vt = dyn_cast<FixedVectorType>(a.getType())) {
        std::vector<Value*> elems;
        for (unsigned k = 0; k < vt->getNumElements(); ++k) elems.push_back(nf->getArg(next++));
        Value* v = gather(b, vt, elems);
        v->takeName(&a);
        a.replaceAllUsesWith(v);
      } else {
        Argument* na = nf->getArg(next++);
        na->takeName(&a);
        a.replaceAllUsesWith(na);
      }
    }
    if (out) {
      auto* vt = cast<FixedVectorType>(oldTy->getReturnType());
      std::vector<ReturnInst*> rets;
      for (BasicBlock& bb : *nf)
        if (auto* r = dyn_cast<ReturnInst>(bb.getTerminator())) rets.push_back(r);
      for (ReturnInst* r : rets) {
        IRBuilder<> rb(r);
        rb.CreateAlignedStore(r->getReturnValue(), out, dl.getABITypeAlign(vt->getElementType()));
        ReturnInst* nr = rb.CreateRetVoid();
        nr->setDebugLoc(r->getDebugLoc());
        r->eraseFromParent();
      }
    }
    f->replaceAllUsesWith(nf);
    f->eraseFromParent();
  }
  // Calls: every call whose type has vectors, whatever it calls.
  std::vector<CallInst*> calls;
  for (Function& f : m)
    for (Instruction& i : instructions(f))
      if (auto* c = dyn_cast<CallInst>(&i))
        if (!isa<IntrinsicInst>(c) && hasVectorType(c->getFunctionType())) calls.push_back(c);
  for (CallInst* c : calls) {
    FunctionType* oldTy = c->getFunctionType();
    FunctionType* newTy = scalarSignature(oldTy, ptrTy);
    IRBuilder<> b(c);
    std::vector<Value*> args;
    AllocaInst* slot = nullptr;
    auto* retTy = dyn_cast<FixedVectorType>(oldTy->getReturnType());
    if (retTy) {
      BasicBlock& entry = c->getFunction()->getEntryBlock();
      IRBuilder<> eb(&entry, entry.getFirstInsertionPt());
      slot = eb.CreateAlloca(ArrayType::get(retTy->getElementType(), retTy->getNumElements()), nullptr, "vector.result");
      slot->setAlignment(dl.getABITypeAlign(retTy->getElementType()));
      args.push_back(slot);
    }
    for (unsigned i = 0; i < c->arg_size(); ++i) {
      Value* a = c->getArgOperand(i);
      if (auto* vt = dyn_cast<FixedVectorType>(a->getType()); vt && i < oldTy->getNumParams()) {
        for (unsigned k = 0; k < vt->getNumElements(); ++k) args.push_back(b.CreateExtractElement(a, b.getInt32(k)));
      } else if (a->getType()->isVectorTy()) {
        errors.push_back(where(*c) + ": a vector passed to a variadic function is not supported");
        args.push_back(PoisonValue::get(vt ? vt->getElementType() : a->getType()));
      } else {
        args.push_back(a);
      }
    }
    SmallVector<OperandBundleDef, 1> bundles;
    c->getOperandBundlesAsDefs(bundles);
    CallInst* nc = b.CreateCall(newTy, c->getCalledOperand(), args, bundles);
    nc->setCallingConv(c->getCallingConv());
    nc->setAttributes(scalarAttributes(m.getContext(), c->getAttributes(), oldTy));
    nc->setTailCallKind(c->getTailCallKind());
    nc->setDebugLoc(c->getDebugLoc());
    if (retTy) {
      nc->setTailCallKind(CallInst::TCK_None);  // the result slot lives in the caller's frame
      LoadInst* v = b.CreateAlignedLoad(retTy, slot, dl.getABITypeAlign(retTy->getElementType()));
      v->setDebugLoc(c->getDebugLoc());
      c->replaceAllUsesWith(v);
    } else if (!c->getType()->isVoidTy()) {
      nc->takeName(c);
      c->replaceAllUsesWith(nc);
    }
    c->eraseFromParent();
  }
  return errors.empty();
}

// An element as an integer of its width (floats bitcast, integers as they are).
Value* elementBits(IRBuilder<>& b, Value* e) {
  Type* t = e->getType();
  if (t->isIntegerTy()) return e;
  return b.CreateBitCast(e, b.getIntNTy(unsigned(t->getPrimitiveSizeInBits())));
}

// Volatile vector loads and stores (which the Scalarizer leaves alone: it would split one access
// into several) become one volatile access of an integer as wide as the vector, bit-cast.
void integerVolatileAccesses(Function& f, std::vector<std::string>& errors) {
  std::vector<Instruction*> work;
  for (Instruction& i : instructions(f)) {
    if (auto* l = dyn_cast<LoadInst>(&i); l && !l->isSimple() && l->getType()->isVectorTy()) work.push_back(l);
    if (auto* st = dyn_cast<StoreInst>(&i); st && !st->isSimple() && st->getValueOperand()->getType()->isVectorTy())
      work.push_back(st);
  }
  for (Instruction* i : work) {
    auto* l = dyn_cast<LoadInst>(i);
    auto* st = dyn_cast<StoreInst>(i);
    auto* vt = cast<FixedVectorType>(l ? l->getType() : st->getValueOperand()->getType());
    if (vt->getElementType()->isPointerTy() || (l ? l->isAtomic() : st->isAtomic())) {
      errors.push_back(where(*i) + ": a volatile or atomic access to a vector of pointers, or an atomic vector access, is not supported");
      continue;
    }
    IRBuilder<> b(i);
    Type* intTy = b.getIntNTy(unsigned(vt->getPrimitiveSizeInBits()));
    if (l) {
      LoadInst* nl = b.CreateAlignedLoad(intTy, l->getPointerOperand(), l->getAlign(), /*isVolatile=*/true);
      nl->copyMetadata(*l);
      Value* v = b.CreateBitCast(nl, vt);
      v->takeName(l);
      l->replaceAllUsesWith(v);
    } else {
      Value* bits = b.CreateBitCast(st->getValueOperand(), intTy);
      StoreInst* ns = b.CreateAlignedStore(bits, st->getPointerOperand(), st->getAlign(), /*isVolatile=*/true);
      ns->copyMetadata(*st);
    }
    i->eraseFromParent();
  }
}

// Bitcasts between vectors and scalars, and vector reductions, in element operations.
void expandCastsAndReductions(Function& f, std::vector<std::string>& errors) {
  std::vector<Instruction*> work;
  for (Instruction& i : instructions(f)) {
    if (auto* bc = dyn_cast<BitCastInst>(&i)) {
      if (bc->getSrcTy()->isVectorTy() != bc->getDestTy()->isVectorTy()) work.push_back(bc);
    } else if (auto* ii = dyn_cast<IntrinsicInst>(&i)) {
      if (ii->getNumOperands() > 1 && ii->getArgOperand(0)->getType()->isVectorTy() &&
          StringRef(ii->getCalledFunction()->getName()).starts_with("llvm.vector.reduce."))
        work.push_back(ii);
    }
  }
  for (Instruction* i : work) {
    IRBuilder<> b(i);
    Value* result = nullptr;
    if (auto* bc = dyn_cast<BitCastInst>(i)) {
      if (auto* vt = dyn_cast<FixedVectorType>(bc->getSrcTy())) {
        // Vector to scalar: element k holds bits [k*w, (k+1)*w) (little-endian).
        if (vt->getElementType()->isPointerTy() || bc->getDestTy()->isPointerTy()) {
          errors.push_back(where(*i) + ": bitcast of a vector of pointers is not supported");
          continue;
        }
        unsigned w = unsigned(vt->getElementType()->getPrimitiveSizeInBits());
        unsigned total = w * vt->getNumElements();
        Type* wideTy = b.getIntNTy(total);
        Value* acc = ConstantInt::get(wideTy, 0);
        for (unsigned k = 0; k < vt->getNumElements(); ++k) {
          Value* e = elementBits(b, b.CreateExtractElement(bc->getOperand(0), b.getInt32(k)));
          Value* z = b.CreateZExt(e, wideTy);
          if (k) z = b.CreateShl(z, ConstantInt::get(wideTy, uint64_t(k) * w));
          acc = b.CreateOr(acc, z);
        }
        result = bc->getDestTy()->isIntegerTy() ? acc : b.CreateBitCast(acc, bc->getDestTy());
      } else {
        auto* dt = cast<FixedVectorType>(bc->getDestTy());
        if (dt->getElementType()->isPointerTy()) {
          errors.push_back(where(*i) + ": bitcast to a vector of pointers is not supported");
          continue;
        }
        unsigned w = unsigned(dt->getElementType()->getPrimitiveSizeInBits());
        Type* wideTy = b.getIntNTy(w * dt->getNumElements());
        Value* bits = bc->getOperand(0);
        if (!bits->getType()->isIntegerTy()) bits = b.CreateBitCast(bits, wideTy);
        std::vector<Value*> elems;
        for (unsigned k = 0; k < dt->getNumElements(); ++k) {
          Value* s = k ? b.CreateLShr(bits, ConstantInt::get(wideTy, uint64_t(k) * w)) : bits;
          Value* e = b.CreateTrunc(s, b.getIntNTy(w));
          if (!dt->getElementType()->isIntegerTy()) e = b.CreateBitCast(e, dt->getElementType());
          elems.push_back(e);
        }
        result = gather(b, dt, elems);
      }
    } else {
      auto* ii = cast<IntrinsicInst>(i);
      Intrinsic::ID id = ii->getIntrinsicID();
      bool hasStart = id == Intrinsic::vector_reduce_fadd || id == Intrinsic::vector_reduce_fmul;
      Value* vec = ii->getArgOperand(hasStart ? 1 : 0);
      auto* vt = dyn_cast<FixedVectorType>(vec->getType());
      if (!vt) {
        errors.push_back(where(*i) + ": reduction of a scalable vector is not supported");
        continue;
      }
      Value* acc = hasStart ? ii->getArgOperand(0) : b.CreateExtractElement(vec, b.getInt32(0));
      for (unsigned k = hasStart ? 0 : 1; k < vt->getNumElements(); ++k) {
        Value* e = b.CreateExtractElement(vec, b.getInt32(k));
        switch (id) {
          case Intrinsic::vector_reduce_add: acc = b.CreateAdd(acc, e); break;
          case Intrinsic::vector_reduce_mul: acc = b.CreateMul(acc, e); break;
          case Intrinsic::vector_reduce_and: acc = b.CreateAnd(acc, e); break;
          case Intrinsic::vector_reduce_or: acc = b.CreateOr(acc, e); break;
          case Intrinsic::vector_reduce_xor: acc = b.CreateXor(acc, e); break;
          case Intrinsic::vector_reduce_smax: acc = b.CreateBinaryIntrinsic(Intrinsic::smax, acc, e); break;
          case Intrinsic::vector_reduce_smin: acc = b.CreateBinaryIntrinsic(Intrinsic::smin, acc, e); break;
          case Intrinsic::vector_reduce_umax: acc = b.CreateBinaryIntrinsic(Intrinsic::umax, acc, e); break;
          case Intrinsic::vector_reduce_umin: acc = b.CreateBinaryIntrinsic(Intrinsic::umin, acc, e); break;
          case Intrinsic::vector_reduce_fadd: acc = b.CreateFAdd(acc, e); break;
          case Intrinsic::vector_reduce_fmul: acc = b.CreateFMul(acc, e); break;
          case Intrinsic::vector_reduce_fmax: acc = b.CreateBinaryIntrinsic(Intrinsic::maxnum, acc, e); break;
          case Intrinsic::vector_reduce_fmin: acc = b.CreateBinaryIntrinsic(Intrinsic::minnum, acc, e); break;
          case Intrinsic::vector_reduce_fmaximum: acc = b.CreateBinaryIntrinsic(Intrinsic::maximum, acc, e); break;
          case Intrinsic::vector_reduce_fminimum: acc = b.CreateBinaryIntrinsic(Intrinsic::minimum, acc, e); break;
          default:
            errors.push_back(where(*i) + ": unsupported vector intrinsic '" + ii->getCalledFunction()->getName().str() + "'");
            acc = nullptr;
        }
        if (!acc) break;
      }
      if (!acc) continue;
      // In element order: the sequential form of an ordered floating-point reduction.
      result = acc;
    }
    result->takeName(i);
    i->replaceAllUsesWith(result);
    i->eraseFromParent();
  }
}

bool usesVectors(const Function& f) {
  for (const Instruction& i : instructions(f)) {
    if (i.getType()->isVectorTy()) return true;
    for (const Value* op : i.operands())
      if (op->getType()->isVectorTy()) return true;
  }
  return false;
}

}  // namespace

bool scalarizeVectors(Module& m, std::vector<std::string>& errors) {
  size_t before = errors.size();
  rewriteSignatures(m, errors);
  if (errors.size() != before) return false;
  FunctionAnalysisManager fam;
  PassBuilder pb;
  pb.registerFunctionAnalyses(fam);
  for (Function& f : m) {
    if (f.isDeclaration() || !usesVectors(f)) continue;
    integerVolatileAccesses(f, errors);
    expandCastsAndReductions(f, errors);
    ScalarizerPassOptions opts;
    opts.ScalarizeLoadStore = true;
    opts.ScalarizeVariableInsertExtract = true;
    opts.ScalarizeMinBits = 0;
    FunctionPassManager fpm;
    fpm.addPass(ScalarizerPass(opts));
    fpm.addPass(InstSimplifyPass());
    fpm.addPass(DCEPass());
    fpm.run(f, fam);
    fam.clear();
    // Name what is left: a call first (the construct the user wrote), glue (insert/extract
    // element, which the Scalarizer leaves around it) last.
    Instruction* worst = nullptr;
    int worstRank = 0;
    for (Instruction& i : instructions(f)) {
      bool vec = i.getType()->isVectorTy();
      for (const Value* op : i.operands()) vec |= op->getType()->isVectorTy();
      if (!vec) continue;
      int rank = isa<CallInst>(i) ? 3 : isa<InsertElementInst>(i) || isa<ExtractElementInst>(i) ? 1 : 2;
      if (rank > worstRank) {
        worst = &i;
        worstRank = rank;
      }
    }
    if (worst) {
      auto* call = dyn_cast<CallInst>(worst);
      std::string what = worst->getOpcodeName();
      if (call && call->getCalledFunction()) what += " " + call->getCalledFunction()->getName().str();
      errors.push_back(where(*worst) + ": vector operation '" + what + "' is not supported");
    }
  }
  return errors.size() == before;
}

}  // namespace mswasm::backend
