// IR legalisation after the whole-program link: rewrites what the emitter does not take.
//  1. llvm.global_ctors / llvm.global_dtors become the bodies of __mswasm_call_ctors and
//     __mswasm_call_dtors (priority order), which libc's start-up and exit call.
//  2. Variadic functions and calls: lowered to an explicit argument buffer (VarArgs.cpp; LLVM
//     19's expand-variadics makes invalid IR outside address space 0).
//  3. Pointer-width casts: Clang writes (uintptr_t)p as trunc(ptrtoint p to i128); that becomes
//     ptrtoint p to i32 (and inttoptr of a zero-extended i32 becomes inttoptr of the i32).
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
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/Utils/FixIrreducible.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/LowerSwitch.h"
#include "VarArgs.h"
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

// trunc(ptrtoint p to iN>64) to iM  ->  ptrtoint p to iM;  inttoptr(zext x) -> inttoptr x.
void narrowPointerCasts(llvm::Module& m) {
  std::vector<llvm::Instruction*> dead;
  for (llvm::Function& f : m) {
    for (llvm::Instruction& i : llvm::instructions(f)) {
      if (auto* p2i = llvm::dyn_cast<llvm::PtrToIntInst>(&i); p2i && p2i->getType()->getIntegerBitWidth() > 64) {
        for (llvm::User* u : llvm::make_early_inc_range(p2i->users())) {
          auto* tr = llvm::dyn_cast<llvm::TruncInst>(u);
          if (!tr || tr->getType()->getIntegerBitWidth() > 64) continue;
          auto* narrow = new llvm::PtrToIntInst(p2i->getOperand(0), tr->getType(), "", tr);
          narrow->setDebugLoc(tr->getDebugLoc());
          tr->replaceAllUsesWith(narrow);
          dead.push_back(tr);
        }
      }
      if (auto* i2p = llvm::dyn_cast<llvm::IntToPtrInst>(&i)) {
        auto* ext = llvm::dyn_cast<llvm::ZExtInst>(i2p->getOperand(0));
        if (ext && ext->getType()->getIntegerBitWidth() > 64 &&
            ext->getOperand(0)->getType()->getIntegerBitWidth() <= 64)
          i2p->setOperand(0, ext->getOperand(0));
      }
    }
  }
  for (llvm::Instruction* i : dead) i->eraseFromParent();
  for (llvm::Function& f : m)
    for (llvm::Instruction& i : llvm::make_early_inc_range(llvm::instructions(f)))
      if (auto* p2i = llvm::dyn_cast<llvm::PtrToIntInst>(&i); p2i && p2i->use_empty()) p2i->eraseFromParent();
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
  narrowPointerCasts(m);
  for (llvm::Function& f : m) {
    if (f.isDeclaration()) continue;
    llvm::removeUnreachableBlocks(f);
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
