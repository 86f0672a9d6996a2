// IR legalisation after the whole-program link: rewrites what the emitter does not take.
//  1. llvm.global_ctors / llvm.global_dtors become the bodies of __mswasm_call_ctors and
//     __mswasm_call_dtors (priority order), which libc's start-up and exit call.
//  1b. Computed goto: label addresses become numbers, indirectbr a switch (IndirectGoto.cpp).
//  2. Variadic functions and calls: lowered to an explicit argument buffer (VarArgs.cpp; LLVM
//     19's expand-variadics makes invalid IR outside address space 0).
//  2a. GNU vector types become element-wise scalar code (Vectors.cpp).
//  2b. Integer intrinsics at widths the emitter does not take (IntIntrinsics.cpp).
//  3. Pointer-width integers: (uintptr_t)p is trunc(ptrtoint p to i128), and InstCombine widens
//     the arithmetic around it to i128; it is rebuilt at 32/64 bits where only those are used.
//  3b. Integers wider than 64 bits (bit-field units, __int128) become i64 halves (WideInts.cpp).
//  4. Irreducible control flow: LowerSwitch + FixIrreducible, only on functions that need it.
//  5. Unreachable blocks are removed.
#include <map>

#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/Utils/FixIrreducible.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/LowerSwitch.h"
#include "HugeInts.h"
#include "IndirectGoto.h"
#include "IntIntrinsics.h"
#include "PointerAtomics.h"
#include "VarArgs.h"
#include "Vectors.h"
#include "WideInts.h"
#include "mswasm/backend/CodeGen.h"

namespace mswasm {
namespace {

// Defines `name` (void(void)) calling the functions of the `list` global in priority order.
void defineInitList(llvm::Module& m, llvm::StringRef listName, llvm::StringRef name) {
  llvm::LLVMContext& ctx = m.getContext();
  std::multimap<uint64_t, llvm::Function*> ordered;
  if (llvm::GlobalVariable* list = m.getNamedGlobal(listName)) {
    if (auto* arr = llvm::dyn_cast_or_null<llvm::ConstantArray>(list->getInitializer())) {
      for (llvm::Value* op : arr->operands()) {
        auto* entry = llvm::dyn_cast<llvm::ConstantStruct>(op);
        if (!entry) continue;
        auto* prio = llvm::dyn_cast<llvm::ConstantInt>(entry->getOperand(0));
        auto* fn = llvm::dyn_cast<llvm::Function>(entry->getOperand(1)->stripPointerCasts());
        if (prio && fn) ordered.emplace(prio->getZExtValue(), fn);
      }
    }
    list->eraseFromParent();
  }
  llvm::Function* f = m.getFunction(name);
  if (!f && ordered.empty()) return;
  auto* fty = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false);
  if (!f) f = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, m.getDataLayout().getProgramAddressSpace(), name, &m);
  if (!f->isDeclaration()) return;
  f->clearMetadata();  // a declaration's debug info may not stay on a definition
  auto* bb = llvm::BasicBlock::Create(ctx, "entry", f);
  llvm::IRBuilder<> b(bb);
  bool dtors = listName == "llvm.global_dtors";
  if (dtors) {
    for (auto it = ordered.rbegin(); it != ordered.rend(); ++it) b.CreateCall(it->second->getFunctionType(), it->second);
  } else {
    for (auto& [prio, fn] : ordered) b.CreateCall(fn->getFunctionType(), fn);
  }
  b.CreateRetVoid();
}

// Clang computes (uintptr_t)p as trunc(ptrtoint p to i128), and InstCombine then widens the
// arithmetic around it to i128. Where only the low W <= 64 bits are used (a trunc to W bits or
// an inttoptr), the expression is rebuilt at W bits: the low W bits of add, sub, mul, and, or,
// xor and shl depend only on the low W bits of their operands.
llvm::Value* narrowExpr(llvm::Value* v, llvm::Type* to, llvm::IRBuilder<>& b, unsigned depth = 0) {
  if (depth > 32) return nullptr;
  unsigned w = to->getIntegerBitWidth();
  if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(v)) return llvm::ConstantInt::get(to, c->getValue().trunc(w));
  auto* i = llvm::dyn_cast<llvm::Instruction>(v);
  if (!i) return nullptr;
  if (auto* p2i = llvm::dyn_cast<llvm::PtrToIntInst>(i)) {
    b.SetInsertPoint(p2i);
    return b.CreatePtrToInt(p2i->getPointerOperand(), to);
  }
  if (llvm::isa<llvm::ZExtInst>(i) || llvm::isa<llvm::SExtInst>(i)) {
    llvm::Value* src = i->getOperand(0);
    b.SetInsertPoint(i);
    if (src->getType()->getIntegerBitWidth() >= w) return b.CreateTrunc(src, to);
    return llvm::isa<llvm::ZExtInst>(i) ? b.CreateZExt(src, to) : b.CreateSExt(src, to);
  }
  switch (i->getOpcode()) {
    case llvm::Instruction::Add: case llvm::Instruction::Sub: case llvm::Instruction::Mul:
    case llvm::Instruction::And: case llvm::Instruction::Or: case llvm::Instruction::Xor:
    case llvm::Instruction::Shl: {
      if (i->getOpcode() == llvm::Instruction::Shl && !llvm::isa<llvm::ConstantInt>(i->getOperand(1))) return nullptr;
      llvm::Value* a = narrowExpr(i->getOperand(0), to, b, depth + 1);
      llvm::Value* c = a ? narrowExpr(i->getOperand(1), to, b, depth + 1) : nullptr;
      if (!c) return nullptr;
      b.SetInsertPoint(i);
      return b.CreateBinOp(static_cast<llvm::Instruction::BinaryOps>(i->getOpcode()), a, c);
    }
    case llvm::Instruction::Select: {
      llvm::Value* a = narrowExpr(i->getOperand(1), to, b, depth + 1);
      llvm::Value* c = a ? narrowExpr(i->getOperand(2), to, b, depth + 1) : nullptr;
      if (!c) return nullptr;
      b.SetInsertPoint(i);
      return b.CreateSelect(i->getOperand(0), a, c);
    }
    default:
      return nullptr;
  }
}

void narrowPointerArithmetic(llvm::Module& m) {
  llvm::IRBuilder<> b(m.getContext());
  // LLVM may widen `(uintptr_t)p` to the pointer's 128 bits when it merges tests on it
  // (`p % 16 == 0 && p % 8 == 0`): the address is 32 bits, zero-extended.
  for (llvm::Function& f : m) {
    std::vector<llvm::PtrToIntInst*> wide;
    for (llvm::Instruction& i : llvm::instructions(f))
      if (auto* p2i = llvm::dyn_cast<llvm::PtrToIntInst>(&i); p2i && p2i->getType()->getIntegerBitWidth() > 64)
        wide.push_back(p2i);
    for (llvm::PtrToIntInst* p2i : wide) {
      b.SetInsertPoint(p2i);
      llvm::Value* addr = b.CreatePtrToInt(p2i->getPointerOperand(), b.getInt32Ty());
      llvm::Value* ext = b.CreateZExt(addr, p2i->getType(), p2i->getName());
      for (llvm::Value* v : {addr, ext})
        if (auto* vi = llvm::dyn_cast<llvm::Instruction>(v)) vi->setDebugLoc(p2i->getDebugLoc());
      p2i->replaceAllUsesWith(ext);
      p2i->eraseFromParent();
    }
  }
  for (llvm::Function& f : m) {
    std::vector<llvm::Instruction*> users;
    for (llvm::Instruction& i : llvm::instructions(f)) {
      if (i.getNumOperands() == 0 || !i.getOperand(0)->getType()->isIntegerTy() ||
          i.getOperand(0)->getType()->getIntegerBitWidth() <= 64)
        continue;
      if ((llvm::isa<llvm::TruncInst>(i) && i.getType()->getIntegerBitWidth() <= 64) || llvm::isa<llvm::IntToPtrInst>(i))
        users.push_back(&i);
    }
    for (llvm::Instruction* u : users) {
      llvm::Type* to = llvm::isa<llvm::IntToPtrInst>(u) ? llvm::Type::getInt32Ty(m.getContext()) : u->getType();
      llvm::Value* narrow = narrowExpr(u->getOperand(0), to, b);
      if (!narrow) continue;
      b.SetInsertPoint(u);
      llvm::Value* repl = llvm::isa<llvm::IntToPtrInst>(u) ? b.CreateIntToPtr(narrow, u->getType()) : narrow;
      if (auto* ri = llvm::dyn_cast<llvm::Instruction>(repl)) ri->setDebugLoc(u->getDebugLoc());
      u->replaceAllUsesWith(repl);
      llvm::RecursivelyDeleteTriviallyDeadInstructions(u);
    }
  }
}

// Phis of small structs ({iN, i1} from the overflow intrinsics) become one phi per element, read
// with extractvalue in each predecessor; extractvalue users of the phi read the element phis.
void scalarizeAggregatePhis(llvm::Function& f) {
  std::vector<llvm::PHINode*> phis;
  for (llvm::BasicBlock& bb : f)
    for (llvm::PHINode& phi : bb.phis())
      if (phi.getType()->isStructTy()) phis.push_back(&phi);
  for (llvm::PHINode* phi : phis) {
    auto* st = llvm::cast<llvm::StructType>(phi->getType());
    std::vector<llvm::PHINode*> parts;
    for (unsigned e = 0; e < st->getNumElements(); ++e) {
      auto* part = llvm::PHINode::Create(st->getElementType(e), phi->getNumIncomingValues(),
                                         phi->getName() + ".e" + llvm::Twine(e), phi->getIterator());
      for (unsigned k = 0; k < phi->getNumIncomingValues(); ++k) {
        llvm::Value* in = phi->getIncomingValue(k);
        llvm::BasicBlock* pred = phi->getIncomingBlock(k);
        llvm::Value* elem;
        if (auto* c = llvm::dyn_cast<llvm::Constant>(in)) {
          elem = c->getAggregateElement(e);
        } else {
          elem = llvm::ExtractValueInst::Create(in, {e}, "", pred->getTerminator()->getIterator());
        }
        part->addIncoming(elem, pred);
      }
      parts.push_back(part);
    }
    for (llvm::User* u : llvm::make_early_inc_range(phi->users())) {
      auto* ev = llvm::dyn_cast<llvm::ExtractValueInst>(u);
      if (ev && ev->getNumIndices() == 1) {
        ev->replaceAllUsesWith(parts[ev->getIndices()[0]]);
        ev->eraseFromParent();
      }
    }
    if (phi->use_empty()) phi->eraseFromParent();
    for (llvm::PHINode* part : parts)
      if (part->use_empty()) part->eraseFromParent();
  }
}

bool isIrreducible(llvm::Function& f) {
  llvm::DominatorTree dt(f);
  llvm::DenseMap<const llvm::BasicBlock*, unsigned> rpo;
  unsigned n = 0;
  for (llvm::BasicBlock* bb : llvm::ReversePostOrderTraversal<llvm::Function*>(&f)) rpo[bb] = n++;
  for (auto& [bb, num] : rpo)
    for (const llvm::BasicBlock* succ : llvm::successors(bb))
      if (rpo.lookup(succ) <= num && !dt.dominates(succ, bb)) return true;
  return false;
}

}  // namespace

bool legalizeModule(llvm::Module& m, std::vector<std::string>& errors) {
  defineInitList(m, "llvm.global_ctors", "__mswasm_call_ctors");
  defineInitList(m, "llvm.global_dtors", "__mswasm_call_dtors");
  for (const char* name : {"llvm.used", "llvm.compiler.used"})
    if (llvm::GlobalVariable* g = m.getNamedGlobal(name)) g->eraseFromParent();

  if (!backend::lowerComputedGoto(m, errors)) return false;

  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb;
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  if (!backend::lowerVariadics(m, errors)) return false;
  if (!backend::scalarizeVectors(m, errors)) return false;
  // Struct phis of overflow results are split first, so that every use of an overflow
  // intrinsic is an extractvalue the intrinsic legalisation can rewrite.
  for (llvm::Function& f : m)
    if (!f.isDeclaration()) scalarizeAggregatePhis(f);
  backend::legalizeIntegerIntrinsics(m);
  backend::splitHugeIntegers(m);
  narrowPointerArithmetic(m);
  backend::retypePointerAtomics(m);  // again, in case optimisation made new ones
  if (!backend::expandWideIntegers(m, errors)) return false;
  for (llvm::Function& f : m) {
    if (f.isDeclaration()) continue;
    llvm::removeUnreachableBlocks(f);
    scalarizeAggregatePhis(f);
    if (!isIrreducible(f)) continue;
    llvm::FunctionPassManager fpm;
    fpm.addPass(llvm::LowerSwitchPass());
    fpm.addPass(llvm::FixIrreduciblePass());
    fpm.run(f, fam);
    fam.invalidate(f, llvm::PreservedAnalyses::none());
    if (isIrreducible(f)) errors.push_back("in function '" + f.getName().str() + "': irreducible control flow could not be fixed");
  }
  for (llvm::Function& f : m) {
    if (f.isVarArg() && !f.isDeclaration())
      errors.push_back("in function '" + f.getName().str() + "': variadic function survived expand-variadics");
  }
  return errors.empty();
}

}  // namespace mswasm
