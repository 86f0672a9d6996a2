// Calls: direct, indirect through code handles, MSWasm builtins (__mswasm_*), and the LLVM
// intrinsics C code produces after optimisation (memory intrinsics, bit counting, min/max,
// overflow checks, rounding...). Math intrinsics without an MSWasm instruction call libc.
#include "Emitter.h"
#include "LibCalls.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Intrinsics.h"

namespace mswasm::backend {
void FunctionEmitter::emitCall(llvm::CallInst& i) {
  if (i.isInlineAsm()) {
    emitEmptyAsm(i);
    return;
  }
  llvm::Function* callee = i.getCalledFunction();
  if (callee && callee->isIntrinsic()) {
    if (!emitIntrinsic(i, *callee))
      mc_.error(&i, "unsupported intrinsic '" + callee->getName() + "'");
    return;
  }
  if (callee && callee->getName().starts_with("__mswasm_") && emitBuiltin(i, callee->getName())) return;

  // Arguments; byval aggregates are copied into a fresh stack segment owned by this frame.
  for (unsigned a = 0; a < i.arg_size(); ++a) {
    llvm::Value* arg = i.getArgOperand(a);
    if (i.isByValArgument(a)) {
      llvm::Type* ty = i.getParamByValType(a);
      uint64_t size = mc_.dl.getTypeAllocSize(ty);
      uint32_t copy = newLocal(ValType::Handle);
      emitI32(int32_t(size));
      Instr alloc;
      alloc.op = Opcode::StackAlloc;
      alloc.align = 4;
      emit(alloc);
      emitIndex(Opcode::LocalTee, copy);
      pushValue(arg);
      emitI32(int32_t(size));
      emit(Opcode::SegmentCopy);
      emitIndex(Opcode::LocalGet, copy);
      continue;
    }
    if (arg->getType()->isIntegerTy(1)) pushNormalized(arg, false);
    else pushValue(arg);
  }

  bool direct = callee && callee->getFunctionType() == i.getFunctionType();
  if (direct) {
    auto it = mc_.funcIndex.find(callee);
    if (it == mc_.funcIndex.end()) {
      mc_.error(&i, "undefined symbol: " + callee->getName());
      return;
    }
    emitIndex(Opcode::Call, it->second);
  } else {
    // Indirect call, or a direct call whose type differs from the callee's definition
    // (old-style C): through a code handle, so the engine checks the signature at run time.
    FuncType sig;
    if (!mc_.signature(i.getFunctionType(), sig, "call")) return;
    pushValue(i.getCalledOperand());
    Instr call;
    call.op = Opcode::CallHandle;
    call.index = mc_.typeIndex(sig);
    emit(call);
  }
  if (!i.getType()->isVoidTy()) setResult(i);
}

// An empty asm statement executes nothing; its one output (if any) is the input tied to it
// (the frontend rejects other outputs). Clang writes "+r" outputs as an output tied to input 0.
void FunctionEmitter::emitEmptyAsm(llvm::CallInst& i) {
  auto* ia = llvm::cast<llvm::InlineAsm>(i.getCalledOperand());
  if (!llvm::StringRef(ia->getAsmString()).trim().empty()) {
    mc_.error(&i, "inline assembly is not supported by MSWasm");
    return;
  }
  if (i.getType()->isVoidTy()) return;
  if (i.getType()->isStructTy()) {
    mc_.error(&i, "empty inline assembly with several outputs is not supported");
    return;
  }
  // Find the input constraint tied to output 0 ("0"); inputs follow the outputs in the list.
  unsigned input = 0;
  bool found = false;
  for (const llvm::InlineAsm::ConstraintInfo& c : ia->ParseConstraints()) {
    if (c.Type != llvm::InlineAsm::isInput) continue;
    if (c.hasMatchingInput() || (!c.Codes.empty() && c.Codes[0] == "0")) {
      found = true;
      break;
    }
    ++input;
  }
  if (!found || input >= i.arg_size()) {
    mc_.error(&i, "empty inline assembly whose output is not tied to an input");
    return;
  }
  pushValue(i.getArgOperand(input));
  setResult(i);
}

bool FunctionEmitter::emitBuiltin(llvm::CallInst& i, llvm::StringRef name) {
  auto arg = [&](unsigned n) { return i.getArgOperand(n); };
  if (name == "__mswasm_segalloc" && i.arg_size() == 2) {
    pushValue(arg(0));
    pushValue(arg(1));
    emit(Opcode::Segalloc);
  } else if (name == "__mswasm_segfree" && i.arg_size() == 1) {
    pushValue(arg(0));
    emit(Opcode::Segfree);
    return true;
  } else if (name == "__mswasm_slice" && i.arg_size() == 2) {
    pushValue(arg(0));
    pushValue(arg(1));
    emit(Opcode::HandleSlice);
  } else if (name == "__mswasm_escape" && i.arg_size() == 1) {
    return true;  // takes a local's address for the optimiser's sake (BugHunting.cpp); no code
  } else if (name == "__mswasm_setjmp" && i.arg_size() == 1) {
    pushValue(arg(0));
    emit(Opcode::JmpSet);
  } else if (name == "__mswasm_longjmp" && i.arg_size() == 2) {
    pushValue(arg(0));
    pushValue(arg(1));
    emit(Opcode::JmpLong);
    return true;
  } else {
    return false;
  }
  setResult(i);
  return true;
}

// Calls a libc function by name for an intrinsic without an MSWasm instruction.
static bool callLibc(ModuleContext& mc, FunctionEmitter* self, llvm::CallInst& i, llvm::StringRef name,
                     const std::function<void(uint32_t)>& emitCallTo) {
  llvm::Function* fn = mc.llvm.getFunction(name);
  auto it = fn ? mc.funcIndex.find(fn) : mc.funcIndex.end();
  if (it == mc.funcIndex.end()) {
    mc.error(&i, "'" + i.getCalledFunction()->getName() + "' needs '" + name + "' from libc, which is not linked");
    return true;
  }
  emitCallTo(it->second);
  return true;
}

bool FunctionEmitter::emitIntrinsic(llvm::CallInst& i, llvm::Function& callee) {
  using namespace llvm;
  Intrinsic::ID id = callee.getIntrinsicID();
  Type* t = i.getType();
  bool wide = containerBits(t) == 64;
  bool f32 = t->isFloatTy();
  auto arg = [&](unsigned n) { return i.getArgOperand(n); };
  auto result = [&] { setResult(i); return true; };
  // Vectors and integers wider than 64 bits have no code here: the intrinsic is reported.
  auto unsupportedType = [](Type* ty) {
    return ty->isVectorTy() || (ty->isIntegerTy() && ty->getIntegerBitWidth() > 64);
  };
  if (unsupportedType(t)) return false;
  for (const Use& a : i.args())
    if (unsupportedType(a->getType())) return false;
  // The integer intrinsics below work on i32 and i64 only; IntIntrinsics.cpp rewrites every
  // other width before code generation.
  auto native = [](Value* v) { return v->getType()->isIntegerTy(32) || v->getType()->isIntegerTy(64); };
  switch (id) {
    case Intrinsic::dbg_declare:
    case Intrinsic::dbg_value:
    case Intrinsic::dbg_label:
    case Intrinsic::assume:
    case Intrinsic::experimental_noalias_scope_decl:
    case Intrinsic::donothing:
    case Intrinsic::prefetch:  // __builtin_prefetch: a hint; the engine has no cache to warm
    case Intrinsic::sideeffect:
    case Intrinsic::pseudoprobe:
    case Intrinsic::var_annotation:
    case Intrinsic::codeview_annotation:
    case Intrinsic::invariant_end:
      return true;
    case Intrinsic::lifetime_start:
    case Intrinsic::lifetime_end: {
      auto* ai = dyn_cast<AllocaInst>(arg(1)->stripPointerCasts());
      if (!ai || !ai->isStaticAlloca() || ai->use_empty()) return true;
      emitIndex(Opcode::LocalGet, localFor(ai));
      emit(id == Intrinsic::lifetime_start ? Opcode::StackReopen : Opcode::StackFree);
      return true;
    }
    case Intrinsic::stacksave:
      // The newest dynamic stack segment's link (Instructions.cpp, linkDynamicSegment).
      if (chainLocal_ != kNoLocal) emitIndex(Opcode::LocalGet, chainLocal_);
      else emit(Opcode::HandleNull);
      return result();
    case Intrinsic::stackrestore:
      if (chainLocal_ != kNoLocal) emitStackRestore(arg(0));
      return true;
    case Intrinsic::invariant_start:
    case Intrinsic::launder_invariant_group:
    case Intrinsic::strip_invariant_group:
    case Intrinsic::threadlocal_address:
    case Intrinsic::expect:
    case Intrinsic::expect_with_probability:
    case Intrinsic::ssa_copy:
      pushValue(id == Intrinsic::invariant_start ? arg(1) : arg(0));
      return result();
    case Intrinsic::memcpy:
    case Intrinsic::memmove:
    case Intrinsic::memcpy_inline:
      pushValue(arg(0));
      pushValue(arg(1));
      pushNormalized(arg(2), false);
      if (containerBits(arg(2)->getType()) == 64) emit(Opcode::I32WrapI64);
      emit(Opcode::SegmentCopy);
      return true;
    case Intrinsic::memset:
    case Intrinsic::memset_inline:
      pushValue(arg(0));
      pushNormalized(arg(1), false);
      pushNormalized(arg(2), false);
      if (containerBits(arg(2)->getType()) == 64) emit(Opcode::I32WrapI64);
      emit(Opcode::SegmentFill);
      return true;
    case Intrinsic::trap:
    case Intrinsic::debugtrap:
    case Intrinsic::ubsantrap:
      emit(Opcode::Unreachable);
      return true;
    case Intrinsic::is_constant:
      emitI32(0);
      return result();
    case Intrinsic::objectsize: {
      bool min = cast<ConstantInt>(arg(1))->isOne();
      if (wide) emitI64(min ? 0 : -1);
      else emitI32(min ? 0 : -1);
      return result();
    }
    case Intrinsic::frameaddress:
    case Intrinsic::returnaddress:
      emit(Opcode::HandleNull);
      return result();
    case Intrinsic::ptrmask:
      // Keeps the handle's provenance; only its address changes.
      pushValue(arg(0));
      pushValue(arg(0));
      emit(Opcode::HandleGetAddr);
      pushValue(arg(1));
      if (containerBits(arg(1)->getType()) == 64) emit(Opcode::I32WrapI64);
      emit(Opcode::I32And);
      emit(Opcode::HandleSetAddr);
      return result();
    case Intrinsic::abs: {
      if (!native(arg(0))) return false;
      uint32_t x = newLocal(wide ? ValType::I64 : ValType::I32);
      pushNormalized(arg(0), true);
      emitIndex(Opcode::LocalSet, x);
      if (wide) emitI64(0); else emitI32(0);
      emitIndex(Opcode::LocalGet, x);
      emit(wide ? Opcode::I64Sub : Opcode::I32Sub);
      emitIndex(Opcode::LocalGet, x);
      emitIndex(Opcode::LocalGet, x);
      if (wide) { emitI64(0); emit(Opcode::I64LtS); } else { emitI32(0); emit(Opcode::I32LtS); }
      emit(Opcode::Select);
      return result();
    }
    case Intrinsic::smax:
    case Intrinsic::smin:
    case Intrinsic::umax:
    case Intrinsic::umin: {
      if (!native(arg(0))) return false;
      bool sign = id == Intrinsic::smax || id == Intrinsic::smin;
      bool isMax = id == Intrinsic::smax || id == Intrinsic::umax;
      pushValue(arg(0));
      pushValue(arg(1));
      pushNormalized(arg(0), sign);
      pushNormalized(arg(1), sign);
      if (isMax) emit(wide ? (sign ? Opcode::I64GtS : Opcode::I64GtU) : (sign ? Opcode::I32GtS : Opcode::I32GtU));
      else emit(wide ? (sign ? Opcode::I64LtS : Opcode::I64LtU) : (sign ? Opcode::I32LtS : Opcode::I32LtU));
      emit(Opcode::Select);
      return result();
    }
    case Intrinsic::ctlz:
    case Intrinsic::cttz:
    case Intrinsic::ctpop: {
      if (!native(arg(0))) return false;
      pushValue(arg(0));
      if (id == Intrinsic::ctlz) emit(wide ? Opcode::I64Clz : Opcode::I32Clz);
      else if (id == Intrinsic::cttz) emit(wide ? Opcode::I64Ctz : Opcode::I32Ctz);
      else emit(wide ? Opcode::I64Popcnt : Opcode::I32Popcnt);
      return result();
    }
    case Intrinsic::bswap: {
      if (!native(arg(0))) return false;
      uint32_t x = newLocal(wide ? ValType::I64 : ValType::I32);
      pushValue(arg(0));
      emitIndex(Opcode::LocalSet, x);
      if (!wide) {
        emitIndex(Opcode::LocalGet, x); emitI32(8); emit(Opcode::I32Rotl); emitI32(0x00ff00ff); emit(Opcode::I32And);
        emitIndex(Opcode::LocalGet, x); emitI32(8); emit(Opcode::I32Rotr); emitI32(int32_t(0xff00ff00u)); emit(Opcode::I32And);
        emit(Opcode::I32Or);
      } else {
        // Swap bytes within 16-bit, then 32-bit halves, then rotate by 32.
        emitIndex(Opcode::LocalGet, x); emitI64(8); emit(Opcode::I64ShrU); emitI64(0x00ff00ff00ff00ffLL); emit(Opcode::I64And);
        emitIndex(Opcode::LocalGet, x); emitI64(0x00ff00ff00ff00ffLL); emit(Opcode::I64And); emitI64(8); emit(Opcode::I64Shl);
        emit(Opcode::I64Or);
        emitIndex(Opcode::LocalTee, x);
        emitI64(16); emit(Opcode::I64ShrU); emitI64(0x0000ffff0000ffffLL); emit(Opcode::I64And);
        emitIndex(Opcode::LocalGet, x); emitI64(0x0000ffff0000ffffLL); emit(Opcode::I64And); emitI64(16); emit(Opcode::I64Shl);
        emit(Opcode::I64Or);
        emitI64(32); emit(Opcode::I64Rotl);
      }
      return result();
    }
    case Intrinsic::fshl:
    case Intrinsic::fshr: {
      if (!native(arg(0))) return false;
      unsigned w = t->getIntegerBitWidth();
      if (arg(0) == arg(1)) {
        pushValue(arg(0));
        pushValue(arg(2));
        emit(id == Intrinsic::fshl ? (wide ? Opcode::I64Rotl : Opcode::I32Rotl) : (wide ? Opcode::I64Rotr : Opcode::I32Rotr));
        return result();
      }
      // fshl(a, b, c) = c % w ? (a << c) | (b >> (w - c)) : a   (fshr mirrors it, giving b)
      uint32_t c = newLocal(wide ? ValType::I64 : ValType::I32);
      pushValue(arg(2));
      if (wide) { emitI64(w - 1); emit(Opcode::I64And); } else { emitI32(int32_t(w - 1)); emit(Opcode::I32And); }
      emitIndex(Opcode::LocalSet, c);
      bool left = id == Intrinsic::fshl;
      pushValue(arg(0));
      if (left) emitIndex(Opcode::LocalGet, c);
      else { if (wide) emitI64(w); else emitI32(int32_t(w)); emitIndex(Opcode::LocalGet, c); emit(wide ? Opcode::I64Sub : Opcode::I32Sub); }
      emit(wide ? Opcode::I64Shl : Opcode::I32Shl);
      pushValue(arg(1));
      if (!left) emitIndex(Opcode::LocalGet, c);
      else { if (wide) emitI64(w); else emitI32(int32_t(w)); emitIndex(Opcode::LocalGet, c); emit(wide ? Opcode::I64Sub : Opcode::I32Sub); }
      emit(wide ? Opcode::I64ShrU : Opcode::I32ShrU);
      emit(wide ? Opcode::I64Or : Opcode::I32Or);
      pushValue(left ? arg(0) : arg(1));
      emitIndex(Opcode::LocalGet, c);
      if (wide) { emitI64(0); emit(Opcode::I64Ne); } else { emitI32(0); emit(Opcode::I32Ne); }
      emit(Opcode::Select);
      return result();
    }
    case Intrinsic::fabs: pushValue(arg(0)); emit(f32 ? Opcode::F32Abs : Opcode::F64Abs); return result();
    case Intrinsic::sqrt: pushValue(arg(0)); emit(f32 ? Opcode::F32Sqrt : Opcode::F64Sqrt); return result();
    case Intrinsic::floor: pushValue(arg(0)); emit(f32 ? Opcode::F32Floor : Opcode::F64Floor); return result();
    case Intrinsic::ceil: pushValue(arg(0)); emit(f32 ? Opcode::F32Ceil : Opcode::F64Ceil); return result();
    case Intrinsic::trunc: pushValue(arg(0)); emit(f32 ? Opcode::F32Trunc : Opcode::F64Trunc); return result();
    case Intrinsic::rint:
    case Intrinsic::nearbyint:
    case Intrinsic::roundeven:
      pushValue(arg(0)); emit(f32 ? Opcode::F32Nearest : Opcode::F64Nearest); return result();
    case Intrinsic::copysign:
      pushValue(arg(0)); pushValue(arg(1)); emit(f32 ? Opcode::F32Copysign : Opcode::F64Copysign); return result();
    case Intrinsic::minimum:
    case Intrinsic::maximum:
      pushValue(arg(0)); pushValue(arg(1));
      emit(id == Intrinsic::minimum ? (f32 ? Opcode::F32Min : Opcode::F64Min) : (f32 ? Opcode::F32Max : Opcode::F64Max));
      return result();
    case Intrinsic::minnum:
    case Intrinsic::maxnum: {
      // C's fmin/fmax: a NaN operand yields the other operand.
      // Stack: b (outer choice), a (inner choice), then min/max(a, b).
      bool isMin = id == Intrinsic::minnum;
      pushValue(arg(1));
      pushValue(arg(0));
      pushValue(arg(0));
      pushValue(arg(1));
      emit(isMin ? (f32 ? Opcode::F32Min : Opcode::F64Min) : (f32 ? Opcode::F32Max : Opcode::F64Max));
      pushValue(arg(1)); pushValue(arg(1)); emit(f32 ? Opcode::F32Ne : Opcode::F64Ne);  // b is NaN
      emit(Opcode::Select);                                                          // -> a
      pushValue(arg(0)); pushValue(arg(0)); emit(f32 ? Opcode::F32Ne : Opcode::F64Ne);  // a is NaN
      emit(Opcode::Select);                                                          // -> b
      return result();
    }
    case Intrinsic::is_fpclass: {
      if (!arg(0)->getType()->isFloatTy() && !arg(0)->getType()->isDoubleTy()) return false;
      // Classify from the bits: sign, exponent (all ones / zero / other), mantissa (zero or not).
      Type* ft = arg(0)->getType();
      bool isF32 = ft->isFloatTy();
      unsigned mask = unsigned(cast<ConstantInt>(arg(1))->getZExtValue());
      uint32_t bits = newLocal(isF32 ? ValType::I32 : ValType::I64);
      pushValue(arg(0));
      emit(isF32 ? Opcode::I32ReinterpretF32 : Opcode::I64ReinterpretF64);
      emitIndex(Opcode::LocalSet, bits);
      int64_t expMask = isF32 ? 0x7f800000LL : 0x7ff0000000000000LL;
      int64_t manMask = isF32 ? 0x007fffffLL : 0x000fffffffffffffLL;
      int64_t quiet = isF32 ? 0x00400000LL : 0x0008000000000000LL;
      auto k = [&](int64_t v) { if (isF32) emitI32(int32_t(v)); else emitI64(v); };
      auto field = [&](int64_t m) { emitIndex(Opcode::LocalGet, bits); k(m); emit(isF32 ? Opcode::I32And : Opcode::I64And); };
      auto eq = [&] { emit(isF32 ? Opcode::I32Eq : Opcode::I64Eq); };
      auto ne = [&] { emit(isF32 ? Opcode::I32Ne : Opcode::I64Ne); };
      // Each class is (exponent test) && (mantissa test) && (sign test).
      auto cls = [&](int expKind, int manKind, int sign) {
        field(expMask);
        if (expKind == 0) { k(expMask); eq(); }           // all ones
        else if (expKind == 1) { k(0); eq(); }             // zero
        else { k(0); ne(); field(expMask); k(expMask); ne(); emit(Opcode::I32And); }  // normal
        if (manKind == 0) { field(manMask); k(0); eq(); emit(Opcode::I32And); }
        else if (manKind == 1) { field(manMask); k(0); ne(); emit(Opcode::I32And); }
        else if (manKind == 2) { field(quiet); k(0); eq(); emit(Opcode::I32And); field(manMask); k(0); ne(); emit(Opcode::I32And); }
        else if (manKind == 3) { field(quiet); k(0); ne(); emit(Opcode::I32And); }
        if (sign >= 0) {
          emitIndex(Opcode::LocalGet, bits);
          k(0);
          emit(sign ? (isF32 ? Opcode::I32LtS : Opcode::I64LtS) : (isF32 ? Opcode::I32GeS : Opcode::I64GeS));
          emit(Opcode::I32And);
        }
      };
      // (mask bit, exponent kind, mantissa kind, sign): 0 all-ones/1 zero/2 normal; mantissa
      // 0 zero/1 nonzero/2 signalling NaN/3 quiet NaN/4 any; sign 1 negative/0 positive/-1 any.
      struct C { unsigned bit; int e, m, s; };
      const C classes[] = {{0x1, 0, 2, -1}, {0x2, 0, 3, -1}, {0x4, 0, 0, 1}, {0x8, 2, 4, 1},
                           {0x10, 1, 1, 1}, {0x20, 1, 0, 1}, {0x40, 1, 0, 0}, {0x80, 1, 1, 0},
                           {0x100, 2, 4, 0}, {0x200, 0, 0, 0}};
      bool any = false;
      for (const C& c : classes) {
        if (!(mask & c.bit)) continue;
        cls(c.e, c.m, c.s);
        if (any) emit(Opcode::I32Or);
        any = true;
      }
      if (!any) emitI32(0);
      return result();
    }
    case Intrinsic::fmuladd:
      pushValue(arg(0)); pushValue(arg(1)); emit(f32 ? Opcode::F32Mul : Opcode::F64Mul);
      pushValue(arg(2)); emit(f32 ? Opcode::F32Add : Opcode::F64Add);
      return result();
    case Intrinsic::uadd_sat:
    case Intrinsic::usub_sat:
    case Intrinsic::sadd_sat:
    case Intrinsic::ssub_sat: {
      // Computed with the overflow sequences, then clamped: r, or the bound overflow reached.
      if (!native(arg(0))) return false;
      bool sign = id == Intrinsic::sadd_sat || id == Intrinsic::ssub_sat;
      bool add = id == Intrinsic::uadd_sat || id == Intrinsic::sadd_sat;
      unsigned w = t->getIntegerBitWidth();
      int64_t maxU = w == 64 ? -1 : int64_t((uint64_t(1) << w) - 1);
      int64_t maxS = int64_t((uint64_t(1) << (w - 1)) - 1);
      int64_t minS = -maxS - 1;
      auto k = [&](int64_t v) { if (wide) emitI64(v); else emitI32(int32_t(v)); };
      Intrinsic::ID ovf = sign ? (add ? Intrinsic::sadd_with_overflow : Intrinsic::ssub_with_overflow)
                               : (add ? Intrinsic::uadd_with_overflow : Intrinsic::usub_with_overflow);
      emitOverflowOp(i, ovf);
      auto [r, of] = pairLocals_[&i];
      pairLocals_.erase(&i);
      if (!sign) {
        k(add ? maxU : 0);
      } else {
        // Overflow goes towards the sign of the first operand (add) / away from the second (sub).
        k(minS);
        k(maxS);
        pushNormalized(arg(add ? 0 : 1), true);
        k(0);
        emit(wide ? Opcode::I64LtS : Opcode::I32LtS);
        if (!add) emit(Opcode::I32Eqz);
        emit(Opcode::Select);
      }
      emitIndex(Opcode::LocalGet, r);
      emitIndex(Opcode::LocalGet, of);
      emit(Opcode::Select);
      return result();
    }
    case Intrinsic::sadd_with_overflow:
    case Intrinsic::uadd_with_overflow:
    case Intrinsic::ssub_with_overflow:
    case Intrinsic::usub_with_overflow:
    case Intrinsic::smul_with_overflow:
    case Intrinsic::umul_with_overflow:
      if (!native(arg(0))) return false;
      emitOverflowOp(i, id);
      return true;
    default:
      break;
  }
  // Math intrinsics that are libc functions.
  const char* base = libcallBase(id);
  if (!base) return false;
  std::string name = libcallName(base, i.arg_size() ? arg(0)->getType() : t);
  return callLibc(mc_, this, i, name, [&](uint32_t index) {
    for (unsigned a = 0; a < i.arg_size(); ++a) pushValue(arg(a));
    emitIndex(Opcode::Call, index);
    setResult(i);
  });
}

// {result, overflow} of the *.with.overflow intrinsics on i32 or i64, into two locals.
void FunctionEmitter::emitOverflowOp(llvm::CallInst& i, llvm::Intrinsic::ID id) {
  using namespace llvm;
  Type* t = i.getArgOperand(0)->getType();
  bool wide = containerBits(t) == 64;
  ValType vt = wide ? ValType::I64 : ValType::I32;
  uint32_t r = newLocal(vt), of = newLocal(ValType::I32);
  uint32_t a = newLocal(vt), b = newLocal(vt);
  pairLocals_[&i] = {r, of};
  bool sign = id == Intrinsic::sadd_with_overflow || id == Intrinsic::ssub_with_overflow ||
              id == Intrinsic::smul_with_overflow;
  pushValue(i.getArgOperand(0));
  emitIndex(Opcode::LocalSet, a);
  pushValue(i.getArgOperand(1));
  emitIndex(Opcode::LocalSet, b);
  auto get = [&](uint32_t l) { emitIndex(Opcode::LocalGet, l); };
  auto op = [&](Opcode o32, Opcode o64) { emit(wide ? o64 : o32); };
  auto k = [&](int64_t v) { if (wide) emitI64(v); else emitI32(int32_t(v)); };
  bool isAdd = id == Intrinsic::sadd_with_overflow || id == Intrinsic::uadd_with_overflow;
  bool isSub = id == Intrinsic::ssub_with_overflow || id == Intrinsic::usub_with_overflow;
  if (isAdd || isSub) {
    get(a); get(b);
    op(isAdd ? Opcode::I32Add : Opcode::I32Sub, isAdd ? Opcode::I64Add : Opcode::I64Sub);
    emitIndex(Opcode::LocalSet, r);
    if (!sign) {
      if (isAdd) { get(r); get(a); op(Opcode::I32LtU, Opcode::I64LtU); }
      else { get(a); get(b); op(Opcode::I32LtU, Opcode::I64LtU); }
    } else {
      // add: (a ^ r) & (b ^ r) < 0     sub: (a ^ b) & (a ^ r) < 0
      if (isAdd) { get(a); get(r); op(Opcode::I32Xor, Opcode::I64Xor); get(b); get(r); op(Opcode::I32Xor, Opcode::I64Xor); }
      else { get(a); get(b); op(Opcode::I32Xor, Opcode::I64Xor); get(a); get(r); op(Opcode::I32Xor, Opcode::I64Xor); }
      op(Opcode::I32And, Opcode::I64And);
      k(0);
      op(Opcode::I32LtS, Opcode::I64LtS);
    }
    emitIndex(Opcode::LocalSet, of);
    return;
  }
  // Multiplication.
  if (!wide) {
    uint32_t p = newLocal(ValType::I64);
    get(a); emit(sign ? Opcode::I64ExtendI32S : Opcode::I64ExtendI32U);
    get(b); emit(sign ? Opcode::I64ExtendI32S : Opcode::I64ExtendI32U);
    emit(Opcode::I64Mul);
    emitIndex(Opcode::LocalTee, p);
    emit(Opcode::I32WrapI64);
    emitIndex(Opcode::LocalSet, r);
    emitIndex(Opcode::LocalGet, p);
    if (sign) { emitIndex(Opcode::LocalGet, p); emit(Opcode::I64Extend32S); emit(Opcode::I64Ne); }
    else { emitI64(32); emit(Opcode::I64ShrU); emitI64(0); emit(Opcode::I64Ne); }
    emitIndex(Opcode::LocalSet, of);
  } else {
    get(a); get(b); emit(Opcode::I64Mul); emitIndex(Opcode::LocalSet, r);
    if (!sign) {
      // overflow iff a != 0 && r / a != b  (the divisor is made 1 when a == 0)
      get(r); emitI64(1); get(a); get(a); emit(Opcode::I64Eqz); emit(Opcode::Select);
      emit(Opcode::I64DivU); get(b); emit(Opcode::I64Ne);
      get(a); emitI64(0); emit(Opcode::I64Ne);
      emit(Opcode::I32And);
    } else {
      // a in {0, -1} is special: divide by 1 instead; a == -1 overflows only for b == INT64_MIN.
      uint32_t special = newLocal(ValType::I32);
      get(a); emit(Opcode::I64Eqz); get(a); emitI64(-1); emit(Opcode::I64Eq); emit(Opcode::I32Or);
      emitIndex(Opcode::LocalSet, special);
      get(r); emitI64(1); get(a); emitIndex(Opcode::LocalGet, special); emit(Opcode::Select);
      emit(Opcode::I64DivS); get(b); emit(Opcode::I64Ne);
      emitIndex(Opcode::LocalGet, special); emit(Opcode::I32Eqz); emit(Opcode::I32And);
      get(a); emitI64(-1); emit(Opcode::I64Eq); get(b); emitI64(INT64_MIN); emit(Opcode::I64Eq); emit(Opcode::I32And);
      emit(Opcode::I32Or);
    }
    emitIndex(Opcode::LocalSet, of);
  }
}

}  // namespace mswasm::backend
