// Variadic functions, lowered to an explicit argument buffer (LLVM 19's expand-variadics
// produces invalid IR with the handle address space, so MSWasm has its own).
//
// Convention (matches the va_arg code Clang's WebAssembly ABI emits in the callee): the caller
// stores the variadic arguments in one stack buffer, each at an offset aligned to
// max(4, its ABI alignment), advancing by its size rounded up to 4; an aggregate passed byval is
// stored as a pointer (a handle) to a copy. The callee receives a handle to the buffer as one
// extra trailing parameter; va_start stores that handle into the va_list, va_copy copies the
// handle, va_end does nothing. A variadic call with no variadic arguments passes null.
#include <vector>

#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/Alignment.h"
#include "VarArgs.h"

namespace mswasm::backend {
namespace {

llvm::FunctionType* loweredType(llvm::FunctionType* ft, llvm::PointerType* ptrTy) {
  std::vector<llvm::Type*> params(ft->param_begin(), ft->param_end());
  params.push_back(ptrTy);
  return llvm::FunctionType::get(ft->getReturnType(), params, false);
}

// Rewrites one variadic call site into a call passing the argument buffer.
void lowerCall(llvm::CallBase& call, llvm::PointerType* ptrTy, const llvm::DataLayout& dl) {
  llvm::FunctionType* ft = call.getFunctionType();
  unsigned fixed = ft->getNumParams();
  llvm::Function* caller = call.getFunction();
  llvm::IRBuilder<> entry(&caller->getEntryBlock(), caller->getEntryBlock().begin());
  llvm::IRBuilder<> b(&call);
  llvm::LLVMContext& ctx = call.getContext();

  struct Slot { llvm::Value* value; uint64_t offset; };
  std::vector<Slot> slots;
  uint64_t offset = 0, maxAlign = 4;
  for (unsigned i = fixed; i < call.arg_size(); ++i) {
    llvm::Value* v = call.getArgOperand(i);
    if (call.isByValArgument(i)) {
      // The callee reads a pointer to its own copy of the aggregate.
      llvm::Type* ty = call.getParamByValType(i);
      llvm::Align align = call.getParamAlign(i).valueOrOne();
      llvm::AllocaInst* copy = entry.CreateAlloca(ty, dl.getAllocaAddrSpace(), nullptr, "vararg.byval");
      copy->setAlignment(std::max(align, dl.getABITypeAlign(ty)));
      b.CreateMemCpy(copy, copy->getAlign(), v, align, dl.getTypeAllocSize(ty));
      v = copy;
    }
    llvm::Type* ty = v->getType();
    uint64_t align = std::max<uint64_t>(4, dl.getABITypeAlign(ty).value());
    maxAlign = std::max(maxAlign, align);
    offset = llvm::alignTo(offset, align);
    slots.push_back({v, offset});
    offset += llvm::alignTo(dl.getTypeAllocSize(ty), 4);
  }
  llvm::Value* buffer = llvm::ConstantPointerNull::get(ptrTy);
  if (!slots.empty()) {
    auto* arrTy = llvm::ArrayType::get(llvm::Type::getInt8Ty(ctx), offset);
    llvm::AllocaInst* buf = entry.CreateAlloca(arrTy, dl.getAllocaAddrSpace(), nullptr, "vararg.buffer");
    buf->setAlignment(llvm::Align(maxAlign));
    for (const Slot& s : slots) {
      llvm::Value* at = b.CreateConstInBoundsGEP1_32(llvm::Type::getInt8Ty(ctx), buf, unsigned(s.offset));
      b.CreateAlignedStore(s.value, at, llvm::Align(std::min<uint64_t>(maxAlign, dl.getABITypeAlign(s.value->getType()).value())));
    }
    buffer = buf;
  }
  std::vector<llvm::Value*> args(call.arg_begin(), call.arg_begin() + fixed);
  args.push_back(buffer);
  llvm::FunctionType* nft = loweredType(ft, ptrTy);
  llvm::CallInst* nc = b.CreateCall(nft, call.getCalledOperand(), args);
  nc->setCallingConv(call.getCallingConv());
  nc->setDebugLoc(call.getDebugLoc());
  // Keep the attributes of the fixed parameters and of the return value.
  llvm::AttributeList attrs = call.getAttributes();
  std::vector<llvm::AttributeSet> params;
  for (unsigned i = 0; i < fixed; ++i) params.push_back(attrs.getParamAttrs(i));
  params.push_back(llvm::AttributeSet());
  nc->setAttributes(llvm::AttributeList::get(ctx, attrs.getFnAttrs(), attrs.getRetAttrs(), params));
  call.replaceAllUsesWith(nc);
  call.eraseFromParent();
}

// Moves a variadic function's body into a non-variadic function with the buffer parameter.
llvm::Function* lowerDefinition(llvm::Function& f, llvm::PointerType* ptrTy) {
  llvm::FunctionType* nft = loweredType(f.getFunctionType(), ptrTy);
  llvm::Function* nf = llvm::Function::Create(nft, f.getLinkage(), f.getAddressSpace(), "", f.getParent());
  nf->copyAttributesFrom(&f);
  nf->setAttributes(f.getAttributes());
  nf->setSubprogram(f.getSubprogram());
  nf->takeName(&f);
  nf->splice(nf->end(), &f);
  auto newArg = nf->arg_begin();
  for (llvm::Argument& a : f.args()) {
    newArg->takeName(&a);
    a.replaceAllUsesWith(&*newArg);
    ++newArg;
  }
  llvm::Argument* buffer = &*newArg;
  buffer->setName("varargs");
  for (llvm::Instruction& i : llvm::make_early_inc_range(llvm::instructions(*nf))) {
    auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(&i);
    if (!ii) continue;
    llvm::IRBuilder<> b(ii);
    switch (ii->getIntrinsicID()) {
      case llvm::Intrinsic::vastart:
        b.CreateAlignedStore(buffer, ii->getArgOperand(0), llvm::Align(16));
        ii->eraseFromParent();
        break;
      case llvm::Intrinsic::vaend:
        ii->eraseFromParent();
        break;
      default:
        break;
    }
  }
  f.replaceAllUsesWith(nf);
  return nf;
}

}  // namespace

bool lowerVariadics(llvm::Module& m, std::vector<std::string>& errors) {
  const llvm::DataLayout& dl = m.getDataLayout();
  auto* ptrTy = llvm::PointerType::get(m.getContext(), dl.getProgramAddressSpace());
  // va_copy anywhere: copy the buffer handle.
  for (llvm::Function& f : m) {
    for (llvm::Instruction& i : llvm::make_early_inc_range(llvm::instructions(f))) {
      auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(&i);
      if (ii && ii->getIntrinsicID() == llvm::Intrinsic::vacopy) {
        llvm::IRBuilder<> b(ii);
        llvm::Value* h = b.CreateAlignedLoad(ptrTy, ii->getArgOperand(1), llvm::Align(16));
        b.CreateAlignedStore(h, ii->getArgOperand(0), llvm::Align(16));
        ii->eraseFromParent();
      } else if (ii && ii->getIntrinsicID() == llvm::Intrinsic::vaend) {
        ii->eraseFromParent();  // va_end does nothing with a buffer handle
      } else if (llvm::isa<llvm::VAArgInst>(i)) {
        errors.push_back("in function '" + f.getName().str() + "': va_arg instruction is not supported");
      }
    }
  }
  // Call sites first (their callee's type is still variadic), then the definitions.
  std::vector<llvm::CallBase*> calls;
  for (llvm::Function& f : m)
    for (llvm::Instruction& i : llvm::instructions(f))
      if (auto* cb = llvm::dyn_cast<llvm::CallBase>(&i); cb && cb->getFunctionType()->isVarArg() && !cb->isInlineAsm())
        calls.push_back(cb);
  for (llvm::CallBase* cb : calls) {
    if (!llvm::isa<llvm::CallInst>(cb)) {
      errors.push_back("in function '" + cb->getFunction()->getName().str() + "': variadic invoke is not supported");
      continue;
    }
    lowerCall(*cb, ptrTy, dl);
  }
  std::vector<llvm::Function*> variadic;
  for (llvm::Function& f : m)
    if (f.isVarArg() && !f.isIntrinsic()) variadic.push_back(&f);
  for (llvm::Function* f : variadic) {
    if (f->isDeclaration()) {
      llvm::Function* nf = llvm::Function::Create(loweredType(f->getFunctionType(), ptrTy), f->getLinkage(),
                                                  f->getAddressSpace(), "", &m);
      nf->copyAttributesFrom(f);
      nf->takeName(f);
      f->replaceAllUsesWith(nf);
    } else {
      lowerDefinition(*f, ptrTy);
    }
    f->eraseFromParent();
  }
  return errors.empty();
}

}  // namespace mswasm::backend
