// The MSWasm provenance pass, run at the start of every optimisation pipeline (-O0 included).
// An int-to-pointer cast whose integer is computed from exactly one pointer's address
// (align-up `(T*)(((uintptr_t)p + 15) & ~15)`, tag bits, `p + (x - (uintptr_t)p)`) becomes a
// byte GEP on that pointer: `gep i8, p, (int - (uintptr_t)p)`. LLVM keeps a GEP's base pointer
// through optimisation, so the result keeps p's handle; a bare inttoptr would be folded into
// integer arithmetic and lose it. Casts with no single origin are left alone: the code generator
// makes them handles without authority (docs/spec.md, handle.from_int).
#include "mswasm/backend/RebuildProvenance.h"

#include <set>
#include <string>

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Operator.h"
#include "llvm/Support/raw_ostream.h"

namespace mswasm {
namespace {

// Two reads of one local variable (before mem2reg, `p` in `p + (x - (uintptr_t)p)` is loaded
// twice) are the same pointer when both loads and the cast sit in one block with no store to the
// variable between them.
bool sameValue(llvm::Value* a, llvm::Value* b, llvm::Instruction* cast) {
  if (a == b) return true;
  auto* la = llvm::dyn_cast<llvm::LoadInst>(a);
  auto* lb = llvm::dyn_cast<llvm::LoadInst>(b);
  if (!la || !lb || la->isVolatile() || lb->isVolatile()) return false;
  if (la->getPointerOperand() != lb->getPointerOperand()) return false;
  if (!llvm::isa<llvm::AllocaInst>(la->getPointerOperand())) return false;
  if (la->getParent() != cast->getParent() || lb->getParent() != cast->getParent()) return false;
  llvm::Instruction* first = la->comesBefore(lb) ? la : lb;
  for (llvm::Instruction* i = first; i && i != cast; i = i->getNextNode())
    if (i->mayWriteToMemory()) return false;
  return true;
}

// The single pointer whose address `v` is computed from, or null (the earliest of equal reads).
llvm::Value* singleOrigin(llvm::Value* v, llvm::Instruction* cast) {
  llvm::Value* found = nullptr;
  llvm::SmallPtrSet<llvm::Value*, 16> seen;
  llvm::SmallVector<llvm::Value*, 16> work{v};
  while (!work.empty()) {
    llvm::Value* x = work.pop_back_val();
    if (!seen.insert(x).second) continue;
    if (seen.size() > 64) return nullptr;
    if (auto* p2i = llvm::dyn_cast<llvm::PtrToIntOperator>(x)) {
      llvm::Value* p = p2i->getPointerOperand();
      if (found && !sameValue(found, p, cast)) return nullptr;
      if (!found || (llvm::isa<llvm::Instruction>(p) && llvm::isa<llvm::Instruction>(found) &&
                     llvm::cast<llvm::Instruction>(p)->comesBefore(llvm::cast<llvm::Instruction>(found))))
        found = p;
      continue;
    }
    auto* inst = llvm::dyn_cast<llvm::Instruction>(x);
    if (!inst) continue;
    switch (inst->getOpcode()) {
      case llvm::Instruction::Add: case llvm::Instruction::Sub: case llvm::Instruction::And:
      case llvm::Instruction::Or: case llvm::Instruction::Xor: case llvm::Instruction::Shl:
      case llvm::Instruction::LShr: case llvm::Instruction::AShr: case llvm::Instruction::Mul:
      case llvm::Instruction::ZExt: case llvm::Instruction::SExt: case llvm::Instruction::Trunc:
        for (llvm::Value* op : inst->operands()) work.push_back(op);
        break;
      default:
        break;
    }
  }
  return found;
}

// The warning the issue of a pointer without authority deserves: where, and what will happen.
void warnUntraced(llvm::Function& f, llvm::IntToPtrInst& cast) {
  std::string where;
  if (const llvm::DebugLoc& loc = cast.getDebugLoc())
    where = (loc->getFilename() + ":" + llvm::Twine(loc.getLine()) + ":" + llvm::Twine(loc.getCol()) + ": ").str();
  static std::set<std::string> reported;  // one warning per source location
  if (!where.empty() && !reported.insert(where).second) return;
  llvm::errs() << "mswasm-cc: warning: " << where << "in '" << f.getName()
               << "': integer converted to a pointer is not computed from any pointer: the "
                  "pointer has no authority, and using it traps (pointer-built-from-data)\n";
}

}  // namespace

llvm::PreservedAnalyses RebuildProvenancePass::run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
  std::vector<llvm::IntToPtrInst*> casts;
  for (llvm::Instruction& i : llvm::instructions(f))
    if (auto* c = llvm::dyn_cast<llvm::IntToPtrInst>(&i)) casts.push_back(c);
  if (casts.empty()) return llvm::PreservedAnalyses::all();
  auto& dt = fam.getResult<llvm::DominatorTreeAnalysis>(f);
  bool changed = false;
  bool warn = f.hasFnAttribute(kProgramCodeAttr);
  f.removeFnAttr(kProgramCodeAttr);  // warn once, not again when the linker optimises a second time
  for (llvm::IntToPtrInst* cast : casts) {
    llvm::Value* origin = singleOrigin(cast->getOperand(0), cast);
    if (origin && origin->getType() != cast->getType()) origin = nullptr;
    if (auto* oi = llvm::dyn_cast_or_null<llvm::Instruction>(origin); oi && !dt.dominates(oi, cast)) origin = nullptr;
    if (!origin) {
      if (warn && !llvm::isa<llvm::Constant>(cast->getOperand(0))) warnUntraced(f, *cast);
      continue;
    }
    llvm::IRBuilder<> b(cast);
    llvm::Type* i32 = b.getInt32Ty();
    llvm::Value* target = b.CreateZExtOrTrunc(cast->getOperand(0), i32);
    llvm::Value* base = b.CreatePtrToInt(origin, i32);
    llvm::Value* gep = b.CreateGEP(b.getInt8Ty(), origin, b.CreateSub(target, base), cast->getName());
    if (auto* gi = llvm::dyn_cast<llvm::Instruction>(gep)) gi->setDebugLoc(cast->getDebugLoc());
    cast->replaceAllUsesWith(gep);
    cast->eraseFromParent();
    changed = true;
  }
  return changed ? llvm::PreservedAnalyses::none() : llvm::PreservedAnalyses::all();
}

}  // namespace mswasm
