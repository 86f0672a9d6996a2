// Loop versioning for inline access checks (docs/native-tier.md, "Checks in loops: versioning").
//
// An access in native code is a branch on "kind is data, the offset is in bounds, the id's
// flags allow it" (Translate.cpp, accessCheck, marked with kCheckBranchMD). In a loop over an
// array the offset is an induction expression A + S*i, and LLVM's range-check elimination (IRCE)
// only takes unit strides, so a loop over ints or doubles kept every check, and with the slow
// path's call in the loop it was neither hoisted nor vectorised.
//
// This pass proves, before an innermost loop starts, that every check in it will pass on every
// iteration, and if so lets the loop run without them:
//   - a leaf of a check's condition that compares an affine induction expression {A,+,S} (S > 0)
//     that never wraps (SCEV's flags, a range argument, or SCEV wrap predicates checked at run
//     time) with a loop-invariant limit holds on all iterations when it holds at the last one
//     (backedge-taken count from ScalarEvolution);
//   - any other leaf (handle kind, id flags) is evaluated once in the preheader. The flags cannot
//     change while the loop runs checked-free: the loop may contain no call but the checks' own
//     slow paths and traps, and when every check passes no slow path runs (flags change only in
//     the runtime; inline handle stores never change them).
// The conjunction of these preconditions, computed in the preheader, chooses between the loop
// with every check branch made unconditional and a clone that keeps every check (versionLoop).
// Either copy does exactly what the checked loop does whenever it is chosen, so traps, their
// positions and all effects stay those of the interpreter. Loads hoisted into the preheader read
// the id-flags table (readable at every index) or invariant context fields.
#include "LoopVersioning.h"

#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/ScalarEvolutionExpander.h"
#include "llvm/Transforms/Utils/ValueMapper.h"
#include "mswasm/native/translate.h"

namespace mswasm::native {

using namespace llvm;

namespace {

bool isFlagsLoad(const LoadInst* l) {
  const MDNode* tag = l->getMetadata(LLVMContext::MD_tbaa);
  if (!tag || tag->getNumOperands() < 1) return false;
  const auto* type = dyn_cast<MDNode>(tag->getOperand(0));
  if (!type || type->getNumOperands() < 1) return false;
  const auto* name = dyn_cast<MDString>(type->getOperand(0));
  return name && name->getString() == "id flags";
}

class LoopProver {
 public:
  LoopProver(Loop& L, ScalarEvolution& SE, BasicBlock* preheader)
      : L(L), SE(SE), pse(SE, L), ph(preheader), b(preheader->getTerminator()),
        expander(SE, preheader->getModule()->getDataLayout(), "mswasm.lv") {}

  // The precondition of every check of the loop in its preheader, or nullptr.
  Value* run(std::vector<BranchInst*>* checks) {
    for (BasicBlock* bb : L.blocks())
      for (Instruction& in : *bb) {
        if (auto* call = dyn_cast<CallBase>(&in)) {
          // The checks' slow paths (they run only when a check fails) and traps (they end the run
          // where the checked loop would end it, after the same effects).
          if (call->getMetadata(kCheckSlowMD) || call->doesNotReturn()) continue;
          if (auto* ii = dyn_cast<IntrinsicInst>(call); ii && !ii->mayWriteToMemory() && !ii->mayThrow()) continue;
          return nullptr;  // the runtime could run in the loop: flags might change
        }
        if (auto* br = dyn_cast<BranchInst>(&in); br && br->isConditional() && br->getMetadata(kCheckBranchMD))
          checks->push_back(br);
      }
    if (checks->empty()) return nullptr;
    const SCEV* btc = SE.getBackedgeTakenCount(&L);
    if (isa<SCEVCouldNotCompute>(btc)) return nullptr;
    btc_ = btc;
    std::vector<Value*> parts;
    for (BranchInst* br : *checks) {
      std::vector<Value*> leaves;
      collectLeaves(br->getCondition(), &leaves);
      for (Value* leaf : leaves) {
        Value* pre = precondition(leaf);
        if (!pre) return nullptr;
        parts.push_back(pre);
      }
    }
    b.SetInsertPoint(ph->getTerminator());
    Value* all = parts[0];
    for (size_t k = 1; k < parts.size(); ++k) all = b.CreateAnd(all, parts[k]);
    const SCEVPredicate& assumed = pse.getPredicate();
    if (!assumed.isAlwaysTrue()) {
      Value* fails = expander.expandCodeForPredicate(&assumed, ph->getTerminator());
      b.SetInsertPoint(ph->getTerminator());
      all = b.CreateAnd(all, b.CreateNot(fails));
    }
    return all;
  }

 private:
  // The operands of an and-tree (`and i1` and its `select i1 a, b, false` form).
  void collectLeaves(Value* v, std::vector<Value*>* out) {
    using namespace PatternMatch;
    Value *x, *y;
    if (auto* in = dyn_cast<Instruction>(v); in && L.contains(in) && match(v, m_LogicalAnd(m_Value(x), m_Value(y)))) {
      collectLeaves(x, out);
      collectLeaves(y, out);
      return;
    }
    out->push_back(v);
  }

  // A value in the preheader that implies `leaf` on every iteration, or nullptr.
  Value* precondition(Value* leaf) {
    if (auto* cmp = dyn_cast<ICmpInst>(leaf); cmp && cmp->getOperand(0)->getType()->isIntegerTy()) {
      ICmpInst::Predicate pred = cmp->getPredicate();
      Value* lhs = cmp->getOperand(0);
      Value* rhs = cmp->getOperand(1);
      // Normalise to `induction <pred> limit` with pred ult or ule.
      if (pred == ICmpInst::ICMP_UGT || pred == ICmpInst::ICMP_UGE) {
        std::swap(lhs, rhs);
        pred = ICmpInst::getSwappedPredicate(pred);
      }
      if (pred == ICmpInst::ICMP_ULT || pred == ICmpInst::ICMP_ULE) {
        // Under predicates where needed: an offset computed in 32 bits and sign-extended is an
        // induction expression only if the 32-bit computation never wraps, which the
        // precondition then also checks (SCEV's wrap predicates, as the vectoriser uses them).
        const SCEVAddRecExpr* ar = dyn_cast<SCEVAddRecExpr>(SE.getSCEV(lhs));
        bool assumeNoSignedWrap = false;
        if (!ar && lhs->getType()->isIntegerTy()) {
          ar = pse.getAsAddRec(lhs);
          if (ar) {
            pse.setNoOverflow(lhs, SCEVWrapPredicate::IncrementNSSW);
            assumeNoSignedWrap = true;
          }
        }
        const auto* step = ar ? dyn_cast<SCEVConstant>(ar->getStepRecurrence(SE)) : nullptr;
        if (ar && ar->getLoop() == &L && ar->isAffine() && step && step->getAPInt().isStrictlyPositive()) {
          // Unsigned: the recurrence grows and never wraps, so its last value is its largest.
          // Signed (nsw): it grows without signed overflow, so when its first value is not
          // negative none is, and the unsigned order is the signed one: again the last value
          // is the largest.
          bool unsignedOk = neverWraps(ar, step);
          bool signedOk = !unsignedOk && (ar->hasNoSignedWrap() || assumeNoSignedWrap);
          if (!unsignedOk && !signedOk) return nullptr;
          // The count is widened to the recurrence's type, never narrowed (a narrowed count
          // could name an earlier iteration than the last).
          if (SE.getTypeSizeInBits(btc_->getType()) > SE.getTypeSizeInBits(ar->getType())) return nullptr;
          const SCEV* last = ar->evaluateAtIteration(SE.getNoopOrZeroExtend(btc_, ar->getType()), SE);
          Value* limitV = materialise(rhs, 0);
          if (!limitV || !expander.isSafeToExpand(last) || !expander.isSafeToExpand(ar->getStart())) return nullptr;
          Value* lastV = expander.expandCodeFor(last, lhs->getType(), ph->getTerminator());
          Value* firstV = signedOk ? expander.expandCodeFor(ar->getStart(), lhs->getType(), ph->getTerminator()) : nullptr;
          b.SetInsertPoint(ph->getTerminator());
          Value* ok = b.CreateICmp(pred, lastV, limitV);
          if (signedOk) ok = b.CreateAnd(ok, b.CreateICmpSGE(firstV, ConstantInt::get(firstV->getType(), 0)));
          return ok;
        }
      }
    }
    return materialise(leaf, 0);
  }

  // Whether {A,+,S} (S > 0) stays below 2^bits on every iteration: from its no-wrap flag, or
  // because the largest start plus S times the largest backedge count fits.
  bool neverWraps(const SCEVAddRecExpr* ar, const SCEVConstant* step) {
    if (ar->hasNoUnsignedWrap()) return true;
    unsigned bits = ar->getType()->getIntegerBitWidth();
    APInt start = SE.getUnsignedRangeMax(ar->getStart()).zext(2 * bits + 2);
    APInt count = SE.getUnsignedRangeMax(btc_).zextOrTrunc(2 * bits + 2);
    APInt last = start + step->getAPInt().zext(2 * bits + 2) * count;
    return last.getActiveBits() <= bits;
  }

  // `v` recomputed in the preheader (instructions of the loop cloned there), or nullptr when
  // it depends on something that varies in the loop or is not safe to compute early.
  Value* materialise(Value* v, int depth) {
    auto* in = dyn_cast<Instruction>(v);
    if (!in || !L.contains(in)) return v;
    if (auto it = cloned_.find(in); it != cloned_.end()) return it->second;
    if (depth > 12 || isa<PHINode>(in) || in->mayWriteToMemory() || in->mayHaveSideEffects()) return nullptr;
    if (auto* load = dyn_cast<LoadInst>(in)) {
      bool invariantField = load->getMetadata(LLVMContext::MD_invariant_load) != nullptr;
      if (load->isVolatile() || (!isFlagsLoad(load) && !invariantField)) return nullptr;
    } else if (!isa<BinaryOperator>(in) && !isa<CmpInst>(in) && !isa<CastInst>(in) && !isa<SelectInst>(in) &&
               !isa<GetElementPtrInst>(in) && !isa<ExtractValueInst>(in)) {
      return nullptr;
    }
    // Division could trap when hoisted; everything else here is safe to compute once.
    if (auto* bo = dyn_cast<BinaryOperator>(in); bo && bo->isIntDivRem()) return nullptr;
    std::vector<Value*> ops;
    for (Value* op : in->operands()) {
      Value* m = materialise(op, depth + 1);
      if (!m) return nullptr;
      ops.push_back(m);
    }
    Instruction* copy = in->clone();
    for (unsigned k = 0; k < ops.size(); ++k) copy->setOperand(k, ops[k]);
    copy->insertBefore(ph->getTerminator());
    copy->setName(in->getName() + ".pre");
    cloned_[in] = copy;
    return copy;
  }

  Loop& L;
  ScalarEvolution& SE;
  PredicatedScalarEvolution pse;
  BasicBlock* ph;
  IRBuilder<> b;
  SCEVExpander expander;
  const SCEV* btc_ = nullptr;
  DenseMap<Instruction*, Instruction*> cloned_;
};

// Makes two copies of L: the original, entered when `pre` holds, with every check branch made
// unconditional, and a clone with the checks, entered otherwise. L is in LCSSA form with one
// exit block, so values used after the loop already flow through that block's phis.
void versionLoop(Loop& L, Value* pre, const std::vector<BranchInst*>& checks, LoopInfo& LI, DominatorTree& DT) {
  BasicBlock* checkBB = L.getLoopPreheader();
  BasicBlock* exit = L.getExitBlock();
  BasicBlock* fastPH = SplitBlock(checkBB, checkBB->getTerminator(), &DT, &LI, nullptr, "mswasm.lv.fast");
  ValueToValueMapTy vmap;
  SmallVector<BasicBlock*, 16> blocks;
  cloneLoopWithPreheader(fastPH, checkBB, &L, vmap, ".checked", &LI, &DT, blocks);
  remapInstructionsInBlocks(blocks, vmap);
  auto* checkedPH = cast<BasicBlock>(vmap[fastPH]);
  Instruction* term = checkBB->getTerminator();
  BranchInst::Create(fastPH, checkedPH, pre, term);
  term->eraseFromParent();
  // The exit block's phis get the checked copy's values from its exiting blocks.
  for (PHINode& phi : exit->phis())
    for (unsigned k = 0, n = phi.getNumIncomingValues(); k < n; ++k) {
      BasicBlock* from = phi.getIncomingBlock(k);
      if (!L.contains(from)) continue;
      Value* v = phi.getIncomingValue(k);
      Value* mapped = v;
      if (auto it = vmap.find(v); it != vmap.end()) mapped = it->second;
      phi.addIncoming(mapped, cast<BasicBlock>(vmap[from]));
    }
  DT.changeImmediateDominator(exit, checkBB);
  LLVMContext& C = checkBB->getContext();
  for (BranchInst* br : checks) br->setCondition(ConstantInt::getTrue(C));
}

}  // namespace

PreservedAnalyses VersionCheckedLoopsPass::run(llvm::Function& F, FunctionAnalysisManager& FAM) {
  if (F.hasOptNone()) return PreservedAnalyses::all();
  auto& LI = FAM.getResult<LoopAnalysis>(F);
  auto& SE = FAM.getResult<ScalarEvolutionAnalysis>(F);
  auto& DT = FAM.getResult<DominatorTreeAnalysis>(F);
  std::vector<Loop*> innermost;
  for (Loop* L : LI.getLoopsInPreorder())
    if (L->isInnermost()) innermost.push_back(L);
  bool changed = false;
  auto& AC = FAM.getResult<AssumptionAnalysis>(F);
  for (Loop* L : innermost) {
    bool hasChecks = false;
    for (BasicBlock* bb : L->blocks())
      if (auto* br = dyn_cast<BranchInst>(bb->getTerminator()); br && br->getMetadata(kCheckBranchMD)) hasChecks = true;
    if (!hasChecks) continue;
    // A preheader and a dedicated exit block (LLVM's canonical loop form), made if missing.
    changed |= simplifyLoop(L, &DT, &LI, &SE, &AC, nullptr, /*PreserveLCSSA=*/false);
    BasicBlock* ph = L->getLoopPreheader();
    if (!ph || !L->getExitingBlock() || !L->getExitBlock() || !L->isLoopSimplifyForm()) continue;
    // A loop of thousands of instructions is left as it is: the copy would double it.
    size_t size = 0;
    for (BasicBlock* bb : L->blocks()) size += bb->size();
    if (size > 4000) continue;
    std::vector<BranchInst*> checks;
    LoopProver prover(*L, SE, ph);
    size_t phSize = ph->size();
    Value* pre = prover.run(&checks);
    // A failed proof may leave instructions in the preheader (dead, cleaned up later): the
    // function changed all the same.
    changed |= ph->size() != phSize;
    if (!pre) continue;
    formLCSSA(*L, DT, &LI, &SE);  // values used after the loop go through the exit block's phis
    versionLoop(*L, pre, checks, LI, DT);
    SE.forgetLoop(L);
    changed = true;
  }
  if (!changed) return PreservedAnalyses::all();
  PreservedAnalyses pa;
  pa.preserve<LoopAnalysis>();
  pa.preserve<DominatorTreeAnalysis>();
  return pa;
}

}  // namespace mswasm::native
