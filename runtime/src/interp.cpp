// The interpreter: pre-decoding of function bodies and the instruction loop.
//
// Pre-decoding (decodeAll) turns each body into a vector of Op with the same indices as the
// body, resolving every block/if/else to the index of its matching end (and else), so branches
// never scan. Execution keeps three stacks: operand slots (a number in `bits`, or a handle; a
// numeric push always writes a null handle, so integer data never becomes a handle), labels
// (height, arity, continuation) and frames. Guest calls do not recurse on the C++ stack: one loop
// runs every frame, which is what jmp.long and deep recursion need. Traps are C++ exceptions
// (TrapSignal) thrown after the report, including the call stack, has been built.
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "machine.h"
#include "mint.h"

namespace mswasm::rt {

namespace {

uint32_t f32Canon(float f) { return std::isnan(f) ? 0x7FC00000u : std::bit_cast<uint32_t>(f); }
uint64_t f64Canon(double d) { return std::isnan(d) ? 0x7FF8000000000000ull : std::bit_cast<uint64_t>(d); }
float asF(uint64_t b) { return std::bit_cast<float>(uint32_t(b)); }
double asD(uint64_t b) { return std::bit_cast<double>(b); }

template <typename T>
T wasmMin(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
  if (a == 0 && b == 0) return std::signbit(a) ? a : b;
  return a < b ? a : b;
}
template <typename T>
T wasmMax(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
  if (a == 0 && b == 0) return std::signbit(a) ? b : a;
  return a > b ? a : b;
}

// Range test for trunc to an integer of `bits` bits; `x` already truncated, not NaN.
bool truncFits(double t, bool isSigned, int bits) {
  if (isSigned) {
    double lo = -std::ldexp(1.0, bits - 1), hi = std::ldexp(1.0, bits - 1);
    return t >= lo && t < hi;
  }
  return t > -1.0 && t < std::ldexp(1.0, bits);
}

template <typename I>
I truncSat(double x) {
  if (std::isnan(x)) return 0;
  double t = std::trunc(x);
  constexpr double lo = double(std::numeric_limits<I>::min());
  if (t < lo) return std::numeric_limits<I>::min();
  // max() as double may round up to 2^N: compare with >=.
  if (t >= std::ldexp(1.0, std::numeric_limits<I>::digits)) return std::numeric_limits<I>::max();
  return I(t);
}

size_t blockArity(const Module& m, const BlockType& bt, bool params, bool* ok) {
  switch (bt.kind) {
    case BlockType::Kind::Empty: return 0;
    case BlockType::Kind::Value: return params ? 0 : 1;
    case BlockType::Kind::TypeIndex:
      if (bt.typeIndex >= m.types.size()) {
        *ok = false;
        return 0;
      }
      return params ? m.types[bt.typeIndex].params.size() : m.types[bt.typeIndex].results.size();
  }
  return 0;
}

}  // namespace

void Machine::decodeAll() {
  code_.assign(mod_.functions.size(), Code{});
  for (size_t fi = 0; fi < mod_.functions.size(); ++fi) {
    const Function& f = mod_.functions[fi];
    Code& c = code_[fi];
    if (f.type >= mod_.types.size()) {
      c.error = "bad type index";
      continue;
    }
    const FuncType& t = mod_.types[f.type];
    c.nparams = uint32_t(t.params.size());
    c.nresults = uint32_t(t.results.size());
    if (t.params.size() + f.locals.size() > (1u << 20)) {
      c.error = "more than 1048576 locals (an engine limit)";
      continue;
    }
    c.nlocals = uint32_t(t.params.size() + f.locals.size());
    c.ops.resize(f.body.size());
    struct Open {
      uint32_t at, elseAt;
    };
    std::vector<Open> open;
    bool ok = !f.body.empty();
    for (uint32_t i = 0; ok && i < f.body.size(); ++i) {
      const Instr& in = f.body[i];
      Op& o = c.ops[i];
      o.op = in.op;
      o.a = in.index;
      o.imm = in.bits;
      switch (info(in.op).imm) {
        case Imm::MemArg: o.a = in.offset; break;
        case Imm::Align: o.a = in.align; break;
        default: break;
      }
      switch (in.op) {
        case Opcode::Block:
        case Opcode::Loop:
        case Opcode::If:
          o.c = uint32_t(blockArity(mod_, in.block, true, &ok));
          o.d = uint32_t(blockArity(mod_, in.block, false, &ok));
          open.push_back({i, UINT32_MAX});
          break;
        case Opcode::Else:
          if (open.empty() || f.body[open.back().at].op != Opcode::If || open.back().elseAt != UINT32_MAX)
            ok = false;
          else
            open.back().elseAt = i;
          break;
        case Opcode::End:
          if (open.empty()) {
            if (i + 1 != f.body.size()) ok = false;
            o.op = Opcode::Return;
          } else {
            Open top = open.back();
            open.pop_back();
            c.ops[top.at].a = i;
            c.ops[top.at].b = top.elseAt == UINT32_MAX ? i : top.elseAt;
            if (top.elseAt != UINT32_MAX) c.ops[top.elseAt].a = i;
          }
          break;
        case Opcode::Br:
        case Opcode::BrIf:
          if (in.index > open.size()) ok = false;
          break;
        case Opcode::BrTable:
          o.a = uint32_t(c.brTargets.size());
          for (uint32_t tgt : in.targets) {
            if (tgt > open.size()) ok = false;
            c.brTargets.push_back(tgt);
          }
          if (in.index > open.size()) ok = false;
          c.brTargets.push_back(in.index);
          o.b = uint32_t(in.targets.size() + 1);
          break;
        case Opcode::Call:
        case Opcode::FuncHandle:
          if (in.index >= mod_.numFunctions()) ok = false;
          break;
        case Opcode::CallHandle:
          if (in.index >= mod_.types.size()) ok = false;
          break;
        case Opcode::LocalGet:
        case Opcode::LocalSet:
        case Opcode::LocalTee:
          if (in.index >= c.nlocals) ok = false;
          break;
        case Opcode::GlobalGet:
        case Opcode::GlobalSet:
          if (in.index >= mod_.globals.size()) ok = false;
          break;
        case Opcode::GlobalSegment:
          if (in.index >= mod_.segments.size()) ok = false;
          break;
        case Opcode::StackAlloc:
          if (in.align > 16) ok = false;
          break;
        default: break;
      }
    }
    if (!ok || !open.empty() || c.ops.back().op != Opcode::Return) {
      c.error = "malformed function body";
      c.ops.clear();
    }
  }
}

void Machine::pushFrame(uint32_t func) {
  if (depth_ >= opts_.maxCallDepth) trapCallDepth(func);
  const Code& c = code_[func - mod_.imports.size()];
  if (!c.error.empty())
    trap(TrapKind::Unsupported, "cannot run " + funcName(func), "function " + funcName(func) + ": " + c.error);
  if (frames_.size() <= depth_) frames_.emplace_back();
  Frame& fr = frames_[depth_];
  fr.func = func;
  fr.pc = 0;
  fr.serial = ++frameSerial_;
  fr.stackSegs.clear();
  fr.jumps.clear();
  fr.localsBase = uint32_t(locals_.size());
  size_t sp = stack_.size() - c.nparams;
  locals_.insert(locals_.end(), stack_.begin() + long(sp), stack_.end());
  stack_.resize(sp);
  locals_.resize(fr.localsBase + c.nlocals);
  fr.stackBase = uint32_t(sp);
  fr.labelBase = uint32_t(labels_.size());
  labels_.push_back(Label{uint32_t(sp), c.nresults, uint32_t(c.ops.size() - 1), false});
  ++depth_;
}

void Machine::exitFrame(IdState cause) {
  Frame& fr = frames_[depth_ - 1];
  bool anyLive = false;
  for (uint64_t id : fr.stackSegs) anyLive |= store_.owned(id) != nullptr;
  if (anyLive) {
    uint32_t cs = frameSite(fr);
    for (uint64_t id : fr.stackSegs)
      if (Segment* s = store_.owned(id)) store_.kill(s, cause, cs);
  }
  fr.stackSegs.clear();
  killJumps(fr);
  locals_.resize(fr.localsBase);
  --depth_;
  if (depth_ > 0) pc_ = frames_[depth_ - 1].pc;
}

void Machine::unwindTo(size_t depth) {
  while (depth_ > depth) exitFrame(IdState::Returned);
}

uint32_t Machine::internStack(size_t depth, size_t maxFrames) {
  CallSite sites[kSiteFrames];
  size_t n = 0;
  for (size_t d = depth; d > 0 && n < maxFrames && n < kSiteFrames; --d) sites[n++] = activeFrame(d - 1);
  return store_.depot().intern(sites, n);
}

uint32_t Machine::captureSite() { return internStack(activeDepth(), kSiteFrames); }

// While fr is the top frame, the frames below it keep their call sites, so the stack below is the
// same for all of fr's stack operations (captureSite() walked and hashed all of it each time).
uint32_t Machine::frameSite(Frame& fr) {
  size_t depth = activeDepth();
  if (depth == 0) return 0;
  if (fr.chainSerial != fr.serial) {
    fr.callerChain = internStack(depth - 1, kSiteFrames - 1);
    if (depth > 1 && fr.callerChain == 0) fr.callerChain = StackDepot::kUnknown;  // depot full
    fr.chainSerial = fr.serial;
  }
  return store_.depot().prepend(activeFrame(depth - 1), fr.callerChain, kSiteFrames);
}

CallStack Machine::captureStack(size_t maxFrames) const {
  CallStack cs;
  size_t depth = activeDepth();
  cs.reserve(std::min(maxFrames, depth));
  for (size_t d = depth; d > 0 && cs.size() < maxFrames; --d) cs.push_back(activeFrame(d - 1));
  return cs;
}


void Machine::clearTags(Segment* s, uint64_t rel, uint64_t n) { store_.clearTags(s, rel, n); }

void Machine::checkStrictRead(Segment* s, uint64_t rel, uint64_t n, const Handle& h, uint64_t eff) {
  if (store_.anyTag(s, rel, n))
    trapAccess(TrapKind::TagViolation, h, eff, uint32_t(n), Mode::Read,
               "data read of a granule holding a handle (strict tags)");
}

uint8_t* Machine::check(const Handle& h, uint32_t o, uint32_t n, Mode mode, bool handleAccess,
                        Segment** segOut, bool strictApplies) {
  uint64_t eff = uint32_t(h.address() + o);
  switch (h.kind()) {
    case HandleKind::Null:
      trapAccess(TrapKind::NullDereference, h, eff, n, mode, "access through a null handle");
    case HandleKind::Invalid:
      if (h.reason() == InvalidReason::SliceOutOfBounds)
        trapAccess(TrapKind::SliceOutOfBounds, h, eff, n, mode,
                   "access through the result of an out-of-bounds handle.slice");
      trapAccess(TrapKind::PointerBuiltFromData, h, eff, n, mode,
                 h.reason() == InvalidReason::FromInt
                     ? "access through a handle made from an integer (handle.from_int)"
                     : "access through a handle loaded from bytes that hold no handle");
    case HandleKind::Code:
    case HandleKind::Jump:
      trapAccess(TrapKind::CodeHandleAccess, h, eff, n, mode,
                 std::string("data access through a ") +
                     (h.kind() == HandleKind::Code ? "code" : "jump") + " handle");
    default: break;
  }
  Segment* s = store_.live(h.id());
  if (!s) {
    IdState st = store_.state(h.id());
    TrapKind k = TrapKind::UseAfterFree;
    if (st == IdState::Scope || st == IdState::Released) k = TrapKind::UseAfterScope;
    else if (st == IdState::Returned || (st != IdState::Freed && h.kind() == HandleKind::Stack))
      k = TrapKind::UseAfterReturn;
    trapAccess(k, h, eff, n, mode,
               k == TrapKind::UseAfterFree ? "access to a heap segment after segfree"
               : k == TrapKind::UseAfterScope ? (st == IdState::Released ? "access to a stack segment after stack.release"
                                                                          : "access to a stack segment after stack.free")
                                              : "access to a stack segment after its frame exited");
  }
  int64_t start = int64_t(h.offset()) + int64_t(o);
  if (start < 0 || start + int64_t(n) > int64_t(h.bound())) {
    TrapKind k = s->kind == SegKind::Heap    ? TrapKind::HeapBufferOverflow
                 : s->kind == SegKind::Stack ? TrapKind::StackBufferOverflow
                                             : TrapKind::GlobalBufferOverflow;
    trapAccess(k, h, eff, n, mode, "access outside the handle's bounds");
  }
  if (handleAccess && (eff & (kGranuleAlign - 1)))
    trapAccess(TrapKind::MisalignedHandleAccess, h, eff, n, mode,
               "16-byte handle access at an address that is not a multiple of 16");
  if (mode == Mode::Write && s->readOnly)
    trapAccess(TrapKind::WriteToReadOnly, h, eff, n, mode, "write into a read-only global segment");
  uint64_t rel = uint64_t(h.base()) + uint64_t(start) - s->addr;
  if (uint64_t(h.base()) + uint64_t(start) < s->addr || rel + n > s->size)
    trap(TrapKind::HostError, "engine invariant violated", "handle bounds outside its segment");
  if (opts_.strictTags && strictApplies && mode == Mode::Read && !handleAccess) checkStrictRead(s, rel, n, h, eff);
  *segOut = s;
  return s->bytes.data() + rel;
}

// The instruction loop. Runs until the frame at depth entryDepth+1 returns.
void Machine::execute(size_t entryDepth) {
  const uint32_t nimports = uint32_t(mod_.imports.size());
  Frame* fr = &frames_[depth_ - 1];
  const Code* code = &code_[fr->func - nimports];
  const Op* ops = code->ops.data();
  uint32_t pc = fr->pc;
  const bool checkTime = opts_.timeoutSeconds > 0;

  auto reload = [&]() {
    fr = &frames_[depth_ - 1];
    code = &code_[fr->func - nimports];
    ops = code->ops.data();
  };
  auto pop = [&]() {
    Slot s = stack_.back();
    stack_.pop_back();
    return s;
  };
  auto push = [&](uint64_t bits) { stack_.push_back(Slot{bits, Handle()}); };
  auto pushH = [&](const Handle& h) { stack_.push_back(Slot{0, h}); };
  auto branch = [&](uint32_t depth) {
    size_t idx = labels_.size() - 1 - depth;
    Label L = labels_[idx];
    size_t sp = stack_.size();
    if (L.arity && sp - L.arity != L.height)
      std::move(stack_.end() - L.arity, stack_.end(), stack_.begin() + L.height);
    stack_.resize(L.height + L.arity);
    labels_.resize(L.loop ? idx + 1 : idx);
    pc = L.cont;
  };
  auto callFunc = [&](uint32_t f) {
    fr->pc = pc;
    if (f < nimports) {
      callImport(f);
      reload();  // an embedder's host function may have called back into the guest
      ++pc;
      return;
    }
    pushFrame(f);
    reload();
    pc = 0;
  };
  auto divZero = [&]() { trapDivideByZero(); };
  auto overflow = [&]() { trapIntegerOverflow(); };
  auto badConv = [&](double x) { trapBadConversion(std::isnan(x)); };
  auto load = [&](uint32_t n, uint64_t off) -> uint64_t { return opLoad(popH(), uint32_t(off), n); };
  auto store = [&](uint32_t n, uint64_t off) {
    uint64_t v = popU64();
    Handle h = popH();
    opStore(h, uint32_t(off), n, v);
  };

#define BIN32(expr) { uint32_t b = popU32(); uint32_t a = popU32(); push(uint32_t(expr)); break; }
#define BIN64(expr) { uint64_t b = popU64(); uint64_t a = popU64(); push(uint64_t(expr)); break; }
#define CMP64(expr) { uint64_t b = popU64(); uint64_t a = popU64(); push(uint32_t((expr) ? 1 : 0)); break; }
#define UN32(expr) { uint32_t a = popU32(); push(uint32_t(expr)); break; }
#define UN64(expr) { uint64_t a = popU64(); push(uint64_t(expr)); break; }
#define F32BIN(expr) { float b = asF(popU64()); float a = asF(popU64()); push(f32Canon(expr)); break; }
#define F64BIN(expr) { double b = asD(popU64()); double a = asD(popU64()); push(f64Canon(expr)); break; }
#define F32UN(expr) { float a = asF(popU64()); push(f32Canon(expr)); break; }
#define F64UN(expr) { double a = asD(popU64()); push(f64Canon(expr)); break; }
#define F32CMP(expr) { float b = asF(popU64()); float a = asF(popU64()); push(uint32_t((expr) ? 1 : 0)); break; }
#define F64CMP(expr) { double b = asD(popU64()); double a = asD(popU64()); push(uint32_t((expr) ? 1 : 0)); break; }

  for (;;) {
    pc_ = pc;
    if (fuelLeft_ == 0) {
      trap(TrapKind::FuelExhausted, "fuel exhausted",
           "the run used all " + std::to_string(opts_.fuel) + " units of fuel (--fuel)");
    }
    --fuelLeft_;
    if (checkTime && (++timeoutCounter_ & 0xfff) == 0 && pastDeadline()) trapTimeout();
    const Op& op = ops[pc];
    switch (op.op) {
      // ---- control ----
      case Opcode::Unreachable: trapUnreachable();
      case Opcode::Nop: ++pc; break;
      case Opcode::Block:
        labels_.push_back(Label{uint32_t(stack_.size() - op.c), op.d, op.a + 1, false});
        ++pc;
        break;
      case Opcode::Loop:
        labels_.push_back(Label{uint32_t(stack_.size() - op.c), op.c, pc + 1, true});
        ++pc;
        break;
      case Opcode::If: {
        uint32_t cond = popU32();
        if (cond) {
          labels_.push_back(Label{uint32_t(stack_.size() - op.c), op.d, op.a + 1, false});
          ++pc;
        } else if (op.b != op.a) {
          labels_.push_back(Label{uint32_t(stack_.size() - op.c), op.d, op.a + 1, false});
          pc = op.b + 1;
        } else {
          pc = op.a + 1;
        }
        break;
      }
      case Opcode::Else: pc = op.a; break;
      case Opcode::End:
        labels_.pop_back();
        ++pc;
        break;
      case Opcode::Br: branch(op.a); break;
      case Opcode::BrIf:
        if (popU32()) branch(op.a);
        else ++pc;
        break;
      case Opcode::BrTable: {
        uint32_t i = popU32();
        uint32_t idx = std::min(i, op.b - 1);
        branch(code->brTargets[op.a + idx]);
        break;
      }
      case Opcode::Return: {
        uint32_t n = code->nresults;
        if (n && stack_.size() - n != fr->stackBase)
          std::move(stack_.end() - n, stack_.end(), stack_.begin() + fr->stackBase);
        stack_.resize(fr->stackBase + n);
        labels_.resize(fr->labelBase);
        exitFrame(IdState::Returned);
        if (depth_ == entryDepth) return;
        reload();
        pc = fr->pc + 1;
        break;
      }
      case Opcode::Call: callFunc(op.a); break;
      case Opcode::CallHandle: callFunc(opResolveCall(popH(), op.a)); break;
      // ---- parametric / variables ----
      case Opcode::Drop: stack_.pop_back(); ++pc; break;
      case Opcode::Select: {
        uint32_t c = popU32();
        Slot b = pop();
        if (!c) stack_.back() = b;
        ++pc;
        break;
      }
      case Opcode::LocalGet: stack_.push_back(locals_[fr->localsBase + op.a]); ++pc; break;
      case Opcode::LocalSet: locals_[fr->localsBase + op.a] = pop(); ++pc; break;
      case Opcode::LocalTee: locals_[fr->localsBase + op.a] = stack_.back(); ++pc; break;
      case Opcode::GlobalGet: stack_.push_back(globals_[op.a]); ++pc; break;
      case Opcode::GlobalSet: globals_[op.a] = pop(); ++pc; break;
      // ---- constants ----
      case Opcode::I32Const: push(uint32_t(op.imm)); ++pc; break;
      case Opcode::I64Const: push(op.imm); ++pc; break;
      case Opcode::F32Const: push(uint32_t(op.imm)); ++pc; break;
      case Opcode::F64Const: push(op.imm); ++pc; break;
      default: goto numeric;
    }
    continue;
  numeric:
    switch (op.op) {
      case Opcode::I32Eqz: UN32(a == 0)
      case Opcode::I32Eq: BIN32(a == b)
      case Opcode::I32Ne: BIN32(a != b)
      case Opcode::I32LtS: BIN32(int32_t(a) < int32_t(b))
      case Opcode::I32LtU: BIN32(a < b)
      case Opcode::I32GtS: BIN32(int32_t(a) > int32_t(b))
      case Opcode::I32GtU: BIN32(a > b)
      case Opcode::I32LeS: BIN32(int32_t(a) <= int32_t(b))
      case Opcode::I32LeU: BIN32(a <= b)
      case Opcode::I32GeS: BIN32(int32_t(a) >= int32_t(b))
      case Opcode::I32GeU: BIN32(a >= b)
      case Opcode::I64Eqz: { uint64_t a = popU64(); push(uint32_t(a == 0)); break; }
      case Opcode::I64Eq: CMP64(a == b)
      case Opcode::I64Ne: CMP64(a != b)
      case Opcode::I64LtS: CMP64(int64_t(a) < int64_t(b))
      case Opcode::I64LtU: CMP64(a < b)
      case Opcode::I64GtS: CMP64(int64_t(a) > int64_t(b))
      case Opcode::I64GtU: CMP64(a > b)
      case Opcode::I64LeS: CMP64(int64_t(a) <= int64_t(b))
      case Opcode::I64LeU: CMP64(a <= b)
      case Opcode::I64GeS: CMP64(int64_t(a) >= int64_t(b))
      case Opcode::I64GeU: CMP64(a >= b)
      case Opcode::F32Eq: F32CMP(a == b)
      case Opcode::F32Ne: F32CMP(a != b)
      case Opcode::F32Lt: F32CMP(a < b)
      case Opcode::F32Gt: F32CMP(a > b)
      case Opcode::F32Le: F32CMP(a <= b)
      case Opcode::F32Ge: F32CMP(a >= b)
      case Opcode::F64Eq: F64CMP(a == b)
      case Opcode::F64Ne: F64CMP(a != b)
      case Opcode::F64Lt: F64CMP(a < b)
      case Opcode::F64Gt: F64CMP(a > b)
      case Opcode::F64Le: F64CMP(a <= b)
      case Opcode::F64Ge: F64CMP(a >= b)
      case Opcode::I32Clz: UN32(std::countl_zero(a))
      case Opcode::I32Ctz: UN32(std::countr_zero(a))
      case Opcode::I32Popcnt: UN32(std::popcount(a))
      case Opcode::I32Add: BIN32(a + b)
      case Opcode::I32Sub: BIN32(a - b)
      case Opcode::I32Mul: BIN32(a * b)
      case Opcode::I32DivS: {
        int32_t b = int32_t(popU32()), a = int32_t(popU32());
        if (b == 0) divZero();
        if (a == INT32_MIN && b == -1) overflow();
        push(uint32_t(a / b));
        break;
      }
      case Opcode::I32DivU: {
        uint32_t b = popU32(), a = popU32();
        if (b == 0) divZero();
        push(a / b);
        break;
      }
      case Opcode::I32RemS: {
        int32_t b = int32_t(popU32()), a = int32_t(popU32());
        if (b == 0) divZero();
        push(uint32_t(b == -1 ? 0 : a % b));
        break;
      }
      case Opcode::I32RemU: {
        uint32_t b = popU32(), a = popU32();
        if (b == 0) divZero();
        push(a % b);
        break;
      }
      case Opcode::I32And: BIN32(a & b)
      case Opcode::I32Or: BIN32(a | b)
      case Opcode::I32Xor: BIN32(a ^ b)
      case Opcode::I32Shl: BIN32(a << (b & 31))
      case Opcode::I32ShrS: BIN32(int32_t(a) >> (b & 31))
      case Opcode::I32ShrU: BIN32(a >> (b & 31))
      case Opcode::I32Rotl: BIN32(std::rotl(a, int(b & 31)))
      case Opcode::I32Rotr: BIN32(std::rotr(a, int(b & 31)))
      case Opcode::I64Clz: UN64(std::countl_zero(a))
      case Opcode::I64Ctz: UN64(std::countr_zero(a))
      case Opcode::I64Popcnt: UN64(std::popcount(a))
      case Opcode::I64Add: BIN64(a + b)
      case Opcode::I64Sub: BIN64(a - b)
      case Opcode::I64Mul: BIN64(a * b)
      case Opcode::I64DivS: {
        int64_t b = int64_t(popU64()), a = int64_t(popU64());
        if (b == 0) divZero();
        if (a == INT64_MIN && b == -1) overflow();
        push(uint64_t(a / b));
        break;
      }
      case Opcode::I64DivU: {
        uint64_t b = popU64(), a = popU64();
        if (b == 0) divZero();
        push(a / b);
        break;
      }
      case Opcode::I64RemS: {
        int64_t b = int64_t(popU64()), a = int64_t(popU64());
        if (b == 0) divZero();
        push(uint64_t(b == -1 ? 0 : a % b));
        break;
      }
      case Opcode::I64RemU: {
        uint64_t b = popU64(), a = popU64();
        if (b == 0) divZero();
        push(a % b);
        break;
      }
      case Opcode::I64And: BIN64(a & b)
      case Opcode::I64Or: BIN64(a | b)
      case Opcode::I64Xor: BIN64(a ^ b)
      case Opcode::I64Shl: BIN64(a << (b & 63))
      case Opcode::I64ShrS: BIN64(int64_t(a) >> (b & 63))
      case Opcode::I64ShrU: BIN64(a >> (b & 63))
      case Opcode::I64Rotl: BIN64(std::rotl(a, int(b & 63)))
      case Opcode::I64Rotr: BIN64(std::rotr(a, int(b & 63)))
      case Opcode::F32Abs: UN32(a & 0x7FFFFFFFu)
      case Opcode::F32Neg: UN32(a ^ 0x80000000u)
      case Opcode::F32Ceil: F32UN(std::ceil(a))
      case Opcode::F32Floor: F32UN(std::floor(a))
      case Opcode::F32Trunc: F32UN(std::trunc(a))
      case Opcode::F32Nearest: F32UN(std::nearbyint(a))
      case Opcode::F32Sqrt: F32UN(std::sqrt(a))
      case Opcode::F32Add: F32BIN(a + b)
      case Opcode::F32Sub: F32BIN(a - b)
      case Opcode::F32Mul: F32BIN(a * b)
      case Opcode::F32Div: F32BIN(a / b)
      case Opcode::F32Min: F32BIN(wasmMin(a, b))
      case Opcode::F32Max: F32BIN(wasmMax(a, b))
      case Opcode::F32Copysign: BIN32((a & 0x7FFFFFFFu) | (b & 0x80000000u))
      case Opcode::F64Abs: UN64(a & 0x7FFFFFFFFFFFFFFFull)
      case Opcode::F64Neg: UN64(a ^ 0x8000000000000000ull)
      case Opcode::F64Ceil: F64UN(std::ceil(a))
      case Opcode::F64Floor: F64UN(std::floor(a))
      case Opcode::F64Trunc: F64UN(std::trunc(a))
      case Opcode::F64Nearest: F64UN(std::nearbyint(a))
      case Opcode::F64Sqrt: F64UN(std::sqrt(a))
      case Opcode::F64Add: F64BIN(a + b)
      case Opcode::F64Sub: F64BIN(a - b)
      case Opcode::F64Mul: F64BIN(a * b)
      case Opcode::F64Div: F64BIN(a / b)
      case Opcode::F64Min: F64BIN(wasmMin(a, b))
      case Opcode::F64Max: F64BIN(wasmMax(a, b))
      case Opcode::F64Copysign: BIN64((a & 0x7FFFFFFFFFFFFFFFull) | (b & 0x8000000000000000ull))
      case Opcode::I32WrapI64: UN64(uint32_t(a))
      case Opcode::I32TruncF32S:
      case Opcode::I32TruncF32U:
      case Opcode::I32TruncF64S:
      case Opcode::I32TruncF64U:
      case Opcode::I64TruncF32S:
      case Opcode::I64TruncF32U:
      case Opcode::I64TruncF64S:
      case Opcode::I64TruncF64U: {
        bool fromF32 = op.op == Opcode::I32TruncF32S || op.op == Opcode::I32TruncF32U ||
                       op.op == Opcode::I64TruncF32S || op.op == Opcode::I64TruncF32U;
        bool isSigned = op.op == Opcode::I32TruncF32S || op.op == Opcode::I32TruncF64S ||
                        op.op == Opcode::I64TruncF32S || op.op == Opcode::I64TruncF64S;
        bool to64 = op.op >= Opcode::I64TruncF32S;
        uint64_t raw = popU64();
        double x = fromF32 ? double(asF(raw)) : asD(raw);
        if (std::isnan(x)) badConv(x);
        double t = std::trunc(x);
        if (!truncFits(t, isSigned, to64 ? 64 : 32)) badConv(x);
        uint64_t r = isSigned ? uint64_t(int64_t(t)) : uint64_t(t);
        push(to64 ? r : uint32_t(r));
        break;
      }
      case Opcode::I64ExtendI32S: UN64(uint64_t(int64_t(int32_t(uint32_t(a)))))
      case Opcode::I64ExtendI32U: UN64(uint64_t(uint32_t(a)))
      case Opcode::F32ConvertI32S: UN32(std::bit_cast<uint32_t>(float(int32_t(a))))
      case Opcode::F32ConvertI32U: UN32(std::bit_cast<uint32_t>(float(a)))
      case Opcode::F32ConvertI64S: UN64(std::bit_cast<uint32_t>(float(int64_t(a))))
      case Opcode::F32ConvertI64U: UN64(std::bit_cast<uint32_t>(float(a)))
      case Opcode::F32DemoteF64: { double a = asD(popU64()); push(f32Canon(float(a))); break; }
      case Opcode::F64ConvertI32S: { uint32_t a = popU32(); push(std::bit_cast<uint64_t>(double(int32_t(a)))); break; }
      case Opcode::F64ConvertI32U: { uint32_t a = popU32(); push(std::bit_cast<uint64_t>(double(a))); break; }
      case Opcode::F64ConvertI64S: { uint64_t a = popU64(); push(std::bit_cast<uint64_t>(double(int64_t(a)))); break; }
      case Opcode::F64ConvertI64U: { uint64_t a = popU64(); push(std::bit_cast<uint64_t>(double(a))); break; }
      case Opcode::F64PromoteF32: { float a = asF(popU64()); push(f64Canon(double(a))); break; }
      case Opcode::I32ReinterpretF32:
      case Opcode::I64ReinterpretF64:
      case Opcode::F32ReinterpretI32:
      case Opcode::F64ReinterpretI64: break;  // bits unchanged
      case Opcode::I32Extend8S: UN32(uint32_t(int32_t(int8_t(a))))
      case Opcode::I32Extend16S: UN32(uint32_t(int32_t(int16_t(a))))
      case Opcode::I64Extend8S: UN64(uint64_t(int64_t(int8_t(a))))
      case Opcode::I64Extend16S: UN64(uint64_t(int64_t(int16_t(a))))
      case Opcode::I64Extend32S: UN64(uint64_t(int64_t(int32_t(a))))
      case Opcode::I32TruncSatF32S: { float a = asF(popU64()); push(uint32_t(truncSat<int32_t>(a))); break; }
      case Opcode::I32TruncSatF32U: { float a = asF(popU64()); push(uint32_t(truncSat<uint32_t>(a))); break; }
      case Opcode::I32TruncSatF64S: { double a = asD(popU64()); push(uint32_t(truncSat<int32_t>(a))); break; }
      case Opcode::I32TruncSatF64U: { double a = asD(popU64()); push(uint32_t(truncSat<uint32_t>(a))); break; }
      case Opcode::I64TruncSatF32S: { float a = asF(popU64()); push(uint64_t(truncSat<int64_t>(a))); break; }
      case Opcode::I64TruncSatF32U: { float a = asF(popU64()); push(uint64_t(truncSat<uint64_t>(a))); break; }
      case Opcode::I64TruncSatF64S: { double a = asD(popU64()); push(uint64_t(truncSat<int64_t>(a))); break; }
      case Opcode::I64TruncSatF64U: { double a = asD(popU64()); push(uint64_t(truncSat<uint64_t>(a))); break; }
      default: goto memory;
    }
    ++pc;
    continue;
  memory:
    switch (op.op) {
      case Opcode::I32Segload: push(load(4, op.a)); break;
      case Opcode::I64Segload: push(load(8, op.a)); break;
      case Opcode::F32Segload: push(load(4, op.a)); break;
      case Opcode::F64Segload: push(load(8, op.a)); break;
      case Opcode::I32Segload8S: push(uint32_t(int32_t(int8_t(load(1, op.a))))); break;
      case Opcode::I32Segload8U: push(load(1, op.a)); break;
      case Opcode::I32Segload16S: push(uint32_t(int32_t(int16_t(load(2, op.a))))); break;
      case Opcode::I32Segload16U: push(load(2, op.a)); break;
      case Opcode::I64Segload8S: push(uint64_t(int64_t(int8_t(load(1, op.a))))); break;
      case Opcode::I64Segload8U: push(load(1, op.a)); break;
      case Opcode::I64Segload16S: push(uint64_t(int64_t(int16_t(load(2, op.a))))); break;
      case Opcode::I64Segload16U: push(load(2, op.a)); break;
      case Opcode::I64Segload32S: push(uint64_t(int64_t(int32_t(load(4, op.a))))); break;
      case Opcode::I64Segload32U: push(load(4, op.a)); break;
      case Opcode::I32Segstore: store(4, op.a); break;
      case Opcode::I64Segstore: store(8, op.a); break;
      case Opcode::F32Segstore: store(4, op.a); break;
      case Opcode::F64Segstore: store(8, op.a); break;
      case Opcode::I32Segstore8: store(1, op.a); break;
      case Opcode::I32Segstore16: store(2, op.a); break;
      case Opcode::I64Segstore8: store(1, op.a); break;
      case Opcode::I64Segstore16: store(2, op.a); break;
      case Opcode::I64Segstore32: store(4, op.a); break;
      case Opcode::HandleSegload: pushH(opHandleLoad(popH(), op.a, fr->func, pc)); break;
      case Opcode::HandleSegstore: {
        Handle v = popH();
        opHandleStore(popH(), op.a, v);
        break;
      }
      case Opcode::Segalloc: {
        uint32_t align = popU32();
        pushH(opSegalloc(popU32(), align));
        break;
      }
      case Opcode::Segfree: opSegfree(popH()); break;
      case Opcode::StackAlloc: pushH(opStackAlloc(popU32(), op.a, *fr)); break;
      case Opcode::StackFree: opStackScope(popH(), ScopeOp::Close, *fr); break;
      case Opcode::StackReopen: opStackScope(popH(), ScopeOp::Reopen, *fr); break;
      case Opcode::StackRelease: opStackScope(popH(), ScopeOp::Release, *fr); break;
      case Opcode::GlobalSegment: {
        const Segment* s = globalSegs_[op.a];
        pushH(HandleMint::make(HandleKind::Global, s->addr, 0, s->size, s->id));
        break;
      }
      case Opcode::HandleNull: pushH(Handle::null()); break;
      case Opcode::HandleAdd: {
        uint32_t d = popU32();
        Handle h = popH();
        pushH(h.withOffset(int32_t(uint32_t(h.offset()) + d)));
        break;
      }
      case Opcode::HandleSlice: {
        uint32_t len = popU32();
        pushH(opSlice(popH(), len, fr->func, pc));
        break;
      }
      case Opcode::HandleGetAddr: push(popH().address()); break;
      case Opcode::HandleGetOffset: push(uint32_t(popH().offset())); break;
      case Opcode::HandleSetAddr: {
        uint32_t x = popU32();
        Handle h = popH();
        pushH(h.withOffset(int32_t(x - h.base())));
        break;
      }
      case Opcode::HandleFromInt: {
        uint32_t x = popU32();
        pushH(x == 0 ? Handle::null() : HandleMint::invalidFrom(x, InvalidReason::FromInt, fr->func, pc));
        break;
      }
      case Opcode::HandleEq: {
        Handle b = popH(), a = popH();
        push(uint32_t(a.address() == b.address()));
        break;
      }
      case Opcode::HandleLtU: {
        Handle b = popH(), a = popH();
        push(uint32_t(a.address() < b.address()));
        break;
      }
      case Opcode::HandleIsNull: {
        Handle h = popH();
        push(uint32_t(h.address() == 0 && !h.authoritative()));
        break;
      }
      // A large copy or fill is worth many instructions: the deadline is checked after it, so
      // thousands of them between two polls cannot overshoot --timeout by minutes.
      case Opcode::SegmentCopy: {
        uint32_t n = popU32();
        Handle src = popH();
        opSegmentCopy(popH(), src, n);
        if (checkTime && n >= kBulkPollBytes && pastDeadline()) trapTimeout();
        break;
      }
      case Opcode::SegmentFill: {
        uint32_t n = popU32();
        uint32_t v = popU32();
        opSegmentFill(popH(), v, n);
        if (checkTime && n >= kBulkPollBytes && pastDeadline()) trapTimeout();
        break;
      }
      case Opcode::FuncHandle:
        pushH(HandleMint::make(HandleKind::Code, codeAddr_[op.a], 0, 0, codeId_[op.a]));
        break;
      case Opcode::JmpSet: {
        Handle buf = popH();
        JumpRecord rec;
        rec.pc = pc + 1;
        rec.stack.assign(stack_.begin() + fr->stackBase, stack_.end());
        rec.labels.assign(labels_.begin() + fr->labelBase, labels_.end());
        opJmpSet(buf, uint32_t(depth_ - 1), std::move(rec));
        push(0);
        break;
      }
      case Opcode::JmpLong: {
        uint32_t val = popU32();
        Handle buf = popH();
        JumpRecord rec = opJmpLongTarget(buf, depth_, entryDepth);
        fr->pc = pc;
        while (depth_ - 1 > rec.frameDepth) exitFrame(IdState::Returned);
        reload();
        stack_.resize(fr->stackBase);
        stack_.insert(stack_.end(), rec.stack.begin(), rec.stack.end());
        labels_.resize(fr->labelBase);
        labels_.insert(labels_.end(), rec.labels.begin(), rec.labels.end());
        push(val ? val : 1);
        pc = rec.pc;
        continue;
      }
      default:
        trap(TrapKind::Unsupported, "unsupported: " + std::string(name(op.op)),
             "instruction '" + std::string(name(op.op)) + "' is not part of MSWasm");
    }
    ++pc;
  }
#undef BIN32
#undef BIN64
#undef CMP64
#undef UN32
#undef UN64
#undef F32BIN
#undef F64BIN
#undef F32UN
#undef F64UN
#undef F32CMP
#undef F64CMP
}

}  // namespace mswasm::rt
