// Emits one LLVM function as an MSWasm function body.
//
// Values: every SSA value with uses lives in a local of its MSWasm type (parameters are the
// first locals); instructions push their operands with local.get or a constant, compute, and
// local.set their result. Integers narrower than their container (i1..i31 in i32, i33..i63 in
// i64) are kept with arbitrary upper bits and normalised (masked or sign-extended) only where the
// upper bits matter: comparisons, division, right shifts, extensions, conversions, branches.
// Pointers are handles: GEPs become handle.add (constant offsets folded into the memarg of the
// load or store that uses them), loads and stores become segment accesses, allocas become stack
// segments (allocated at llvm.lifetime.start and freed at llvm.lifetime.end when the alloca has
// markers, else allocated on entry and freed by the engine when the frame exits).
#include <bit>

#include "Emitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/GetElementPtrTypeIterator.h"
#include "llvm/IR/Operator.h"

namespace mswasm::backend {
namespace {

bool isNarrow(llvm::Type* t) {
  if (!t->isIntegerTy()) return false;
  unsigned w = t->getIntegerBitWidth();
  return w != 32 && w != 64;
}

}  // namespace

void FunctionEmitter::emit(const Instr& i) {
  if (currentLoc_ && (locs_.empty() || locs_.back().second != currentLoc_))
    locs_.push_back({uint32_t(code_.size()), currentLoc_});
  code_.push_back(i);
}

void FunctionEmitter::emitI32(int32_t v) {
  Instr i;
  i.op = Opcode::I32Const;
  i.bits = uint32_t(v);
  emit(i);
}

void FunctionEmitter::emitI64(int64_t v) {
  Instr i;
  i.op = Opcode::I64Const;
  i.bits = uint64_t(v);
  emit(i);
}

uint32_t FunctionEmitter::newLocal(ValType t) {
  out_.locals.push_back(t);
  return numParams_ + uint32_t(out_.locals.size() - 1);
}

uint32_t FunctionEmitter::localFor(const llvm::Value* v) {
  auto it = locals_.find(v);
  if (it != locals_.end()) return it->second;
  ValType t = ValType::I32;
  if (!mc_.valType(v->getType(), t))
    mc_.error(currentInst_, "value of unsupported type in function");
  uint32_t l = newLocal(t);
  locals_[v] = l;
  return l;
}

void FunctionEmitter::setResult(const llvm::Instruction& i) {
  if (i.use_empty()) {
    emit(Opcode::Drop);
    return;
  }
  emitIndex(Opcode::LocalSet, localFor(&i));
}

void FunctionEmitter::pushConstant(const llvm::Constant* c) {
  llvm::Type* t = c->getType();
  if (llvm::isa<llvm::UndefValue>(c) || llvm::isa<llvm::ConstantAggregateZero>(c) ||
      llvm::isa<llvm::ConstantPointerNull>(c)) {
    ValType vt = ValType::I32;
    if (!mc_.valType(t, vt)) {
      mc_.error(currentInst_, "constant of unsupported type");
      vt = ValType::I32;
    }
    switch (vt) {
      case ValType::I32: emitI32(0); break;
      case ValType::I64: emitI64(0); break;
      case ValType::F32: { Instr i; i.op = Opcode::F32Const; emit(i); break; }
      case ValType::F64: { Instr i; i.op = Opcode::F64Const; emit(i); break; }
      case ValType::Handle: emit(Opcode::HandleNull); break;
    }
    return;
  }
  if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(c)) {
    if (containerBits(t) == 32) emitI32(int32_t(ci->getValue().getZExtValue()));
    else if (containerBits(t) == 64) emitI64(int64_t(ci->getValue().getZExtValue()));
    else mc_.error(currentInst_, llvm::Twine("integer constant of ") + llvm::Twine(t->getIntegerBitWidth()) +
                                     " bits is not supported (integers wider than 64 bits are not supported yet)");
    return;
  }
  if (auto* cf = llvm::dyn_cast<llvm::ConstantFP>(c)) {
    Instr i;
    uint64_t bits = cf->getValueAPF().bitcastToAPInt().getZExtValue();
    if (t->isFloatTy()) i.op = Opcode::F32Const;
    else if (t->isDoubleTy()) i.op = Opcode::F64Const;
    else { mc_.error(currentInst_, "floating-point constant of unsupported type"); return; }
    i.bits = bits;
    emit(i);
    return;
  }
  if (auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(c)) {
    auto it = mc_.segIndex.find(gv);
    if (it == mc_.segIndex.end()) {
      mc_.error(currentInst_, "undefined symbol: " + gv->getName());
      emit(Opcode::HandleNull);
      return;
    }
    emitIndex(Opcode::GlobalSegment, it->second);
    return;
  }
  if (auto* fn = llvm::dyn_cast<llvm::Function>(c)) {
    auto it = mc_.funcIndex.find(fn);
    if (it == mc_.funcIndex.end()) {
      mc_.error(currentInst_, "undefined symbol: " + fn->getName());
      emit(Opcode::HandleNull);
      return;
    }
    emitIndex(Opcode::FuncHandle, it->second);
    return;
  }
  if (auto* ga = llvm::dyn_cast<llvm::GlobalAlias>(c)) {
    pushConstant(ga->getAliasee());
    return;
  }
  if (auto* ce = llvm::dyn_cast<llvm::ConstantExpr>(c)) {
    if (auto* gep = llvm::dyn_cast<llvm::GEPOperator>(ce)) {
      pushGEPAddress(*gep);
      return;
    }
    switch (ce->getOpcode()) {
      case llvm::Instruction::BitCast:
      case llvm::Instruction::AddrSpaceCast:
        pushConstant(ce->getOperand(0));
        return;
      case llvm::Instruction::PtrToInt:
        pushConstant(ce->getOperand(0));
        emit(Opcode::HandleGetAddr);
        if (containerBits(t) == 64) emit(Opcode::I64ExtendI32U);
        return;
      case llvm::Instruction::IntToPtr: {
        auto* op = ce->getOperand(0);
        if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(op)) {
          // Clang writes `(void *)0x1000` as inttoptr of an i128 (pointers are 128 bits wide).
          emitI32(int32_t(ci->getValue().trunc(32).getZExtValue()));
          emit(Opcode::HandleFromInt);
          return;
        }
        pushConstant(op);
        if (containerBits(op->getType()) == 64) emit(Opcode::I32WrapI64);
        emit(Opcode::HandleFromInt);
        return;
      }
      case llvm::Instruction::Trunc:
        pushConstant(ce->getOperand(0));
        if (containerBits(ce->getOperand(0)->getType()) == 64 && containerBits(t) == 32) emit(Opcode::I32WrapI64);
        return;
      case llvm::Instruction::Add: case llvm::Instruction::Sub: case llvm::Instruction::Mul:
      case llvm::Instruction::Xor: case llvm::Instruction::Shl: case llvm::Instruction::And:
      case llvm::Instruction::Or: {
        // Address arithmetic folded into a constant (e.g. the address of a global plus k).
        bool wide = containerBits(t) == 64;
        if (!wide && containerBits(t) != 32) break;
        pushConstant(ce->getOperand(0));
        pushConstant(ce->getOperand(1));
        Opcode op = Opcode::Nop;
        switch (ce->getOpcode()) {
          case llvm::Instruction::Add: op = wide ? Opcode::I64Add : Opcode::I32Add; break;
          case llvm::Instruction::Sub: op = wide ? Opcode::I64Sub : Opcode::I32Sub; break;
          case llvm::Instruction::Mul: op = wide ? Opcode::I64Mul : Opcode::I32Mul; break;
          case llvm::Instruction::Xor: op = wide ? Opcode::I64Xor : Opcode::I32Xor; break;
          case llvm::Instruction::Shl: op = wide ? Opcode::I64Shl : Opcode::I32Shl; break;
          case llvm::Instruction::And: op = wide ? Opcode::I64And : Opcode::I32And; break;
          default: op = wide ? Opcode::I64Or : Opcode::I32Or; break;
        }
        emit(op);
        return;
      }
      default:
        break;
    }
    mc_.error(currentInst_, llvm::Twine("unsupported constant expression '") + ce->getOpcodeName() + "'");
    emitI32(0);
    return;
  }
  mc_.error(currentInst_, "unsupported constant");
  emitI32(0);
}

void FunctionEmitter::pushValue(const llvm::Value* v) {
  if (auto* c = llvm::dyn_cast<llvm::Constant>(v)) {
    pushConstant(c);
    return;
  }
  emitIndex(Opcode::LocalGet, localFor(v));
}

void FunctionEmitter::normalizeTop(unsigned bits, bool wide, bool sign) {
  if (!wide) {
    if (!sign) {
      emitI32(int32_t(bits == 32 ? ~0u : ((1u << bits) - 1)));
      emit(Opcode::I32And);
    } else if (bits == 8) {
      emit(Opcode::I32Extend8S);
    } else if (bits == 16) {
      emit(Opcode::I32Extend16S);
    } else {
      emitI32(int32_t(32 - bits));
      emit(Opcode::I32Shl);
      emitI32(int32_t(32 - bits));
      emit(Opcode::I32ShrS);
    }
    return;
  }
  if (!sign) {
    emitI64(int64_t((uint64_t(1) << bits) - 1));
    emit(Opcode::I64And);
  } else if (bits == 8) {
    emit(Opcode::I64Extend8S);
  } else if (bits == 16) {
    emit(Opcode::I64Extend16S);
  } else if (bits == 32) {
    emit(Opcode::I64Extend32S);
  } else {
    emitI64(int64_t(64 - bits));
    emit(Opcode::I64Shl);
    emitI64(int64_t(64 - bits));
    emit(Opcode::I64ShrS);
  }
}

void FunctionEmitter::pushNormalized(const llvm::Value* v, bool sign) {
  llvm::Type* t = v->getType();
  if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(v); ci && isNarrow(t)) {
    int64_t val = sign ? ci->getValue().getSExtValue() : int64_t(ci->getValue().getZExtValue());
    if (containerBits(t) == 32) emitI32(int32_t(val));
    else emitI64(val);
    return;
  }
  pushValue(v);
  if (!isNarrow(t)) return;
  // Comparison results are already 0 or 1.
  if (!sign && t->isIntegerTy(1) && (llvm::isa<llvm::CmpInst>(v))) return;
  normalizeTop(t->getIntegerBitWidth(), containerBits(t) == 64, sign);
}

bool FunctionEmitter::run() {
  llvm::FunctionType* ft = f_.getFunctionType();
  numParams_ = ft->getNumParams();
  for (llvm::Argument& a : f_.args()) locals_[&a] = a.getArgNo();
  if (!prepareCFG()) return false;
  for (llvm::BasicBlock& bb : f_)
    for (llvm::Instruction& i : bb)
      if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(&i); ii && ii->getIntrinsicID() == llvm::Intrinsic::stackrestore &&
                                                           chainLocal_ == kNoLocal) {
        chainLocal_ = newLocal(ValType::Handle);
        linkScratch_ = newLocal(ValType::Handle);
      }
  // Every static alloca is one stack segment, allocated on entry (LLVM treats an alloca as one
  // address for the whole function and hoists address arithmetic above lifetime.start), whose
  // scopes follow its lifetime markers: llvm.lifetime.end closes it (stack.free), and
  // llvm.lifetime.start opens it again (stack.reopen), so use-after-scope is caught at every -O.
  // Entry allocations are reported at the function's opening line.
  llvm::DebugLoc entryLoc;
  if (llvm::DISubprogram* sp = f_.getSubprogram())
    entryLoc = llvm::DILocation::get(f_.getContext(), sp->getScopeLine() ? sp->getScopeLine() : sp->getLine(), 0, sp);
  for (llvm::Instruction& i : f_.getEntryBlock()) {
    auto* ai = llvm::dyn_cast<llvm::AllocaInst>(&i);
    if (!ai || !ai->isStaticAlloca()) continue;
    currentInst_ = ai;
    currentLoc_ = ai->getDebugLoc() ? ai->getDebugLoc() : entryLoc;
    emitAlloca(*ai);
  }
  doTree(&f_.getEntryBlock());
  // Every path has returned by now, but after a loop's or if's `end` the validator cannot know
  // that: make the fall-through into the function's end explicitly unreachable.
  if (!code_.empty() && code_.back().op == Opcode::End) emit(Opcode::Unreachable);
  emit(Opcode::End);
  foldLocalPairs();
  return !mc_.failed();
}

// Peephole: `local.set X; local.get X` leaves the value where it was. When that get is X's only
// read, both go (the value stays on the stack); otherwise the pair becomes `local.tee X`. Nothing
// can branch between two adjacent instructions, so this is always sound. Source-location entries
// are renumbered to the shortened body.
void FunctionEmitter::foldLocalPairs() {
  std::vector<uint32_t> reads(numParams_ + out_.locals.size(), 0);
  for (const Instr& i : code_)
    if (i.op == Opcode::LocalGet || i.op == Opcode::LocalTee) reads[i.index]++;
  std::vector<Instr> folded;
  folded.reserve(code_.size());
  std::vector<uint32_t> newIndex(code_.size() + 1);
  for (size_t k = 0; k < code_.size(); ++k) {
    newIndex[k] = uint32_t(folded.size());
    const Instr& i = code_[k];
    if (i.op == Opcode::LocalSet && k + 1 < code_.size() && code_[k + 1].op == Opcode::LocalGet &&
        code_[k + 1].index == i.index) {
      newIndex[k + 1] = uint32_t(folded.size());
      if (reads[i.index] > 1) {
        Instr tee = i;
        tee.op = Opcode::LocalTee;
        folded.push_back(tee);
      }
      ++k;
      continue;
    }
    folded.push_back(i);
  }
  newIndex[code_.size()] = uint32_t(folded.size());
  code_.swap(folded);
  std::vector<std::pair<uint32_t, llvm::DebugLoc>> locs;
  for (auto& [at, loc] : locs_) {
    uint32_t n = newIndex[at];
    if (!locs.empty() && locs.back().first == n) locs.back().second = loc;
    else locs.push_back({n, loc});
  }
  locs_.swap(locs);
}

void FunctionEmitter::emitBlockBody(llvm::BasicBlock* bb) {
  for (llvm::Instruction& i : *bb) {
    if (i.isTerminator() || llvm::isa<llvm::PHINode>(i)) continue;
    if (auto* ai = llvm::dyn_cast<llvm::AllocaInst>(&i); ai && ai->isStaticAlloca()) continue;
    currentInst_ = &i;
    if (i.getDebugLoc()) currentLoc_ = i.getDebugLoc();
    emitInstruction(i);
  }
}

// True when every use of a GEP with a constant offset is folded into a load/store memarg.
static bool foldedEverywhere(const llvm::GetElementPtrInst& g, const llvm::DataLayout& dl) {
  llvm::APInt off(32, 0);
  if (!g.accumulateConstantOffset(dl, off) || off.isNegative()) return false;
  for (const llvm::User* u : g.users()) {
    if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(u); ld && ld->getPointerOperand() == &g) continue;
    if (auto* st = llvm::dyn_cast<llvm::StoreInst>(u); st && st->getPointerOperand() == &g) continue;
    return false;
  }
  return true;
}

// The width of the widest integer an instruction produces or takes (0 when none).
static unsigned widestInteger(const llvm::Instruction& i) {
  unsigned w = i.getType()->isIntegerTy() ? i.getType()->getIntegerBitWidth() : 0;
  for (const llvm::Value* op : i.operands())
    if (op->getType()->isIntegerTy()) w = std::max(w, op->getType()->getIntegerBitWidth());
  return w;
}

void FunctionEmitter::emitInstruction(llvm::Instruction& i) {
  // Integers wider than 64 bits were split into halves by legalisation where it knows how
  // (WideInts.cpp); what is left gets one error naming the operation.
  if (unsigned w = widestInteger(i); w > 64) {
    // A call is named by its callee (an intrinsic such as llvm.fshl.i256, or a function).
    llvm::StringRef what = i.getOpcodeName();
    if (auto* call = llvm::dyn_cast<llvm::CallInst>(&i))
      if (llvm::Function* callee = call->getCalledFunction()) what = callee->getName();
    mc_.error(&i, llvm::Twine("'") + what + "' on a " + llvm::Twine(w) + "-bit integer is not supported yet");
    return;
  }
  if (auto* b = llvm::dyn_cast<llvm::BinaryOperator>(&i)) return emitBinary(*b);
  if (auto* c = llvm::dyn_cast<llvm::ICmpInst>(&i)) return emitICmp(*c);
  if (auto* c = llvm::dyn_cast<llvm::FCmpInst>(&i)) return emitFCmp(*c);
  if (auto* c = llvm::dyn_cast<llvm::CastInst>(&i)) return emitCast(*c);
  if (auto* l = llvm::dyn_cast<llvm::LoadInst>(&i)) return emitLoad(*l);
  if (auto* s = llvm::dyn_cast<llvm::StoreInst>(&i)) return emitStore(*s);
  if (auto* a = llvm::dyn_cast<llvm::AllocaInst>(&i)) return emitAlloca(*a);
  if (auto* g = llvm::dyn_cast<llvm::GetElementPtrInst>(&i)) {
    if (g->use_empty() || foldedEverywhere(*g, mc_.dl)) return;
    return emitGEP(*g);
  }
  if (auto* c = llvm::dyn_cast<llvm::CallInst>(&i)) return emitCall(*c);
  if (auto* s = llvm::dyn_cast<llvm::SelectInst>(&i)) return emitSelect(*s);
  if (auto* u = llvm::dyn_cast<llvm::UnaryOperator>(&i)) {
    pushValue(u->getOperand(0));
    emit(u->getType()->isFloatTy() ? Opcode::F32Neg : Opcode::F64Neg);
    return setResult(i);
  }
  if (auto* fr = llvm::dyn_cast<llvm::FreezeInst>(&i)) {
    pushValue(fr->getOperand(0));
    return setResult(i);
  }
  if (auto* ev = llvm::dyn_cast<llvm::ExtractValueInst>(&i)) {
    if (auto* c = llvm::dyn_cast<llvm::Constant>(ev->getAggregateOperand()); c && ev->getNumIndices() == 1) {
      pushConstant(c->getAggregateElement(ev->getIndices()[0]));
      return setResult(i);
    }
    auto it = pairLocals_.find(ev->getAggregateOperand());
    if (it == pairLocals_.end() || ev->getNumIndices() != 1) {
      mc_.error(&i, "extractvalue from an aggregate the code generator does not produce");
      return;
    }
    emitIndex(Opcode::LocalGet, ev->getIndices()[0] == 0 ? it->second.first : it->second.second);
    return setResult(i);
  }
  if (auto* rmw = llvm::dyn_cast<llvm::AtomicRMWInst>(&i)) return emitAtomicRMW(*rmw);
  if (auto* cx = llvm::dyn_cast<llvm::AtomicCmpXchgInst>(&i)) return emitCmpXchg(*cx);
  if (llvm::isa<llvm::FenceInst>(i)) return;  // single-threaded: fences order nothing
  mc_.error(&i, llvm::Twine("unsupported instruction '") + i.getOpcodeName() + "'");
}

}  // namespace mswasm::backend
