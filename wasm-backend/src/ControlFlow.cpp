// Structured control flow from LLVM's CFG, after Ramsey, "Beyond Relooper" (ICFP 2022).
//
// The CFG must be reducible (legalizeModule runs FixIrreducible on functions that are not).
// Blocks are numbered in reverse postorder (RPO). An edge u->v is backward when
// rpo[v] <= rpo[u]; v is then a loop header. A block with two or more forward in-edges is a
// merge node. The translation walks the dominator tree:
//   doTree(x)          = loop { nodeWithin(x, merge children of x) } if x is a loop header,
//                        else nodeWithin(x, merge children of x)
//   nodeWithin(x, [])  = x's instructions, then its terminator
//   nodeWithin(x, ys)  = block { nodeWithin(x, ys minus y) } ; doTree(y)
//                        where y is the merge child with the largest RPO number
//   doBranch(x, t)     = phi copies for the edge, then `br` to t's loop (backward edge) or to the
//                        end of the block t follows (merge node), or doTree(t) inline (t's only
//                        forward predecessor is x, so x is its immediate dominator).
// Every translated path ends in br/return/unreachable, so no code falls off a construct's end.
#include <algorithm>

#include "Emitter.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/IR/CFG.h"

namespace mswasm::backend {

bool FunctionEmitter::prepareCFG() {
  dt_.recalculate(f_);
  unsigned n = 0;
  for (llvm::BasicBlock* bb : llvm::ReversePostOrderTraversal<llvm::Function*>(&f_)) rpo_[bb] = n++;
  for (llvm::BasicBlock& bb : f_) {
    if (!rpo_.count(&bb)) continue;  // unreachable blocks are never emitted
    for (llvm::BasicBlock* succ : llvm::successors(&bb)) {
      if (rpo_[succ] <= rpo_[&bb]) {
        if (!dt_.dominates(succ, &bb)) {
          mc_.error(bb.getTerminator(), "irreducible control flow survived legalisation");
          return false;
        }
        loopHeader_[succ] = true;
      } else {
        forwardInEdges_[succ]++;
      }
    }
  }
  return true;
}

uint32_t FunctionEmitter::labelDepth(int kind, llvm::BasicBlock* target) const {
  for (size_t i = ctx_.size(); i-- > 0;)
    if (ctx_[i].kind == kind && ctx_[i].bb == target) return uint32_t(ctx_.size() - 1 - i);
  // Dominance guarantees the label is in scope; reaching here is a code generator bug.
  llvm::report_fatal_error("mswasm codegen: branch target not in scope");
}

void FunctionEmitter::doTree(llvm::BasicBlock* x) {
  std::vector<llvm::BasicBlock*> merges;
  if (llvm::DomTreeNode* node = dt_.getNode(x))
    for (llvm::DomTreeNode* child : node->children())
      if (isMergeNode(child->getBlock())) merges.push_back(child->getBlock());
  std::sort(merges.begin(), merges.end(),
            [&](llvm::BasicBlock* a, llvm::BasicBlock* b) { return rpo_[a] < rpo_[b]; });
  if (loopHeader_.lookup(x)) {
    Instr loop;
    loop.op = Opcode::Loop;
    emit(loop);
    ctx_.push_back({kLoop, x});
    nodeWithin(x, merges);
    ctx_.pop_back();
    emit(Opcode::End);
  } else {
    nodeWithin(x, merges);
  }
}

void FunctionEmitter::nodeWithin(llvm::BasicBlock* x, llvm::ArrayRef<llvm::BasicBlock*> merges) {
  if (merges.empty()) {
    emitBlockBody(x);
    emitTerminator(x);
    return;
  }
  llvm::BasicBlock* y = merges.back();
  Instr block;
  block.op = Opcode::Block;
  emit(block);
  ctx_.push_back({kBlockFollowedBy, y});
  nodeWithin(x, merges.drop_back());
  ctx_.pop_back();
  emit(Opcode::End);
  doTree(y);
}

void FunctionEmitter::doBranch(llvm::BasicBlock* from, llvm::BasicBlock* to) {
  emitPhiCopies(from, to);
  if (rpo_[to] <= rpo_[from]) {
    emitIndex(Opcode::Br, labelDepth(kLoop, to));
  } else if (isMergeNode(to)) {
    emitIndex(Opcode::Br, labelDepth(kBlockFollowedBy, to));
  } else {
    doTree(to);
  }
}

// Parallel copy of the phis of `to` for the edge from `from`: all incoming values are pushed
// first, then popped into the phis' locals, so a phi reading another phi sees the old value.
void FunctionEmitter::emitPhiCopies(llvm::BasicBlock* from, llvm::BasicBlock* to) {
  std::vector<uint32_t> targets;
  for (llvm::PHINode& phi : to->phis()) {
    if (phi.use_empty()) continue;
    pushValue(phi.getIncomingValueForBlock(from));
    targets.push_back(localFor(&phi));
  }
  for (size_t i = targets.size(); i-- > 0;) emitIndex(Opcode::LocalSet, targets[i]);
}

void FunctionEmitter::emitTerminator(llvm::BasicBlock* bb) {
  llvm::Instruction* term = bb->getTerminator();
  currentInst_ = term;
  currentLoc_ = term->getDebugLoc();
  if (auto* ret = llvm::dyn_cast<llvm::ReturnInst>(term)) {
    if (llvm::Value* v = ret->getReturnValue()) pushValue(v);
    emit(Opcode::Return);
  } else if (auto* br = llvm::dyn_cast<llvm::BranchInst>(term)) {
    if (br->isUnconditional()) {
      doBranch(bb, br->getSuccessor(0));
      return;
    }
    pushNormalized(br->getCondition(), false);
    Instr ifi;
    ifi.op = Opcode::If;
    emit(ifi);
    ctx_.push_back({kIf, nullptr});
    doBranch(bb, br->getSuccessor(0));
    emit(Opcode::Else);
    doBranch(bb, br->getSuccessor(1));
    ctx_.pop_back();
    emit(Opcode::End);
  } else if (auto* sw = llvm::dyn_cast<llvm::SwitchInst>(term)) {
    emitSwitch(*sw);
  } else if (llvm::isa<llvm::UnreachableInst>(term)) {
    emit(Opcode::Unreachable);
  } else {
    mc_.error(term, llvm::Twine("unsupported terminator '") + term->getOpcodeName() + "'");
    emit(Opcode::Unreachable);
  }
}

// A switch becomes one block per distinct successor, nested so that arm i follows the end of
// block i; the innermost block dispatches with br_table (dense case values) or a chain of
// compare-and-branch (sparse ones). Each arm then does doBranch for its successor.
void FunctionEmitter::emitSwitch(llvm::SwitchInst& sw) {
  llvm::BasicBlock* bb = sw.getParent();
  std::vector<llvm::BasicBlock*> arms;  // distinct successors, default first
  auto armOf = [&](llvm::BasicBlock* b) {
    auto it = std::find(arms.begin(), arms.end(), b);
    if (it != arms.end()) return uint32_t(it - arms.begin());
    arms.push_back(b);
    return uint32_t(arms.size() - 1);
  };
  uint32_t defaultArm = armOf(sw.getDefaultDest());
  struct Case { llvm::APInt value; uint32_t arm; };
  std::vector<Case> cases;
  for (auto& c : sw.cases()) cases.push_back({c.getCaseValue()->getValue(), armOf(c.getCaseSuccessor())});

  llvm::Type* condTy = sw.getCondition()->getType();
  bool wide = condTy->getIntegerBitWidth() > 32;
  uint32_t cond = newLocal(wide ? ValType::I64 : ValType::I32);
  pushNormalized(sw.getCondition(), true);
  emitIndex(Opcode::LocalSet, cond);

  for (size_t i = arms.size(); i-- > 0;) {
    Instr block;
    block.op = Opcode::Block;
    emit(block);
    ctx_.push_back({kIf, nullptr});  // an anonymous label: never a branch target by block
  }
  // Dispatch, inside all the arm blocks: branching to depth k lands at the start of arm k.
  int64_t minV = 0, maxV = 0;
  if (!cases.empty()) {
    minV = maxV = cases[0].value.getSExtValue();
    for (auto& c : cases) {
      minV = std::min(minV, c.value.getSExtValue());
      maxV = std::max(maxV, c.value.getSExtValue());
    }
  }
  uint64_t range = cases.empty() ? 0 : uint64_t(maxV - minV) + 1;
  if (!cases.empty() && range <= 4 * cases.size() + 8 && range <= 65536) {
    std::vector<uint32_t> table(range, defaultArm);
    for (auto& c : cases) table[uint64_t(c.value.getSExtValue() - minV)] = c.arm;
    if (wide) {
      // index = (cond - min) <u range ? wrap(cond - min) : range (out of the table: default)
      uint32_t rel = newLocal(ValType::I64);
      emitIndex(Opcode::LocalGet, cond);
      emitI64(minV);
      emit(Opcode::I64Sub);
      emitIndex(Opcode::LocalSet, rel);
      emitIndex(Opcode::LocalGet, rel);
      emitI64(int64_t(range));
      emit(Opcode::I64LtU);
      Instr ifi;
      ifi.op = Opcode::If;
      ifi.block.kind = BlockType::Kind::Value;
      ifi.block.value = ValType::I32;
      emit(ifi);
      emitIndex(Opcode::LocalGet, rel);
      emit(Opcode::I32WrapI64);
      emit(Opcode::Else);
      emitI32(int32_t(range));
      emit(Opcode::End);
    } else {
      emitIndex(Opcode::LocalGet, cond);
      if (minV != 0) {
        emitI32(int32_t(minV));
        emit(Opcode::I32Sub);
      }
    }
    Instr bt;
    bt.op = Opcode::BrTable;
    bt.targets = table;
    bt.index = defaultArm;
    emit(bt);
  } else {
    for (auto& c : cases) {
      emitIndex(Opcode::LocalGet, cond);
      if (wide) {
        emitI64(c.value.getSExtValue());
        emit(Opcode::I64Eq);
      } else {
        emitI32(int32_t(c.value.getSExtValue()));
        emit(Opcode::I32Eq);
      }
      emitIndex(Opcode::BrIf, c.arm);
    }
    emitIndex(Opcode::Br, defaultArm);
  }
  for (size_t i = 0; i < arms.size(); ++i) {
    ctx_.pop_back();
    emit(Opcode::End);
    doBranch(bb, arms[i]);
  }
}

}  // namespace mswasm::backend
