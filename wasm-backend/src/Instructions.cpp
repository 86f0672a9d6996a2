// Arithmetic, comparisons, casts, memory accesses, allocas, GEPs, selects and atomics.
// See FunctionEmitter.cpp for the value model (locals, lazily normalised narrow integers).
#include <bit>

#include "Emitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GetElementPtrTypeIterator.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Operator.h"

namespace mswasm::backend {
namespace {

uint32_t log2Align(uint64_t align, uint32_t accessBytes) {
  uint64_t a = std::max<uint64_t>(1, std::min<uint64_t>(align, accessBytes));
  return uint32_t(std::countr_zero(a));
}

}  // namespace

// The single pointer whose address an integer is computed from, or null. Walks integer
// arithmetic, casts, selects and phis (bounded); a second distinct pointer means no provenance.
const llvm::Value* FunctionEmitter::provenanceSource(const llvm::Value* v) {
  const llvm::Value* found = nullptr;
  bool ambiguous = false;
  llvm::SmallPtrSet<const llvm::Value*, 16> seen;
  llvm::SmallVector<const llvm::Value*, 16> work{v};
  while (!work.empty() && !ambiguous) {
    const llvm::Value* x = work.pop_back_val();
    if (!seen.insert(x).second) continue;
    if (seen.size() > 64) return nullptr;
    if (auto* p2i = llvm::dyn_cast<llvm::PtrToIntOperator>(x)) {
      const llvm::Value* p = p2i->getPointerOperand();
      if (found && found != p) ambiguous = true;
      found = p;
      continue;
    }
    auto* inst = llvm::dyn_cast<llvm::Instruction>(x);
    if (!inst) continue;  // constants and arguments carry no provenance
    switch (inst->getOpcode()) {
      case llvm::Instruction::Add: case llvm::Instruction::Sub: case llvm::Instruction::And:
      case llvm::Instruction::Or: case llvm::Instruction::Xor: case llvm::Instruction::Shl:
      case llvm::Instruction::LShr: case llvm::Instruction::AShr: case llvm::Instruction::Mul:
      case llvm::Instruction::ZExt: case llvm::Instruction::SExt: case llvm::Instruction::Trunc:
      case llvm::Instruction::Freeze:
        for (const llvm::Value* op : inst->operands()) work.push_back(op);
        break;
      case llvm::Instruction::Select:
        work.push_back(inst->getOperand(1));
        work.push_back(inst->getOperand(2));
        break;
      case llvm::Instruction::PHI:
        for (const llvm::Value* op : inst->operands()) work.push_back(op);
        break;
      default:
        break;
    }
  }
  if (ambiguous || !found) return nullptr;
  // The origin must be available where the cast is: an argument, constant or dominating value.
  if (auto* oi = llvm::dyn_cast<llvm::Instruction>(found); oi && !dt_.dominates(oi, currentInst_))
    return nullptr;
  return found;
}

Opcode FunctionEmitter::pick(llvm::Type* t, Opcode i32, Opcode i64, Opcode f32, Opcode f64) {
  if (t->isFloatTy()) return f32;
  if (t->isDoubleTy()) return f64;
  if (containerBits(t) == 64) return i64;
  if (containerBits(t) != 32)
    mc_.error(currentInst_, "integer type wider than 64 bits is not supported yet");
  return i32;
}

void FunctionEmitter::emitBinary(llvm::BinaryOperator& i) {
  using BO = llvm::Instruction::BinaryOps;
  llvm::Type* t = i.getType();
  if (!t->isIntegerTy() && !t->isFloatingPointTy()) {
    mc_.error(&i, "vector or aggregate arithmetic is not supported");
    return;
  }
  bool signNorm = false, zeroNorm = false, firstOnly = false;
  Opcode op = Opcode::Nop;
  switch (i.getOpcode()) {
    case BO::Add: op = pick(t, Opcode::I32Add, Opcode::I64Add, Opcode::Nop, Opcode::Nop); break;
    case BO::Sub: op = pick(t, Opcode::I32Sub, Opcode::I64Sub, Opcode::Nop, Opcode::Nop); break;
    case BO::Mul: op = pick(t, Opcode::I32Mul, Opcode::I64Mul, Opcode::Nop, Opcode::Nop); break;
    case BO::And: op = pick(t, Opcode::I32And, Opcode::I64And, Opcode::Nop, Opcode::Nop); break;
    case BO::Or: op = pick(t, Opcode::I32Or, Opcode::I64Or, Opcode::Nop, Opcode::Nop); break;
    case BO::Xor: op = pick(t, Opcode::I32Xor, Opcode::I64Xor, Opcode::Nop, Opcode::Nop); break;
    case BO::Shl: op = pick(t, Opcode::I32Shl, Opcode::I64Shl, Opcode::Nop, Opcode::Nop); break;
    case BO::LShr: op = pick(t, Opcode::I32ShrU, Opcode::I64ShrU, Opcode::Nop, Opcode::Nop); zeroNorm = firstOnly = true; break;
    case BO::AShr: op = pick(t, Opcode::I32ShrS, Opcode::I64ShrS, Opcode::Nop, Opcode::Nop); signNorm = firstOnly = true; break;
    case BO::UDiv: op = pick(t, Opcode::I32DivU, Opcode::I64DivU, Opcode::Nop, Opcode::Nop); zeroNorm = true; break;
    case BO::URem: op = pick(t, Opcode::I32RemU, Opcode::I64RemU, Opcode::Nop, Opcode::Nop); zeroNorm = true; break;
    case BO::SDiv: op = pick(t, Opcode::I32DivS, Opcode::I64DivS, Opcode::Nop, Opcode::Nop); signNorm = true; break;
    case BO::SRem: op = pick(t, Opcode::I32RemS, Opcode::I64RemS, Opcode::Nop, Opcode::Nop); signNorm = true; break;
    case BO::FAdd: op = pick(t, Opcode::Nop, Opcode::Nop, Opcode::F32Add, Opcode::F64Add); break;
    case BO::FSub: op = pick(t, Opcode::Nop, Opcode::Nop, Opcode::F32Sub, Opcode::F64Sub); break;
    case BO::FMul: op = pick(t, Opcode::Nop, Opcode::Nop, Opcode::F32Mul, Opcode::F64Mul); break;
    case BO::FDiv: op = pick(t, Opcode::Nop, Opcode::Nop, Opcode::F32Div, Opcode::F64Div); break;
    case BO::FRem: {
      // fmod/fmodf from libc: kept alive by the linker's libcall list.
      const char* name = t->isFloatTy() ? "fmodf" : "fmod";
      llvm::Function* fn = mc_.llvm.getFunction(name);
      auto it = fn ? mc_.funcIndex.find(fn) : mc_.funcIndex.end();
      if (it == mc_.funcIndex.end()) {
        mc_.error(&i, llvm::Twine("floating-point remainder needs '") + name + "' from libc, which is not linked");
        return;
      }
      pushValue(i.getOperand(0));
      pushValue(i.getOperand(1));
      emitIndex(Opcode::Call, it->second);
      return setResult(i);
    }
    default:
      mc_.error(&i, llvm::Twine("unsupported binary operator '") + i.getOpcodeName() + "'");
      return;
  }
  if (op == Opcode::Nop) {
    mc_.error(&i, "operator applied to an unsupported type");
    return;
  }
  if (signNorm || zeroNorm) {
    pushNormalized(i.getOperand(0), signNorm);
    if (firstOnly) pushValue(i.getOperand(1));
    else pushNormalized(i.getOperand(1), signNorm);
  } else {
    pushValue(i.getOperand(0));
    pushValue(i.getOperand(1));
  }
  emit(op);
  setResult(i);
}

void FunctionEmitter::emitICmp(llvm::ICmpInst& i) {
  using P = llvm::CmpInst::Predicate;
  llvm::Value* a = i.getOperand(0);
  llvm::Value* b = i.getOperand(1);
  P pred = i.getPredicate();
  if (a->getType()->isPointerTy()) {
    bool negate = false;
    switch (pred) {
      case P::ICMP_EQ: pushValue(a); pushValue(b); emit(Opcode::HandleEq); break;
      case P::ICMP_NE: pushValue(a); pushValue(b); emit(Opcode::HandleEq); negate = true; break;
      case P::ICMP_ULT: case P::ICMP_SLT: pushValue(a); pushValue(b); emit(Opcode::HandleLtU); break;
      case P::ICMP_UGT: case P::ICMP_SGT: pushValue(b); pushValue(a); emit(Opcode::HandleLtU); break;
      case P::ICMP_ULE: case P::ICMP_SLE: pushValue(b); pushValue(a); emit(Opcode::HandleLtU); negate = true; break;
      case P::ICMP_UGE: case P::ICMP_SGE: pushValue(a); pushValue(b); emit(Opcode::HandleLtU); negate = true; break;
      default: mc_.error(&i, "unsupported pointer comparison"); return;
    }
    if (negate) emit(Opcode::I32Eqz);
    return setResult(i);
  }
  if (!a->getType()->isIntegerTy()) {
    mc_.error(&i, "vector comparison is not supported");
    return;
  }
  bool sign = i.isSigned();
  pushNormalized(a, sign);
  pushNormalized(b, sign);
  bool wide = containerBits(a->getType()) == 64;
  Opcode op;
  switch (pred) {
    case P::ICMP_EQ: op = wide ? Opcode::I64Eq : Opcode::I32Eq; break;
    case P::ICMP_NE: op = wide ? Opcode::I64Ne : Opcode::I32Ne; break;
    case P::ICMP_ULT: op = wide ? Opcode::I64LtU : Opcode::I32LtU; break;
    case P::ICMP_ULE: op = wide ? Opcode::I64LeU : Opcode::I32LeU; break;
    case P::ICMP_UGT: op = wide ? Opcode::I64GtU : Opcode::I32GtU; break;
    case P::ICMP_UGE: op = wide ? Opcode::I64GeU : Opcode::I32GeU; break;
    case P::ICMP_SLT: op = wide ? Opcode::I64LtS : Opcode::I32LtS; break;
    case P::ICMP_SLE: op = wide ? Opcode::I64LeS : Opcode::I32LeS; break;
    case P::ICMP_SGT: op = wide ? Opcode::I64GtS : Opcode::I32GtS; break;
    case P::ICMP_SGE: op = wide ? Opcode::I64GeS : Opcode::I32GeS; break;
    default: mc_.error(&i, "unsupported integer comparison"); return;
  }
  emit(op);
  setResult(i);
}

void FunctionEmitter::emitFCmp(llvm::FCmpInst& i) {
  using P = llvm::CmpInst::Predicate;
  llvm::Value* a = i.getOperand(0);
  llvm::Value* b = i.getOperand(1);
  bool f32 = a->getType()->isFloatTy();
  auto cmp = [&](Opcode o32, Opcode o64, llvm::Value* x, llvm::Value* y) {
    pushValue(x);
    pushValue(y);
    emit(f32 ? o32 : o64);
  };
  auto ordered = [&] {  // (a == a) & (b == b)
    cmp(Opcode::F32Eq, Opcode::F64Eq, a, a);
    cmp(Opcode::F32Eq, Opcode::F64Eq, b, b);
    emit(Opcode::I32And);
  };
  switch (i.getPredicate()) {
    case P::FCMP_FALSE: emitI32(0); break;
    case P::FCMP_TRUE: emitI32(1); break;
    case P::FCMP_OEQ: cmp(Opcode::F32Eq, Opcode::F64Eq, a, b); break;
    case P::FCMP_OGT: cmp(Opcode::F32Gt, Opcode::F64Gt, a, b); break;
    case P::FCMP_OGE: cmp(Opcode::F32Ge, Opcode::F64Ge, a, b); break;
    case P::FCMP_OLT: cmp(Opcode::F32Lt, Opcode::F64Lt, a, b); break;
    case P::FCMP_OLE: cmp(Opcode::F32Le, Opcode::F64Le, a, b); break;
    case P::FCMP_ONE:
      cmp(Opcode::F32Lt, Opcode::F64Lt, a, b);
      cmp(Opcode::F32Gt, Opcode::F64Gt, a, b);
      emit(Opcode::I32Or);
      break;
    case P::FCMP_ORD: ordered(); break;
    case P::FCMP_UNO: ordered(); emit(Opcode::I32Eqz); break;
    case P::FCMP_UEQ:
      cmp(Opcode::F32Lt, Opcode::F64Lt, a, b);
      cmp(Opcode::F32Gt, Opcode::F64Gt, a, b);
      emit(Opcode::I32Or);
      emit(Opcode::I32Eqz);
      break;
    case P::FCMP_UNE: cmp(Opcode::F32Ne, Opcode::F64Ne, a, b); break;
    case P::FCMP_UGT: cmp(Opcode::F32Le, Opcode::F64Le, a, b); emit(Opcode::I32Eqz); break;
    case P::FCMP_UGE: cmp(Opcode::F32Lt, Opcode::F64Lt, a, b); emit(Opcode::I32Eqz); break;
    case P::FCMP_ULT: cmp(Opcode::F32Ge, Opcode::F64Ge, a, b); emit(Opcode::I32Eqz); break;
    case P::FCMP_ULE: cmp(Opcode::F32Gt, Opcode::F64Gt, a, b); emit(Opcode::I32Eqz); break;
    default: mc_.error(&i, "unsupported floating-point comparison"); return;
  }
  setResult(i);
}

void FunctionEmitter::emitCast(llvm::CastInst& i) {
  using CO = llvm::Instruction::CastOps;
  llvm::Value* src = i.getOperand(0);
  llvm::Type* from = src->getType();
  llvm::Type* to = i.getType();
  unsigned fromBits = containerBits(from), toBits = containerBits(to);
  switch (i.getOpcode()) {
    case CO::Trunc:
      pushValue(src);
      if (fromBits == 64 && toBits == 32) emit(Opcode::I32WrapI64);
      break;
    case CO::ZExt:
    case CO::SExt: {
      bool sign = i.getOpcode() == CO::SExt;
      pushNormalized(src, sign);
      if (fromBits == 32 && toBits == 64) emit(sign ? Opcode::I64ExtendI32S : Opcode::I64ExtendI32U);
      if (sign && to->getIntegerBitWidth() != toBits) {
        // sext into a narrow type: the upper bits are free, nothing to do.
      }
      break;
    }
    case CO::FPToSI:
    case CO::FPToUI: {
      bool sign = i.getOpcode() == CO::FPToSI;
      bool f32 = from->isFloatTy();
      pushValue(src);
      // Out-of-range conversions are undefined in C; saturating ones never trap.
      if (toBits == 64)
        emit(f32 ? (sign ? Opcode::I64TruncSatF32S : Opcode::I64TruncSatF32U)
                 : (sign ? Opcode::I64TruncSatF64S : Opcode::I64TruncSatF64U));
      else
        emit(f32 ? (sign ? Opcode::I32TruncSatF32S : Opcode::I32TruncSatF32U)
                 : (sign ? Opcode::I32TruncSatF64S : Opcode::I32TruncSatF64U));
      break;
    }
    case CO::SIToFP:
    case CO::UIToFP: {
      bool sign = i.getOpcode() == CO::SIToFP;
      pushNormalized(src, sign);
      bool f32 = to->isFloatTy();
      if (fromBits == 64)
        emit(f32 ? (sign ? Opcode::F32ConvertI64S : Opcode::F32ConvertI64U)
                 : (sign ? Opcode::F64ConvertI64S : Opcode::F64ConvertI64U));
      else
        emit(f32 ? (sign ? Opcode::F32ConvertI32S : Opcode::F32ConvertI32U)
                 : (sign ? Opcode::F64ConvertI32S : Opcode::F64ConvertI32U));
      break;
    }
    case CO::FPExt: pushValue(src); emit(Opcode::F64PromoteF32); break;
    case CO::FPTrunc: pushValue(src); emit(Opcode::F32DemoteF64); break;
    case CO::BitCast:
      pushValue(src);
      if (from->isFloatTy() && to->isIntegerTy()) emit(Opcode::I32ReinterpretF32);
      else if (from->isDoubleTy() && to->isIntegerTy()) emit(Opcode::I64ReinterpretF64);
      else if (from->isIntegerTy() && to->isFloatTy()) emit(Opcode::F32ReinterpretI32);
      else if (from->isIntegerTy() && to->isDoubleTy()) emit(Opcode::F64ReinterpretI64);
      else if (from != to && !(from->isPointerTy() && to->isPointerTy())) {
        mc_.error(&i, "unsupported bitcast");
        return;
      }
      break;
    case CO::AddrSpaceCast: pushValue(src); break;
    case CO::PtrToInt:
      pushValue(src);
      emit(Opcode::HandleGetAddr);
      if (toBits == 64) emit(Opcode::I64ExtendI32U);
      else if (toBits != 32) { mc_.error(&i, "pointer converted to an integer wider than 64 bits"); return; }
      break;
    case CO::IntToPtr: {
      // Provenance: when the integer is computed from exactly one pointer's address (align-up,
      // tag bits, p + (x - (uintptr_t)p)...), the result is that pointer's handle moved to the
      // new address. Otherwise it is a handle without authority (docs/spec.md, handle.from_int).
      const llvm::Value* origin = provenanceSource(src);
      if (origin) pushValue(origin);
      pushNormalized(src, false);
      if (fromBits == 64) emit(Opcode::I32WrapI64);
      else if (fromBits != 32) { mc_.error(&i, "integer wider than 64 bits converted to a pointer"); return; }
      emit(origin ? Opcode::HandleSetAddr : Opcode::HandleFromInt);
      break;
    }
    default:
      mc_.error(&i, llvm::Twine("unsupported cast '") + i.getOpcodeName() + "'");
      return;
  }
  setResult(i);
}

bool FunctionEmitter::loadOp(llvm::Type* t, Opcode& op, uint32_t& bytes) {
  if (t->isPointerTy()) { op = Opcode::HandleSegload; bytes = 16; return true; }
  if (t->isFloatTy()) { op = Opcode::F32Segload; bytes = 4; return true; }
  if (t->isDoubleTy()) { op = Opcode::F64Segload; bytes = 8; return true; }
  if (!t->isIntegerTy()) return false;
  switch (t->getIntegerBitWidth()) {
    case 1: case 8: op = Opcode::I32Segload8U; bytes = 1; return true;
    case 16: op = Opcode::I32Segload16U; bytes = 2; return true;
    case 32: op = Opcode::I32Segload; bytes = 4; return true;
    case 64: op = Opcode::I64Segload; bytes = 8; return true;
    default: return false;
  }
}

bool FunctionEmitter::storeOp(llvm::Type* t, Opcode& op, uint32_t& bytes) {
  if (t->isPointerTy()) { op = Opcode::HandleSegstore; bytes = 16; return true; }
  if (t->isFloatTy()) { op = Opcode::F32Segstore; bytes = 4; return true; }
  if (t->isDoubleTy()) { op = Opcode::F64Segstore; bytes = 8; return true; }
  if (!t->isIntegerTy()) return false;
  switch (t->getIntegerBitWidth()) {
    case 1: case 8: op = Opcode::I32Segstore8; bytes = 1; return true;
    case 16: op = Opcode::I32Segstore16; bytes = 2; return true;
    case 32: op = Opcode::I32Segstore; bytes = 4; return true;
    case 64: op = Opcode::I64Segstore; bytes = 8; return true;
    default: return false;
  }
}

uint32_t FunctionEmitter::pushAddress(const llvm::Value* ptr) {
  if (auto* g = llvm::dyn_cast<llvm::GEPOperator>(ptr)) {
    llvm::APInt off(32, 0);
    if (g->accumulateConstantOffset(mc_.dl, off) && !off.isNegative()) {
      pushValue(g->getPointerOperand());
      return uint32_t(off.getZExtValue());
    }
  }
  pushValue(ptr);
  return 0;
}

// Integers whose width is not 8/16/32/64 bits (bit-field accesses such as i24 or i48) are read
// and written in 4-, 2- and 1-byte pieces, little-endian, never touching bytes past their store
// size (a wider access could cross the end of the object).
static std::vector<std::pair<uint32_t, uint32_t>> pieces(uint32_t bytes) {
  std::vector<std::pair<uint32_t, uint32_t>> out;  // (offset, size)
  uint32_t off = 0;
  for (uint32_t size : {4u, 2u, 1u})
    while (bytes - off >= size) {
      out.push_back({off, size});
      off += size;
      if (off == bytes) return out;
    }
  return out;
}

void FunctionEmitter::emitOddLoad(llvm::LoadInst& i) {
  llvm::Type* t = i.getType();
  uint32_t bytes = uint32_t(mc_.dl.getTypeStoreSize(t));
  bool wide = containerBits(t) == 64;
  uint32_t base = newLocal(ValType::Handle);
  uint32_t off = pushAddress(i.getPointerOperand());
  emitIndex(Opcode::LocalSet, base);
  bool first = true;
  for (auto [at, size] : pieces(bytes)) {
    Instr ld;
    ld.op = size == 4 ? (wide ? Opcode::I64Segload32U : Opcode::I32Segload)
          : size == 2 ? (wide ? Opcode::I64Segload16U : Opcode::I32Segload16U)
                      : (wide ? Opcode::I64Segload8U : Opcode::I32Segload8U);
    ld.offset = off + at;
    emitIndex(Opcode::LocalGet, base);
    emit(ld);
    if (at) {
      if (wide) { emitI64(at * 8); emit(Opcode::I64Shl); } else { emitI32(int32_t(at * 8)); emit(Opcode::I32Shl); }
    }
    if (!first) emit(wide ? Opcode::I64Or : Opcode::I32Or);
    first = false;
  }
  setResult(i);
}

void FunctionEmitter::emitOddStore(llvm::StoreInst& i) {
  llvm::Value* v = i.getValueOperand();
  llvm::Type* t = v->getType();
  uint32_t bytes = uint32_t(mc_.dl.getTypeStoreSize(t));
  bool wide = containerBits(t) == 64;
  uint32_t base = newLocal(ValType::Handle);
  uint32_t val = newLocal(wide ? ValType::I64 : ValType::I32);
  uint32_t off = pushAddress(i.getPointerOperand());
  emitIndex(Opcode::LocalSet, base);
  pushValue(v);
  emitIndex(Opcode::LocalSet, val);
  for (auto [at, size] : pieces(bytes)) {
    Instr st;
    st.op = size == 4 ? (wide ? Opcode::I64Segstore32 : Opcode::I32Segstore)
          : size == 2 ? (wide ? Opcode::I64Segstore16 : Opcode::I32Segstore16)
                      : (wide ? Opcode::I64Segstore8 : Opcode::I32Segstore8);
    st.offset = off + at;
    emitIndex(Opcode::LocalGet, base);
    emitIndex(Opcode::LocalGet, val);
    if (at) {
      if (wide) { emitI64(at * 8); emit(Opcode::I64ShrU); } else { emitI32(int32_t(at * 8)); emit(Opcode::I32ShrU); }
    }
    emit(st);
  }
}

void FunctionEmitter::emitLoad(llvm::LoadInst& i) {
  Opcode op;
  uint32_t bytes;
  if (!loadOp(i.getType(), op, bytes) && i.getType()->isIntegerTy() && containerBits(i.getType()))
    return emitOddLoad(i);
  if (!loadOp(i.getType(), op, bytes)) {
    mc_.error(&i, "load of an unsupported type (aggregate, vector or odd-width integer)");
    return;
  }
  Instr ins;
  ins.op = op;
  ins.offset = pushAddress(i.getPointerOperand());
  ins.align = log2Align(i.getAlign().value(), bytes);
  emit(ins);
  setResult(i);
}

void FunctionEmitter::emitStore(llvm::StoreInst& i) {
  llvm::Value* v = i.getValueOperand();
  Opcode op;
  uint32_t bytes;
  if (!storeOp(v->getType(), op, bytes) && v->getType()->isIntegerTy() && containerBits(v->getType()))
    return emitOddStore(i);
  if (!storeOp(v->getType(), op, bytes)) {
    mc_.error(&i, "store of an unsupported type (aggregate, vector or odd-width integer)");
    return;
  }
  Instr ins;
  ins.op = op;
  ins.offset = pushAddress(i.getPointerOperand());
  ins.align = log2Align(i.getAlign().value(), bytes);
  if (v->getType()->isIntegerTy(1)) pushNormalized(v, false);
  else pushValue(v);
  emit(ins);
}

void FunctionEmitter::emitAlloca(llvm::AllocaInst& i) {
  uint64_t elemSize = mc_.dl.getTypeAllocSize(i.getAllocatedType());
  llvm::Value* count = i.getArraySize();
  auto* constCount = llvm::dyn_cast<llvm::ConstantInt>(count);
  if (constCount) {
    uint64_t total = elemSize * constCount->getZExtValue();
    if (total > 0x7fffffff) {
      mc_.error(&i, "stack object larger than 2 GiB");
      return;
    }
    emitI32(int32_t(total));
  } else {
    pushNormalized(count, false);
    if (containerBits(count->getType()) == 64) emit(Opcode::I32WrapI64);
    if (elemSize != 1) {
      emitI32(int32_t(elemSize));
      emit(Opcode::I32Mul);
    }
  }
  Instr ins;
  ins.op = Opcode::StackAlloc;
  ins.align = std::min<uint32_t>(16, uint32_t(std::countr_zero(i.getAlign().value())));
  emit(ins);
  if (!i.isStaticAlloca() && chainLocal_ != kNoLocal) {
    uint32_t data = localFor(&i);
    emitIndex(Opcode::LocalSet, data);
    linkDynamicSegment(data);
    return;
  }
  if (i.use_empty()) {
    emit(Opcode::Drop);
    return;
  }
  emitIndex(Opcode::LocalSet, localFor(&i));
}

// Dynamic stack segments (VLAs, alloca(), allocas outside the entry block) of a function that
// calls llvm.stackrestore are chained, newest first, so that llvm.stackrestore can free exactly
// those allocated since the matching llvm.stacksave (LLVM's semantics of the stack pointer): a
// 32-byte link segment holds the segment's handle and the previous link; the chain's head is
// what llvm.stacksave returns.
void FunctionEmitter::linkDynamicSegment(uint32_t data) {
  emitI32(32);
  Instr alloc;
  alloc.op = Opcode::StackAlloc;
  alloc.align = 4;
  emit(alloc);
  emitIndex(Opcode::LocalTee, linkScratch_);
  emitIndex(Opcode::LocalGet, data);
  Instr store;
  store.op = Opcode::HandleSegstore;
  store.align = 4;
  emit(store);
  emitIndex(Opcode::LocalGet, linkScratch_);
  emitIndex(Opcode::LocalGet, chainLocal_);
  store.offset = 16;
  emit(store);
  emitIndex(Opcode::LocalGet, linkScratch_);
  emitIndex(Opcode::LocalSet, chainLocal_);
}

// llvm.stackrestore(mark): ends every dynamic segment newer than `mark` (a chain head that
// llvm.stacksave returned), and its link, with stack.release, so a pointer kept to a VLA of an
// earlier loop iteration traps use-after-scope and a VLA in a loop runs in constant memory
// (dynamic segments are never reopened, so their ranges can go back at once):
//   block loop
//     head == mark ? br 1 ; head is null ? br 1
//     stack.release(head->segment) ; next = head->next ; stack.release(head) ; head = next ; br 0
//   end end
void FunctionEmitter::emitStackRestore(const llvm::Value* mark) {
  Instr block;
  block.op = Opcode::Block;
  emit(block);
  Instr loop;
  loop.op = Opcode::Loop;
  emit(loop);
  emitIndex(Opcode::LocalGet, chainLocal_);
  pushValue(mark);
  emit(Opcode::HandleEq);
  emitIndex(Opcode::BrIf, 1);
  emitIndex(Opcode::LocalGet, chainLocal_);
  emit(Opcode::HandleIsNull);
  emitIndex(Opcode::BrIf, 1);
  Instr load;
  load.op = Opcode::HandleSegload;
  load.align = 4;
  emitIndex(Opcode::LocalGet, chainLocal_);
  emit(load);
  emit(Opcode::StackRelease);
  emitIndex(Opcode::LocalGet, chainLocal_);
  load.offset = 16;
  emit(load);
  emitIndex(Opcode::LocalGet, chainLocal_);
  emit(Opcode::StackRelease);
  emitIndex(Opcode::LocalSet, chainLocal_);
  emitIndex(Opcode::Br, 0);
  emit(Opcode::End);
  emit(Opcode::End);
}

void FunctionEmitter::pushGEPAddress(const llvm::GEPOperator& g) {
  pushValue(g.getPointerOperand());
  int64_t constOffset = 0;
  bool haveVar = false;
  for (llvm::gep_type_iterator it = llvm::gep_type_begin(g), e = llvm::gep_type_end(g); it != e; ++it) {
    llvm::Value* idx = it.getOperand();
    if (llvm::StructType* st = it.getStructTypeOrNull()) {
      unsigned field = unsigned(llvm::cast<llvm::ConstantInt>(idx)->getZExtValue());
      constOffset += int64_t(mc_.dl.getStructLayout(st)->getElementOffset(field));
      continue;
    }
    int64_t stride = int64_t(it.getSequentialElementStride(mc_.dl));
    if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(idx)) {
      constOffset += ci->getSExtValue() * stride;
      continue;
    }
    if (stride == 0) continue;
    pushNormalized(idx, true);
    if (containerBits(idx->getType()) == 64) emit(Opcode::I32WrapI64);
    if (stride != 1) {
      if (std::has_single_bit(uint64_t(stride))) {
        emitI32(int32_t(std::countr_zero(uint64_t(stride))));
        emit(Opcode::I32Shl);
      } else {
        emitI32(int32_t(stride));
        emit(Opcode::I32Mul);
      }
    }
    if (haveVar) emit(Opcode::I32Add);
    haveVar = true;
  }
  int32_t c = int32_t(uint32_t(uint64_t(constOffset)));
  if (haveVar) {
    if (c != 0) {
      emitI32(c);
      emit(Opcode::I32Add);
    }
    emit(Opcode::HandleAdd);
  } else if (c != 0) {
    emitI32(c);
    emit(Opcode::HandleAdd);
  }
}

void FunctionEmitter::emitGEP(llvm::GetElementPtrInst& i) {
  if (i.getType()->isVectorTy()) {
    mc_.error(&i, "vector of pointers is not supported");
    return;
  }
  pushGEPAddress(llvm::cast<llvm::GEPOperator>(i));
  setResult(i);
}

void FunctionEmitter::emitSelect(llvm::SelectInst& i) {
  if (!i.getType()->isSingleValueType() || i.getType()->isVectorTy()) {
    mc_.error(&i, "select of an aggregate or vector is not supported");
    return;
  }
  pushValue(i.getTrueValue());
  pushValue(i.getFalseValue());
  pushNormalized(i.getCondition(), false);
  emit(Opcode::Select);
  setResult(i);
}

// Atomics: the engine is single-threaded, so read-modify-write is load, compute, store.
void FunctionEmitter::emitAtomicRMW(llvm::AtomicRMWInst& i) {
  using Op = llvm::AtomicRMWInst::BinOp;
  llvm::Type* t = i.getType();
  Opcode ld, st;
  uint32_t bytes;
  if (!loadOp(t, ld, bytes) || !storeOp(t, st, bytes) || (t->isPointerTy() && i.getOperation() != Op::Xchg)) {
    mc_.error(&i, "atomicrmw on an unsupported type");
    return;
  }
  uint32_t addr = newLocal(ValType::Handle);
  pushValue(i.getPointerOperand());
  emitIndex(Opcode::LocalSet, addr);
  uint32_t old = localFor(&i);
  emitIndex(Opcode::LocalGet, addr);
  Instr load;
  load.op = ld;
  emit(load);
  emitIndex(Opcode::LocalSet, old);
  emitIndex(Opcode::LocalGet, addr);
  llvm::Value* v = i.getValOperand();
  bool wide = containerBits(t) == 64;
  auto bin = [&](Opcode o32, Opcode o64) {
    emitIndex(Opcode::LocalGet, old);
    pushValue(v);
    emit(wide ? o64 : o32);
  };
  auto minmax = [&](bool sign, bool wantLess) {
    // select(old, v, old < v) for min; (old > v) for max
    emitIndex(Opcode::LocalGet, old);
    pushValue(v);
    // normalise both for the comparison
    emitIndex(Opcode::LocalGet, old);
    if (t->getIntegerBitWidth() % 32) normalizeTop(t->getIntegerBitWidth(), wide, sign);
    pushNormalized(v, sign);
    if (wantLess) emit(wide ? (sign ? Opcode::I64LtS : Opcode::I64LtU) : (sign ? Opcode::I32LtS : Opcode::I32LtU));
    else emit(wide ? (sign ? Opcode::I64GtS : Opcode::I64GtU) : (sign ? Opcode::I32GtS : Opcode::I32GtU));
    emit(Opcode::Select);
  };
  switch (i.getOperation()) {
    case Op::Xchg: pushValue(v); break;
    case Op::Add: bin(Opcode::I32Add, Opcode::I64Add); break;
    case Op::Sub: bin(Opcode::I32Sub, Opcode::I64Sub); break;
    case Op::And: bin(Opcode::I32And, Opcode::I64And); break;
    case Op::Or: bin(Opcode::I32Or, Opcode::I64Or); break;
    case Op::Xor: bin(Opcode::I32Xor, Opcode::I64Xor); break;
    case Op::Nand:
      bin(Opcode::I32And, Opcode::I64And);
      if (wide) { emitI64(-1); emit(Opcode::I64Xor); } else { emitI32(-1); emit(Opcode::I32Xor); }
      break;
    case Op::Min: minmax(true, true); break;
    case Op::Max: minmax(true, false); break;
    case Op::UMin: minmax(false, true); break;
    case Op::UMax: minmax(false, false); break;
    default:
      mc_.error(&i, "unsupported atomicrmw operation");
      return;
  }
  Instr store;
  store.op = st;
  emit(store);
}

void FunctionEmitter::emitCmpXchg(llvm::AtomicCmpXchgInst& i) {
  llvm::Type* t = i.getNewValOperand()->getType();
  Opcode ld, st;
  uint32_t bytes;
  if (!loadOp(t, ld, bytes) || !storeOp(t, st, bytes)) {
    mc_.error(&i, "cmpxchg on an unsupported type");
    return;
  }
  ValType vt;
  mc_.valType(t, vt);
  uint32_t addr = newLocal(ValType::Handle);
  uint32_t old = newLocal(vt);
  uint32_t ok = newLocal(ValType::I32);
  pairLocals_[&i] = {old, ok};
  pushValue(i.getPointerOperand());
  emitIndex(Opcode::LocalSet, addr);
  emitIndex(Opcode::LocalGet, addr);
  Instr load;
  load.op = ld;
  emit(load);
  emitIndex(Opcode::LocalSet, old);
  emitIndex(Opcode::LocalGet, old);
  if (t->isPointerTy()) {
    pushValue(i.getCompareOperand());
    emit(Opcode::HandleEq);
  } else {
    bool wide = containerBits(t) == 64;
    if (t->getIntegerBitWidth() % 32) normalizeTop(t->getIntegerBitWidth(), wide, false);
    pushNormalized(i.getCompareOperand(), false);
    emit(wide ? Opcode::I64Eq : Opcode::I32Eq);
  }
  emitIndex(Opcode::LocalTee, ok);
  Instr ifi;
  ifi.op = Opcode::If;
  emit(ifi);
  emitIndex(Opcode::LocalGet, addr);
  pushValue(i.getNewValOperand());
  Instr store;
  store.op = st;
  emit(store);
  emit(Opcode::End);
}

}  // namespace mswasm::backend
