// MSWasm -> LLVM IR, one LLVM function per MSWasm function (docs/native-tier.md).
//
// The translation is the classic one for a structured stack machine: an abstract operand stack of
// SSA values while walking the body; every local an alloca (mem2reg promotes them); every block,
// loop and if a set of basic blocks whose results (or, for a loop, parameters) travel through
// allocas, so branches need no phi bookkeeping. Unreachable code after br/return/unreachable is
// skipped up to its block's end.
//
// A handle is one first-class struct value %H = {base i32, offset i32, bound i32, kind i8,
// reason i8, id i64, high i64}, laid out as the runtime's Handle (native_abi.h), so the slow paths
// take it by pointer without conversion.
//
// Checks are inline and exact: a data access goes ahead only if the handle is a data handle, the
// id's flags byte says "live" (loads) or "live, writable, no tags" (stores), and the access is
// inside [0, bound) of the handle. Anything else calls the runtime's slow path, which runs the
// interpreter's own check: it either performs the access (a store into a segment that holds tags,
// a strict-tags read) or traps with the interpreter's report. The address is always
// region + zext32(base + offset + static offset): inside the instance's reservation whatever the
// checks say. Guest memory, the flags table and the context have distinct TBAA types, so LLVM may
// keep flags and context loads out of loops that only touch guest bytes.
//
// The shadow stack (ctx->frames, ctx->depth) holds (function, instruction) per guest frame: the
// function is written at entry, the instruction before every call; slow paths receive the current
// instruction. That is all the runtime needs to build the interpreter's exact reports.
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <vector>

#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/BasicBlock.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"
#include "mswasm/native/translate.h"
#include "mswasm/runtime/native_abi.h"

namespace mswasm::native {

using namespace llvm;

namespace {

constexpr uint32_t kNoSite = UINT32_MAX;  // slow-path site argument: "the top frame's pc is set"

// Slow-path table indices, in the order of struct MswSlowPaths.
enum Slow : unsigned {
  SlowTrap, SlowLoad, SlowStore, SlowHLoad, SlowHStore, SlowSegalloc, SlowSegfree, SlowStackAlloc,
  SlowStackScope, SlowFrameEnter, SlowFrameExit, SlowSlice, SlowSegCopy, SlowSegFill, SlowResolveCall,
  SlowHostCall, SlowPoll, SlowJmpSet, SlowSetjmp, SlowJmpLong, SlowCount
};
static_assert(sizeof(MswSlowPaths) == SlowCount * sizeof(void*), "slow-path table and enum disagree");

struct ModuleState {
  const mswasm::Module& m;
  const TranslateOptions& opts;
  LLVMContext& C;
  llvm::Module& M;
  StructType* H;          // handle
  Type* i8;
  Type* i32;
  Type* i64;
  Type* f32;
  Type* f64;
  PointerType* ptr;
  MDNode* tbaaGuest;
  MDNode* tbaaFlags;
  MDNode* tbaaCtx;
  MDNode* tbaaFrames;
  MDNode* tbaaGlobals;
  MDNode* tbaaTemp;
  MDNode* tbaaShadow;
  MDNode* coldWeights;     // branch weights: the second successor (slow) is cold
  MDNode* coldTrueWeights; // branch weights: the first successor (a trap) is cold
  MDNode* flagsScope;      // alias scope list of id-flags loads
  MDNode* emptyMD;
  std::vector<llvm::Function*> funcs;  // by function index
  std::vector<FunctionType*> typeFns;  // by type index
  std::vector<FunctionType*> slowTypes;
  std::vector<uint32_t> canonType;     // by type index: the first structurally equal type
  GlobalVariable* funcTable = nullptr;  // function pointers by function index
  GlobalVariable* funcCanonTypes = nullptr;  // canonical type index by function index

  ModuleState(const mswasm::Module& m, const TranslateOptions& o, LLVMContext& C, llvm::Module& M)
      : m(m), opts(o), C(C), M(M) {
    i8 = Type::getInt8Ty(C);
    i32 = Type::getInt32Ty(C);
    i64 = Type::getInt64Ty(C);
    f32 = Type::getFloatTy(C);
    f64 = Type::getDoubleTy(C);
    ptr = PointerType::get(C, 0);
    H = StructType::create(C, {i32, i32, i32, i8, i8, i64, i64}, "H");
    MDBuilder mdb(C);
    MDNode* root = mdb.createTBAARoot("mswasm");
    auto scalar = [&](const char* n) {
      MDNode* t = mdb.createTBAAScalarTypeNode(n, root);
      return mdb.createTBAAStructTagNode(t, t, 0);
    };
    tbaaGuest = scalar("guest bytes");
    tbaaFlags = scalar("id flags");
    tbaaCtx = scalar("context");
    tbaaFrames = scalar("shadow stack");
    tbaaGlobals = scalar("globals");
    tbaaTemp = scalar("slow-path temporaries");
    tbaaShadow = scalar("tag shadow");
    coldWeights = mdb.createBranchWeights(1u << 20, 1);
    coldTrueWeights = mdb.createBranchWeights(1, 1u << 20);
    // Id-flags loads are in their own alias scope, and the slow load and store paths are marked
    // as not writing it. That is not literally true (a slow store that clears the last tag of a
    // segment sets its kIdWritableFast bit), but a slow load or store only ever adds permission
    // to the flags, so a flags value LLVM reuses across one is older and at most less permissive:
    // the access then takes the slow path, which decides exactly. This is what lets LLVM keep the
    // flags test out of loops that contain a slow path.
    MDNode* domain = mdb.createAnonymousAliasScopeDomain("mswasm");
    flagsScope = MDNode::get(C, {mdb.createAnonymousAliasScope(domain, "id flags")});
    emptyMD = MDNode::get(C, {});
    Type* v = Type::getVoidTy(C);
    slowTypes = {
        FunctionType::get(v, {ptr, i32, i32, i32, i32}, false),                // trap
        FunctionType::get(i64, {ptr, ptr, i32, i32, i32, i32}, false),         // load
        FunctionType::get(v, {ptr, ptr, i32, i32, i64, i32, i32}, false),      // store
        FunctionType::get(v, {ptr, ptr, i32, ptr, i32, i32}, false),           // hload
        FunctionType::get(v, {ptr, ptr, i32, ptr, i32, i32}, false),           // hstore
        FunctionType::get(v, {ptr, i32, i32, ptr, i32, i32}, false),           // segalloc
        FunctionType::get(v, {ptr, ptr, i32, i32}, false),                     // segfree
        FunctionType::get(v, {ptr, i32, i32, ptr, i32, i32}, false),           // stack_alloc
        FunctionType::get(v, {ptr, ptr, i32, i32, i32}, false),                // stack_scope
        FunctionType::get(v, {ptr}, false),                                    // frame_enter
        FunctionType::get(v, {ptr, i32}, false),                               // frame_exit
        FunctionType::get(v, {ptr, ptr, i32, ptr, i32, i32}, false),           // slice
        FunctionType::get(v, {ptr, ptr, ptr, i32, i32, i32}, false),           // seg_copy
        FunctionType::get(v, {ptr, ptr, i32, i32, i32, i32}, false),           // seg_fill
        FunctionType::get(ptr, {ptr, ptr, i32, i32, i32}, false),              // resolve_call
        FunctionType::get(v, {ptr, i32, ptr, i32, i32}, false),                // host_call
        FunctionType::get(v, {ptr, i32, i32}, false),                          // poll
        FunctionType::get(v, {ptr, ptr, ptr, i32, ptr, i32, i32}, false),      // jmp_set
        FunctionType::get(i32, {ptr}, false),                                  // setjmp
        FunctionType::get(v, {ptr, ptr, i32, i32, i32}, false),                // jmp_long
    };
  }

  Type* llType(ValType t) const {
    switch (t) {
      case ValType::I32: return i32;
      case ValType::I64: return i64;
      case ValType::F32: return f32;
      case ValType::F64: return f64;
      case ValType::Handle: return H;
    }
    return i32;
  }
  Type* resultType(const FuncType& t) const {
    if (t.results.empty()) return Type::getVoidTy(C);
    if (t.results.size() == 1) return llType(t.results[0]);
    std::vector<Type*> el;
    for (ValType r : t.results) el.push_back(llType(r));
    return StructType::get(C, el);
  }
  FunctionType* fnType(const FuncType& t) const {
    std::vector<Type*> params{ptr};
    for (ValType p : t.params) params.push_back(llType(p));
    return FunctionType::get(resultType(t), params, false);
  }
};

void emitReturn(IRBuilder<>& b, llvm::Function* fn, const std::vector<Value*>& res);


// ---------------------------------------------------------------------------------------------

Value* loadSlot(ModuleState& S, IRBuilder<>& b, Value* slots, size_t i, ValType t);
void storeSlot(ModuleState& S, IRBuilder<>& b, Value* slots, size_t i, Value* v, ValType t);

class FunctionTranslator {
 public:
  FunctionTranslator(ModuleState& S, uint32_t funcIndex)
      : S(S), C(S.C), b(S.C), funcIndex(funcIndex),
        F(S.m.functions[funcIndex - S.m.imports.size()]), T(S.m.types[F.type]) {}

  void run();

 private:
  struct Ctl {
    enum Kind { Func, Block, Loop, If } kind;
    BasicBlock* target = nullptr;  // where a branch to it goes (loop: header; else: end)
    BasicBlock* end = nullptr;
    BasicBlock* elseBB = nullptr;  // if: the else (or end when none)
    std::vector<AllocaInst*> carried;  // values a branch carries (loop: params; else: results)
    std::vector<AllocaInst*> results;  // values at the end
    std::vector<Value*> ifParams;      // if: the parameters, for the else arm
    size_t height = 0;                 // operand-stack height below the parameters
    bool dead = false;                 // opened inside unreachable code
    bool sawElse = false;
  };

  ModuleState& S;
  LLVMContext& C;
  IRBuilder<> b;
  uint32_t funcIndex;
  const mswasm::Function& F;
  const FuncType& T;
  llvm::Function* fn = nullptr;
  Value* ctx = nullptr;
  Value* myDepth = nullptr;       // ctx->depth at entry (this frame's shadow index)
  Value* framePcPtr = nullptr;    // &ctx->frames[myDepth].pc
  AllocaInst* tmpA = nullptr;     // %H temporaries for slow paths
  AllocaInst* tmpB = nullptr;
  AllocaInst* exitPc = nullptr;
  bool usesStackSegments = false;
  bool hasJmpSet = false;
  void makeFrameMemoryVolatile();
  std::vector<AllocaInst*> locals;
  std::vector<ValType> localTypes;
  std::vector<Value*> stack;
  std::vector<Ctl> ctls;
  bool unreachable = false;
  uint32_t pc = 0;
  BasicBlock* exitBB = nullptr;
  std::map<unsigned, Value*> ctxFieldCache;

  // ---- helpers ----
  Value* pop() {
    Value* v = stack.back();
    stack.pop_back();
    return v;
  }
  void push(Value* v) { stack.push_back(v); }
  Constant* c32(uint64_t v) { return ConstantInt::get(S.i32, v); }
  Constant* c64(uint64_t v) { return ConstantInt::get(S.i64, v); }

  LoadInst* loadCtx(Type* t, size_t offset, bool invariant) {
    Value* p = b.CreateConstInBoundsGEP1_64(S.i8, ctx, offset);
    LoadInst* l = b.CreateLoad(t, p);
    l->setMetadata(LLVMContext::MD_tbaa, S.tbaaCtx);
    if (invariant) l->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(C, {}));
    return l;
  }
  Value* ctxPtr(size_t offset) { return loadCtx(S.ptr, offset, true); }
  Value* slowFn(Slow which) {
    Value* table = ctxPtr(offsetof(MswNativeCtx, slow));
    Value* p = b.CreateConstInBoundsGEP1_64(S.ptr, table, which);
    LoadInst* l = b.CreateLoad(S.ptr, p);
    l->setMetadata(LLVMContext::MD_tbaa, S.tbaaCtx);
    l->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(C, {}));
    return l;
  }
  CallInst* callSlow(Slow which, ArrayRef<Value*> args) {
    CallInst* ci = b.CreateCall(S.slowTypes[which], slowFn(which), args);
    return ci;
  }
  // The slow path of an inline data load or store: it never writes the id flags the fast path
  // tested (alias scope), and it runs only when its check fails (LoopVersioning.cpp).
  CallInst* callCheckSlow(Slow which, ArrayRef<Value*> args) {
    CallInst* ci = callSlow(which, args);
    ci->setMetadata(LLVMContext::MD_noalias, S.flagsScope);
    ci->setMetadata(kCheckSlowMD, S.emptyMD);
    return ci;
  }
  // A cold, non-returning slow-path call (traps).
  void trapNow(uint32_t code, Value* aux, uint32_t site = 0) {
    CallInst* ci = callSlow(SlowTrap, {ctx, c32(code), aux, c32(site == kNoSite ? kNoSite : funcIndex),
                                       c32(site == kNoSite ? 0 : pc)});
    ci->setDoesNotReturn();
    b.CreateUnreachable();
  }
  // Branches to a new cold block that traps when `bad` holds; continues in a new block.
  void trapIf(Value* bad, uint32_t code, Value* aux = nullptr) {
    BasicBlock* trapBB = BasicBlock::Create(C, "trap", fn);
    BasicBlock* cont = BasicBlock::Create(C, "ok", fn);
    b.CreateCondBr(bad, trapBB, cont, S.coldTrueWeights);
    b.SetInsertPoint(trapBB);
    trapNow(code, aux ? aux : c32(0));
    b.SetInsertPoint(cont);
  }
  void setFramePc() {
    StoreInst* s = b.CreateStore(c32(pc), framePcPtr);
    s->setMetadata(LLVMContext::MD_tbaa, S.tbaaFrames);
  }
  Value* spill(AllocaInst* slot, Value* h) {
    StoreInst* s = b.CreateStore(h, slot);
    s->setMetadata(LLVMContext::MD_tbaa, S.tbaaTemp);
    return slot;
  }
  Value* reload(AllocaInst* slot) {
    LoadInst* l = b.CreateLoad(S.H, slot);
    l->setMetadata(LLVMContext::MD_tbaa, S.tbaaTemp);
    return l;
  }
  Value* makeHandle(Value* base, Value* off, Value* bound, uint8_t kind, Value* id, uint8_t reason = 0) {
    Value* h = UndefValue::get(S.H);
    h = b.CreateInsertValue(h, base, 0);
    h = b.CreateInsertValue(h, off, 1);
    h = b.CreateInsertValue(h, bound, 2);
    h = b.CreateInsertValue(h, ConstantInt::get(S.i8, kind), 3);
    h = b.CreateInsertValue(h, ConstantInt::get(S.i8, reason), 4);
    h = b.CreateInsertValue(h, id, 5);
    h = b.CreateInsertValue(h, c64(0), 6);
    return h;
  }
  ValType valTypeOf(Type* t) const {
    if (t == S.H) return ValType::Handle;
    if (t == S.i32) return ValType::I32;
    if (t == S.i64) return ValType::I64;
    return t == S.f32 ? ValType::F32 : ValType::F64;
  }
  Value* canonF32(Value* v) {
    Value* nan = b.CreateFCmpUNO(v, v);
    return b.CreateSelect(nan, ConstantFP::get(S.f32, APFloat(APFloat::IEEEsingle(), APInt(32, 0x7FC00000u))), v);
  }
  Value* canonF64(Value* v) {
    Value* nan = b.CreateFCmpUNO(v, v);
    return b.CreateSelect(nan, ConstantFP::get(S.f64, APFloat(APFloat::IEEEdouble(), APInt(64, 0x7FF8000000000000ull))),
                          v);
  }
  Value* canon(Value* v) { return v->getType() == S.f32 ? canonF32(v) : canonF64(v); }
  Value* intrinsic(Intrinsic::ID id, ArrayRef<Type*> tys, ArrayRef<Value*> args) {
    return b.CreateIntrinsic(id, tys, args);
  }

  // The pieces of an inline access check, for the blocks that refine it.
  struct Checked {
    Value* ptr = nullptr;     // region + zext(address): valid on the fast path
    Value* addr = nullptr;    // the 32-bit guest address base + offset + static offset
    Value* inRange = nullptr; // kind is data and the access is inside the handle's bounds
    Value* flags = nullptr;   // the id's flags byte
  };

  // The inline access check; returns the guest address to use on the fast path, and leaves the
  // builder in the fast block. `slowBB` receives control when any check fails.
  // What the id's flags byte must say for the fast path: readable; writable with no tags ever
  // (kIdWritableFast); writable (handle stores, which also look at kIdWritableFast).
  enum class Want { Read, Write, WriteHandle };
  Checked accessCheck(Value* h, uint32_t off, uint32_t n, Want want, BasicBlock* slowBB) {
    Value* base = b.CreateExtractValue(h, 0);
    Value* hoff = b.CreateExtractValue(h, 1);
    Value* bound = b.CreateExtractValue(h, 2);
    Value* kind = b.CreateExtractValue(h, 3);
    Value* id = b.CreateExtractValue(h, 5);
    Value* kindOk = b.CreateICmpULT(b.CreateSub(kind, ConstantInt::get(S.i8, 2)), ConstantInt::get(S.i8, 3));
    Value* flagsBase = ctxPtr(offsetof(MswNativeCtx, idFlags));
    Value* idx = b.CreateAnd(id, c64(0xFFFFFFFFull));
    LoadInst* flags = b.CreateLoad(S.i8, b.CreateInBoundsGEP(S.i8, flagsBase, idx));
    flags->setMetadata(LLVMContext::MD_tbaa, S.tbaaFlags);
    flags->setMetadata(LLVMContext::MD_alias_scope, S.flagsScope);
    uint8_t mask = want == Want::Read ? 1 : want == Want::Write ? 2 : 4;
    uint8_t expect = mask;
    Value* flagOk = b.CreateICmpEQ(b.CreateAnd(flags, ConstantInt::get(S.i8, mask)), ConstantInt::get(S.i8, expect));
    // 0 <= start && start + n <= bound, as one unsigned compare with a per-handle limit
    // (bound - n + 1, or 0 when the handle is shorter than the access), which stays invariant
    // in loops and is the form LLVM's range-check elimination recognises.
    Value* start = b.CreateAdd(b.CreateSExt(hoff, S.i64), c64(off));
    Value* bound64 = b.CreateZExt(bound, S.i64);
    Value* limit = b.CreateSelect(b.CreateICmpUGE(bound64, c64(n)), b.CreateSub(bound64, c64(n - 1)), c64(0));
    Value* inBounds = b.CreateICmpULT(start, limit);
    Value* inRange = b.CreateAnd(kindOk, inBounds);
    Value* ok = b.CreateAnd(flagOk, inRange);
    Value* addr = b.CreateAdd(b.CreateAdd(base, hoff), c32(off));
    BasicBlock* fast = BasicBlock::Create(C, "fast", fn);
    BranchInst* br = b.CreateCondBr(ok, fast, slowBB, S.coldWeights);
    br->setMetadata(kCheckBranchMD, S.emptyMD);  // LoopVersioning.cpp: a check it may prove
    b.SetInsertPoint(fast);
    Checked r;
    r.addr = addr;
    r.inRange = inRange;
    r.flags = flags;
    r.ptr = guestPtr(addr);
    return r;
  }
  Value* guestPtr(Value* addr) {
    Value* region = ctxPtr(offsetof(MswNativeCtx, region));
    return b.CreateGEP(S.i8, region, b.CreateZExt(addr, S.i64));
  }
  // The tag shadow's entry for the 8-byte slot `slot` (docs/native-tier.md, "Tags").
  Value* shadowEntry(Value* slot) {
    // Masked to the 2^29 slots of the 4 GiB address space, so that whatever a check decided the
    // entry lies inside the shadow's reservation (docs/native-tier.md, "What is trusted").
    Value* shadow = ctxPtr(offsetof(MswNativeCtx, tagShadow));
    Value* index = b.CreateAnd(b.CreateZExt(slot, S.i64), c64((uint64_t(1) << 29) - 1));
    return b.CreateGEP(S.i8, shadow, b.CreateShl(index, c64(4)));
  }
  // Whether a tagged granule starts at `slot` (the entry's kind byte is not zero).
  Value* slotTagged(Value* slot) {
    Value* p = b.CreateConstGEP1_64(S.i8, shadowEntry(slot), 15);
    LoadInst* l = b.CreateLoad(S.i8, p);
    l->setMetadata(LLVMContext::MD_tbaa, S.tbaaShadow);
    return b.CreateICmpNE(l, ConstantInt::get(S.i8, 0));
  }

  void emitLoad(uint32_t n, Type* resultTy, bool signExtend, uint32_t off) {
    Value* h = pop();
    BasicBlock* slow = BasicBlock::Create(C, "load.slow", fn);
    BasicBlock* join = BasicBlock::Create(C, "load.join", fn);
    bool strict = S.opts.flags & MSWASM_NATIVE_OPT_STRICT_TAGS;
    Value* fastV = nullptr;
    BasicBlock* fastEnd = nullptr;
    if (!strict) {
      Value* p = accessCheck(h, off, n, Want::Read, slow).ptr;
      Type* memTy = IntegerType::get(C, n * 8);
      LoadInst* l = b.CreateAlignedLoad(memTy, p, Align(1));
      l->setMetadata(LLVMContext::MD_tbaa, S.tbaaGuest);
      fastV = b.CreateZExt(l, S.i64);
      fastEnd = b.GetInsertBlock();
      b.CreateBr(join);
    } else {
      b.CreateBr(slow);
    }
    b.SetInsertPoint(slow);
    spill(tmpA, h);
    CallInst* sv = callCheckSlow(SlowLoad, {ctx, tmpA, c32(off), c32(n), c32(funcIndex), c32(pc)});
    BasicBlock* slowEnd = b.GetInsertBlock();
    b.CreateBr(join);
    b.SetInsertPoint(join);
    PHINode* phi = b.CreatePHI(S.i64, 2);
    if (fastEnd) phi->addIncoming(fastV, fastEnd);
    phi->addIncoming(sv, slowEnd);
    Value* raw = phi;
    // Narrow to the loaded width, then extend as the instruction says.
    Value* narrow = b.CreateTrunc(raw, IntegerType::get(C, n * 8));
    Value* r;
    if (resultTy->isFloatingPointTy()) {
      r = b.CreateBitCast(narrow, resultTy);
    } else if (resultTy->getIntegerBitWidth() == n * 8) {
      r = narrow;
    } else {
      r = signExtend ? b.CreateSExt(narrow, resultTy) : b.CreateZExt(narrow, resultTy);
    }
    push(r);
  }

  void emitStore(uint32_t n, uint32_t off) {
    Value* v = pop();
    Value* h = pop();
    if (v->getType()->isFloatingPointTy()) v = b.CreateBitCast(v, IntegerType::get(C, v->getType()->getPrimitiveSizeInBits()));
    Value* narrow = b.CreateTrunc(v, IntegerType::get(C, n * 8));
    BasicBlock* slow = BasicBlock::Create(C, "store.slow", fn);
    BasicBlock* join = BasicBlock::Create(C, "store.join", fn);
    // A segment that holds tags fails the fast test (kIdWritableFast); the store still goes ahead
    // inline when the segment is writable and no tagged granule overlaps the bytes written
    // (granules starting at the slot before the address up to the slot of its last byte).
    BasicBlock* tagged = BasicBlock::Create(C, "store.tags", fn);
    BasicBlock* store = BasicBlock::Create(C, "store.do", fn);
    Checked ck = accessCheck(h, off, n, Want::Write, tagged);
    b.CreateBr(store);
    b.SetInsertPoint(tagged);
    Value* writable = b.CreateICmpNE(b.CreateAnd(ck.flags, ConstantInt::get(S.i8, 4)), ConstantInt::get(S.i8, 0));
    BasicBlock* probe = BasicBlock::Create(C, "store.probe", fn);
    b.CreateCondBr(b.CreateAnd(writable, ck.inRange), probe, slow);
    b.SetInsertPoint(probe);
    Value* slot = b.CreateLShr(ck.addr, c32(3));
    Value* anyTag = b.CreateOr(slotTagged(b.CreateSub(slot, c32(1))), slotTagged(slot));
    if (n > 1) anyTag = b.CreateOr(anyTag, slotTagged(b.CreateLShr(b.CreateAdd(ck.addr, c32(n - 1)), c32(3))));
    b.CreateCondBr(anyTag, slow, store);
    b.SetInsertPoint(store);
    StoreInst* st = b.CreateAlignedStore(narrow, guestPtr(ck.addr), Align(1));
    st->setMetadata(LLVMContext::MD_tbaa, S.tbaaGuest);
    b.CreateBr(join);
    b.SetInsertPoint(slow);
    spill(tmpA, h);
    callCheckSlow(SlowStore, {ctx, tmpA, c32(off), c32(n), b.CreateZExt(narrow, S.i64), c32(funcIndex), c32(pc)});
    b.CreateBr(join);
    b.SetInsertPoint(join);
  }

  // ---- control ----
  std::pair<size_t, size_t> blockArity(const BlockType& bt, std::vector<ValType>* params,
                                       std::vector<ValType>* results) {
    params->clear();
    results->clear();
    switch (bt.kind) {
      case BlockType::Kind::Empty: break;
      case BlockType::Kind::Value: results->push_back(bt.value); break;
      case BlockType::Kind::TypeIndex:
        *params = S.m.types[bt.typeIndex].params;
        *results = S.m.types[bt.typeIndex].results;
        break;
    }
    return {params->size(), results->size()};
  }
  std::vector<AllocaInst*> makeSlots(const std::vector<ValType>& types) {
    std::vector<AllocaInst*> v;
    IRBuilder<> eb(&fn->getEntryBlock(), fn->getEntryBlock().begin());
    for (ValType t : types) v.push_back(eb.CreateAlloca(S.llType(t)));
    return v;
  }
  void storeTop(const std::vector<AllocaInst*>& slots) {
    size_t n = slots.size();
    for (size_t i = 0; i < n; ++i) b.CreateStore(stack[stack.size() - n + i], slots[i]);
  }
  void loadInto(const std::vector<AllocaInst*>& slots) {
    for (AllocaInst* a : slots) push(b.CreateLoad(a->getAllocatedType(), a));
  }
  void branchTo(size_t depth) {
    Ctl& c = ctls[ctls.size() - 1 - depth];
    storeTop(c.carried);
    b.CreateBr(c.target);
  }
  void enterDead() {
    unreachable = true;
  }
  void pollIfNeeded() {
    if (!(S.opts.flags & MSWASM_NATIVE_OPT_TIMEOUT_POLLS)) return;
    Value* p = b.CreateConstInBoundsGEP1_64(S.i8, ctx, offsetof(MswNativeCtx, interrupt));
    LoadInst* l = b.CreateLoad(S.i32, p);
    l->setVolatile(true);
    BasicBlock* slow = BasicBlock::Create(C, "poll", fn);
    BasicBlock* cont = BasicBlock::Create(C, "poll.cont", fn);
    b.CreateCondBr(b.CreateICmpNE(l, c32(0)), slow, cont,
                   S.coldTrueWeights);
    b.SetInsertPoint(slow);
    callSlow(SlowPoll, {ctx, c32(funcIndex), c32(pc)});
    b.CreateBr(cont);
    b.SetInsertPoint(cont);
  }

  void emitCall(uint32_t callee, Value* target, FunctionType* fty, const FuncType& t);
  void emitInstr(const Instr& in);
  void emitNumeric(const Instr& in);
  Value* divCheck(Value* a, Value* bv, bool isSigned, bool isRem);
  Value* truncTrap(Value* x, bool isSigned, unsigned bits);
};

void FunctionTranslator::emitCall(uint32_t callee, Value* target, FunctionType* fty, const FuncType& t) {
  size_t n = t.params.size();
  std::vector<Value*> args{ctx};
  for (size_t i = 0; i < n; ++i) args.push_back(stack[stack.size() - n + i]);
  stack.resize(stack.size() - n);
  CallInst* ci = b.CreateCall(fty, target, args);
  ci->setCallingConv(CallingConv::Fast);
  if (t.results.size() == 1) {
    push(ci);
  } else {
    for (unsigned i = 0; i < t.results.size(); ++i) push(b.CreateExtractValue(ci, i));
  }
}

Value* FunctionTranslator::divCheck(Value* a, Value* bv, bool isSigned, bool isRem) {
  Type* ty = a->getType();
  trapIf(b.CreateICmpEQ(bv, ConstantInt::get(ty, 0)), MSW_NT_DIV_ZERO);
  unsigned bits = ty->getIntegerBitWidth();
  if (!isSigned) return isRem ? b.CreateURem(a, bv) : b.CreateUDiv(a, bv);
  Value* minusOne = b.CreateICmpEQ(bv, ConstantInt::getSigned(ty, -1));
  if (!isRem) {
    Value* ovf = b.CreateAnd(b.CreateICmpEQ(a, ConstantInt::get(ty, APInt::getSignedMinValue(bits))), minusOne);
    trapIf(ovf, MSW_NT_INT_OVERFLOW);
    return b.CreateSDiv(a, bv);
  }
  // rem_s by -1 is 0 (the interpreter's rule); divide by 1 instead so the IR has no UB.
  Value* safeB = b.CreateSelect(minusOne, ConstantInt::get(ty, 1), bv);
  return b.CreateSelect(minusOne, ConstantInt::get(ty, 0), b.CreateSRem(a, safeB));
}

Value* FunctionTranslator::truncTrap(Value* x, bool isSigned, unsigned bits) {
  Value* d = x->getType() == S.f32 ? b.CreateFPExt(x, S.f64) : x;
  trapIf(b.CreateFCmpUNO(d, d), MSW_NT_CONV_NAN);
  Value* t = intrinsic(Intrinsic::trunc, {S.f64}, {d});
  Value* ok;
  if (isSigned) {
    double lo = -std::ldexp(1.0, int(bits) - 1), hi = std::ldexp(1.0, int(bits) - 1);
    ok = b.CreateAnd(b.CreateFCmpOGE(t, ConstantFP::get(S.f64, lo)), b.CreateFCmpOLT(t, ConstantFP::get(S.f64, hi)));
  } else {
    ok = b.CreateAnd(b.CreateFCmpOGT(t, ConstantFP::get(S.f64, -1.0)),
                     b.CreateFCmpOLT(t, ConstantFP::get(S.f64, std::ldexp(1.0, int(bits)))));
  }
  trapIf(b.CreateNot(ok), MSW_NT_CONV_RANGE);
  Type* it = IntegerType::get(C, bits);
  return isSigned ? b.CreateFPToSI(t, it) : b.CreateFPToUI(t, it);
}

void FunctionTranslator::run() {
  fn = S.funcs[funcIndex];
  BasicBlock* entry = BasicBlock::Create(C, "entry", fn);
  b.SetInsertPoint(entry);
  ctx = fn->getArg(0);
  for (const Instr& in : F.body) {
    if (in.op == Opcode::StackAlloc) usesStackSegments = true;
    if (in.op == Opcode::JmpSet) hasJmpSet = true;
    // stack.free/reopen/release check that the segment is this frame's: the frame needs its own
    // record even when it allocates nothing (then no segment can be its own: invalid-free).
    if (in.op == Opcode::StackFree || in.op == Opcode::StackReopen || in.op == Opcode::StackRelease) usesStackSegments = true;
  }
  // Functions that own stack segments or jump records keep a runtime frame (Machine::frames_).
  const bool needsFrame = usesStackSegments || hasJmpSet;
  // Locals: parameters then declared locals, zero-initialised.
  for (ValType t : T.params) localTypes.push_back(t);
  for (ValType t : F.locals) localTypes.push_back(t);
  for (size_t i = 0; i < localTypes.size(); ++i) {
    AllocaInst* a = b.CreateAlloca(S.llType(localTypes[i]));
    locals.push_back(a);
  }
  tmpA = b.CreateAlloca(S.H);
  tmpB = b.CreateAlloca(S.H);
  exitPc = b.CreateAlloca(S.i32);
  for (size_t i = 0; i < localTypes.size(); ++i) {
    if (i < T.params.size()) b.CreateStore(fn->getArg(unsigned(i + 1)), locals[i]);
    else b.CreateStore(Constant::getNullValue(S.llType(localTypes[i])), locals[i]);
  }
  // Frame entry: depth limit, host stack, shadow stack.
  myDepth = loadCtx(S.i32, offsetof(MswNativeCtx, depth), false);
  Value* maxDepth = loadCtx(S.i32, offsetof(MswNativeCtx, maxDepth), true);
  trapIf(b.CreateICmpUGE(myDepth, maxDepth), MSW_NT_CALL_DEPTH, c32(funcIndex));
  {
    Value* fa = b.CreateIntrinsic(Intrinsic::frameaddress, {S.ptr}, {ConstantInt::get(S.i32, 0)});
    Value* limit = loadCtx(S.i64, offsetof(MswNativeCtx, stackLimit), true);
    Value* below = b.CreateICmpULT(b.CreatePtrToInt(fa, S.i64), limit);
    BasicBlock* trapBB = BasicBlock::Create(C, "hoststack", fn);
    BasicBlock* cont = BasicBlock::Create(C, "ok", fn);
    b.CreateCondBr(below, trapBB, cont, S.coldTrueWeights);
    b.SetInsertPoint(trapBB);
    trapNow(MSW_NT_HOST_STACK, c32(funcIndex), kNoSite);
    b.SetInsertPoint(cont);
  }
  Value* frames = ctxPtr(offsetof(MswNativeCtx, frames));
  Value* frame = b.CreateInBoundsGEP(S.i64, frames, b.CreateZExt(myDepth, S.i64));
  StoreInst* sf = b.CreateStore(c32(funcIndex), frame);
  sf->setMetadata(LLVMContext::MD_tbaa, S.tbaaFrames);
  framePcPtr = b.CreateConstInBoundsGEP1_64(S.i8, frame, 4);
  StoreInst* sp = b.CreateStore(c32(0), framePcPtr);
  sp->setMetadata(LLVMContext::MD_tbaa, S.tbaaFrames);
  Value* depthPtr = b.CreateConstInBoundsGEP1_64(S.i8, ctx, offsetof(MswNativeCtx, depth));
  StoreInst* sd = b.CreateStore(b.CreateAdd(myDepth, c32(1)), depthPtr);
  sd->setMetadata(LLVMContext::MD_tbaa, S.tbaaCtx);
  if (needsFrame) callSlow(SlowFrameEnter, {ctx});
  pc = 0;
  pollIfNeeded();

  // The function's own control frame.
  exitBB = BasicBlock::Create(C, "exit", fn);
  Ctl fc;
  fc.kind = Ctl::Func;
  fc.target = exitBB;
  fc.end = exitBB;
  fc.results = makeSlots(T.results);
  fc.carried = fc.results;
  fc.height = 0;
  ctls.push_back(fc);

  for (pc = 0; pc < F.body.size(); ++pc) emitInstr(F.body[pc]);

  // Exit block: frame exit and return.
  b.SetInsertPoint(exitBB);
  if (pred_empty(exitBB)) {
    b.CreateUnreachable();
    return;
  }
  std::vector<Value*> res;
  for (AllocaInst* a : fc.results) res.push_back(b.CreateLoad(a->getAllocatedType(), a));
  if (needsFrame) callSlow(SlowFrameExit, {ctx, b.CreateLoad(S.i32, exitPc)});
  StoreInst* rd = b.CreateStore(myDepth, depthPtr);
  rd->setMetadata(LLVMContext::MD_tbaa, S.tbaaCtx);
  emitReturn(b, fn, res);
  if (hasJmpSet) makeFrameMemoryVolatile();
}

// In a function with jmp.set, execution may resume after a setjmp call when jmp.long runs: locals
// must then hold their current values, as in the interpreter (which keeps a frame's locals as they
// are), not the values SSA form would carry from the setjmp point. Every access to the frame's
// allocas (locals, block results, spilled operands) is made volatile, which keeps them in memory.
void FunctionTranslator::makeFrameMemoryVolatile() {
  for (BasicBlock& bb : *fn)
    for (Instruction& i : bb) {
      if (auto* l = dyn_cast<LoadInst>(&i)) {
        if (isa<AllocaInst>(getUnderlyingObject(l->getPointerOperand()))) l->setVolatile(true);
      } else if (auto* st = dyn_cast<StoreInst>(&i)) {
        if (isa<AllocaInst>(getUnderlyingObject(st->getPointerOperand()))) st->setVolatile(true);
      }
    }
}

void FunctionTranslator::emitInstr(const Instr& in) {
  const Opcode op = in.op;
  // Dead code: track nesting only.
  if (unreachable) {
    switch (op) {
      case Opcode::Block:
      case Opcode::Loop:
      case Opcode::If: {
        Ctl c;
        c.kind = Ctl::Block;
        c.dead = true;
        ctls.push_back(c);
        return;
      }
      case Opcode::Else:
        if (ctls.back().dead) return;
        break;
      case Opcode::End:
        if (ctls.back().dead) {
          ctls.pop_back();
          return;
        }
        break;
      default: return;
    }
  }
  std::vector<ValType> params, results;
  switch (op) {
    case Opcode::Unreachable:
      trapNow(MSW_NT_UNREACHABLE, c32(0));
      enterDead();
      return;
    case Opcode::Nop: return;
    case Opcode::Block:
    case Opcode::Loop:
    case Opcode::If: {
      blockArity(in.block, &params, &results);
      Ctl c;
      Value* cond = nullptr;
      if (op == Opcode::If) cond = b.CreateICmpNE(pop(), c32(0));
      c.height = stack.size() - params.size();
      c.results = makeSlots(results);
      c.end = BasicBlock::Create(C, op == Opcode::Loop ? "loop.end" : "block.end", fn);
      if (op == Opcode::Block) {
        c.kind = Ctl::Block;
        c.target = c.end;
        c.carried = c.results;
      } else if (op == Opcode::Loop) {
        c.kind = Ctl::Loop;
        c.carried = makeSlots(params);
        c.target = BasicBlock::Create(C, "loop", fn);
        storeTop(c.carried);
        stack.resize(c.height);
        b.CreateBr(c.target);
        b.SetInsertPoint(c.target);
        loadInto(c.carried);
        ctls.push_back(c);
        pollIfNeeded();
        return;
      } else {
        c.kind = Ctl::If;
        c.target = c.end;
        c.carried = c.results;
        c.ifParams.assign(stack.end() - long(params.size()), stack.end());
        BasicBlock* thenBB = BasicBlock::Create(C, "then", fn);
        c.elseBB = BasicBlock::Create(C, "else", fn);
        b.CreateCondBr(cond, thenBB, c.elseBB);
        b.SetInsertPoint(thenBB);
      }
      ctls.push_back(c);
      return;
    }
    case Opcode::Else: {
      Ctl& c = ctls.back();
      if (!unreachable) {
        storeTop(c.results);
        b.CreateBr(c.end);
      }
      stack.resize(c.height);
      for (Value* v : c.ifParams) push(v);
      c.sawElse = true;
      b.SetInsertPoint(c.elseBB);
      unreachable = false;
      return;
    }
    case Opcode::End: {
      Ctl c = ctls.back();
      if (c.kind == Ctl::Func) {
        // The function's final end.
        if (!unreachable) {
          storeTop(c.results);
          b.CreateStore(c32(pc), exitPc);
          b.CreateBr(exitBB);
        }
        ctls.pop_back();
        unreachable = true;
        return;
      }
      if (!unreachable) {
        storeTop(c.results);
        b.CreateBr(c.end);
      }
      if (c.kind == Ctl::If && !c.sawElse) {
        // No else: the parameters pass through as results.
        b.SetInsertPoint(c.elseBB);
        stack.resize(c.height);
        for (Value* v : c.ifParams) push(v);
        storeTop(c.results);
        b.CreateBr(c.end);
      }
      ctls.pop_back();
      stack.resize(c.height);
      b.SetInsertPoint(c.end);
      if (pred_empty(c.end)) {
        b.CreateUnreachable();
        unreachable = true;
        return;
      }
      unreachable = false;
      loadInto(c.results);
      return;
    }
    case Opcode::Br:
      branchTo(in.index);
      enterDead();
      return;
    case Opcode::BrIf: {
      Value* cond = b.CreateICmpNE(pop(), c32(0));
      BasicBlock* taken = BasicBlock::Create(C, "br_if", fn);
      BasicBlock* cont = BasicBlock::Create(C, "br_if.cont", fn);
      b.CreateCondBr(cond, taken, cont);
      b.SetInsertPoint(taken);
      branchTo(in.index);
      b.SetInsertPoint(cont);
      return;
    }
    case Opcode::BrTable: {
      Value* idx = pop();
      BasicBlock* defBB = BasicBlock::Create(C, "br_table.default", fn);
      SwitchInst* sw = b.CreateSwitch(idx, defBB, unsigned(in.targets.size()));
      std::map<uint32_t, BasicBlock*> byDepth;
      for (size_t i = 0; i < in.targets.size(); ++i) {
        uint32_t d = in.targets[i];
        BasicBlock*& bb = byDepth[d];
        if (!bb) {
          bb = BasicBlock::Create(C, "br_table.case", fn);
          b.SetInsertPoint(bb);
          branchTo(d);
        }
        sw->addCase(cast<ConstantInt>(c32(i)), bb);
      }
      b.SetInsertPoint(defBB);
      branchTo(in.index);
      enterDead();
      return;
    }
    case Opcode::Return: {
      Ctl& fc = ctls.front();
      storeTop(fc.results);
      b.CreateStore(c32(pc), exitPc);
      b.CreateBr(exitBB);
      enterDead();
      return;
    }
    case Opcode::Call: {
      uint32_t callee = in.index;
      setFramePc();
      const FuncType& t = S.m.funcType(callee);
      emitCall(callee, S.funcs[callee], S.funcs[callee]->getFunctionType(), t);
      return;
    }
    case Opcode::CallHandle: {
      Value* h = pop();
      setFramePc();
      // Inline: a code handle at offset 0 whose function has the expected type (compared by
      // canonical type index, i.e. structurally, as the interpreter does). Anything else goes to
      // the runtime, which traps with the interpreter's report.
      uint32_t nf = S.m.numFunctions();
      Value* idx = b.CreateSub(b.CreateExtractValue(h, 5), loadCtx(S.i64, offsetof(MswNativeCtx, firstCodeId), true));
      Value* inRange = b.CreateICmpULT(idx, c64(nf));
      Value* isCode = b.CreateICmpEQ(b.CreateExtractValue(h, 3), ConstantInt::get(S.i8, 5));
      Value* atZero = b.CreateICmpEQ(b.CreateExtractValue(h, 1), c32(0));
      BasicBlock* check = BasicBlock::Create(C, "callh.type", fn);
      BasicBlock* fast = BasicBlock::Create(C, "callh.fast", fn);
      BasicBlock* slow = BasicBlock::Create(C, "callh.slow", fn);
      BasicBlock* join = BasicBlock::Create(C, "callh.join", fn);
      b.CreateCondBr(b.CreateAnd(b.CreateAnd(inRange, isCode), atZero), check, slow, S.coldWeights);
      b.SetInsertPoint(check);
      Value* safeIdx = b.CreateAnd(idx, c64(0xFFFFFFFFull));
      Value* ct = b.CreateLoad(S.i32, b.CreateInBoundsGEP(S.i32, S.funcCanonTypes, safeIdx));
      b.CreateCondBr(b.CreateICmpEQ(ct, c32(S.canonType[in.index])), fast, slow, S.coldWeights);
      b.SetInsertPoint(fast);
      Value* fastTarget = b.CreateLoad(S.ptr, b.CreateInBoundsGEP(S.ptr, S.funcTable, safeIdx));
      b.CreateBr(join);
      b.SetInsertPoint(slow);
      spill(tmpA, h);
      Value* slowTarget = callSlow(SlowResolveCall, {ctx, tmpA, c32(in.index), c32(funcIndex), c32(pc)});
      b.CreateBr(join);
      b.SetInsertPoint(join);
      PHINode* target = b.CreatePHI(S.ptr, 2);
      target->addIncoming(fastTarget, fast);
      target->addIncoming(slowTarget, slow);
      const FuncType& t = S.m.types[in.index];
      emitCall(UINT32_MAX, target, S.typeFns[in.index], t);
      return;
    }
    case Opcode::Drop: pop(); return;
    case Opcode::Select: {
      Value* c = b.CreateICmpNE(pop(), c32(0));
      Value* v2 = pop();
      Value* v1 = pop();
      push(b.CreateSelect(c, v1, v2));
      return;
    }
    case Opcode::LocalGet: push(b.CreateLoad(locals[in.index]->getAllocatedType(), locals[in.index])); return;
    case Opcode::LocalSet: b.CreateStore(pop(), locals[in.index]); return;
    case Opcode::LocalTee: b.CreateStore(stack.back(), locals[in.index]); return;
    case Opcode::GlobalGet:
    case Opcode::GlobalSet: {
      ValType t = S.m.globals[in.index].type;
      Value* globals = ctxPtr(offsetof(MswNativeCtx, globals));
      Value* slot = b.CreateConstInBoundsGEP1_64(S.i8, globals, uint64_t(in.index) * sizeof(MswSlot));
      if (op == Opcode::GlobalGet) {
        LoadInst* l;
        if (t == ValType::Handle) {
          l = b.CreateLoad(S.H, b.CreateConstInBoundsGEP1_64(S.i8, slot, offsetof(MswSlot, h)));
        } else {
          l = b.CreateLoad(S.llType(t), slot);
        }
        l->setMetadata(LLVMContext::MD_tbaa, S.tbaaGlobals);
        push(l);
      } else {
        Value* v = pop();
        StoreInst* s;
        if (t == ValType::Handle) {
          s = b.CreateStore(v, b.CreateConstInBoundsGEP1_64(S.i8, slot, offsetof(MswSlot, h)));
        } else {
          // The slot's bits: 32-bit values zero-extended, as the interpreter keeps them.
          Value* bits = v;
          if (bits->getType()->isFloatingPointTy())
            bits = b.CreateBitCast(bits, IntegerType::get(C, bits->getType()->getPrimitiveSizeInBits()));
          s = b.CreateStore(b.CreateZExt(bits, S.i64), slot);
        }
        s->setMetadata(LLVMContext::MD_tbaa, S.tbaaGlobals);
      }
      return;
    }
    case Opcode::I32Const: push(c32(uint32_t(in.bits))); return;
    case Opcode::I64Const: push(c64(in.bits)); return;
    case Opcode::F32Const:
      push(ConstantFP::get(S.f32, APFloat(APFloat::IEEEsingle(), APInt(32, uint32_t(in.bits)))));
      return;
    case Opcode::F64Const: push(ConstantFP::get(S.f64, APFloat(APFloat::IEEEdouble(), APInt(64, in.bits)))); return;
    // ---- memory ----
    case Opcode::I32Segload: emitLoad(4, S.i32, false, in.offset); return;
    case Opcode::I64Segload: emitLoad(8, S.i64, false, in.offset); return;
    case Opcode::F32Segload: emitLoad(4, S.f32, false, in.offset); return;
    case Opcode::F64Segload: emitLoad(8, S.f64, false, in.offset); return;
    case Opcode::I32Segload8S: emitLoad(1, S.i32, true, in.offset); return;
    case Opcode::I32Segload8U: emitLoad(1, S.i32, false, in.offset); return;
    case Opcode::I32Segload16S: emitLoad(2, S.i32, true, in.offset); return;
    case Opcode::I32Segload16U: emitLoad(2, S.i32, false, in.offset); return;
    case Opcode::I64Segload8S: emitLoad(1, S.i64, true, in.offset); return;
    case Opcode::I64Segload8U: emitLoad(1, S.i64, false, in.offset); return;
    case Opcode::I64Segload16S: emitLoad(2, S.i64, true, in.offset); return;
    case Opcode::I64Segload16U: emitLoad(2, S.i64, false, in.offset); return;
    case Opcode::I64Segload32S: emitLoad(4, S.i64, true, in.offset); return;
    case Opcode::I64Segload32U: emitLoad(4, S.i64, false, in.offset); return;
    case Opcode::I32Segstore: emitStore(4, in.offset); return;
    case Opcode::I64Segstore: emitStore(8, in.offset); return;
    case Opcode::F32Segstore: emitStore(4, in.offset); return;
    case Opcode::F64Segstore: emitStore(8, in.offset); return;
    case Opcode::I32Segstore8: emitStore(1, in.offset); return;
    case Opcode::I32Segstore16: emitStore(2, in.offset); return;
    case Opcode::I64Segstore8: emitStore(1, in.offset); return;
    case Opcode::I64Segstore16: emitStore(2, in.offset); return;
    case Opcode::I64Segstore32: emitStore(4, in.offset); return;
    case Opcode::JmpSet: {
      // The runtime checks the buffer, makes the jump record (keeping the operand stack below the
      // buffer, spilled into `slots`, as its snapshot) and tags the buffer; then setjmp saves this
      // point in a per-site native buffer. When jmp.long resumes here, the runtime has copied the
      // record's snapshot back into `slots` and setjmp returns the value: both returns reload the
      // operands from `slots`, so each resumption sees its own record's values.
      Value* buf = pop();
      std::vector<ValType> below;
      for (Value* v : stack) below.push_back(valTypeOf(v->getType()));
      IRBuilder<> eb(&fn->getEntryBlock(), fn->getEntryBlock().begin());
      ArrayType* slotArr = ArrayType::get(S.i8, std::max<size_t>(1, below.size()) * sizeof(MswSlot));
      AllocaInst* slots = eb.CreateAlloca(slotArr);
      slots->setAlignment(Align(16));
      AllocaInst* native = eb.CreateAlloca(ArrayType::get(S.i8, MSWASM_NATIVE_JMPBUF_BYTES));
      native->setAlignment(Align(16));
      for (size_t i = 0; i < below.size(); ++i) storeSlot(S, b, slots, i, stack[i], below[i]);
      spill(tmpA, buf);
      callSlow(SlowJmpSet, {ctx, tmpA, slots, c32(uint32_t(below.size())), native, c32(funcIndex), c32(pc)});
      CallInst* r = callSlow(SlowSetjmp, {native});
      r->addFnAttr(Attribute::ReturnsTwice);
      stack.clear();
      for (size_t i = 0; i < below.size(); ++i) push(loadSlot(S, b, slots, i, below[i]));
      push(r);
      return;
    }
    case Opcode::JmpLong: {
      Value* val = pop();
      Value* buf = pop();
      spill(tmpA, buf);
      CallInst* ci = callSlow(SlowJmpLong, {ctx, tmpA, val, c32(funcIndex), c32(pc)});
      ci->setDoesNotReturn();
      b.CreateUnreachable();
      enterDead();
      return;
    }
    case Opcode::HandleSegload: {
      // Inline when the access is valid, 8-aligned and the granule is tagged: the handle is the
      // shadow entry's authority with the offset read back from the stored address. Untagged
      // granules (null, from-data handles), misaligned and failing accesses take the slow path.
      Value* h = pop();
      BasicBlock* slow = BasicBlock::Create(C, "hload.slow", fn);
      BasicBlock* hit = BasicBlock::Create(C, "hload.tagged", fn);
      BasicBlock* join = BasicBlock::Create(C, "hload.join", fn);
      Checked ck = accessCheck(h, in.offset, 16, Want::Read, slow);
      Value* aligned = b.CreateICmpEQ(b.CreateAnd(ck.addr, c32(7)), c32(0));
      Value* entry = shadowEntry(b.CreateLShr(ck.addr, c32(3)));
      LoadInst* idKind = b.CreateLoad(S.i64, b.CreateConstGEP1_64(S.i8, entry, 8));
      idKind->setMetadata(LLVMContext::MD_tbaa, S.tbaaShadow);
      b.CreateCondBr(b.CreateAnd(aligned, b.CreateICmpNE(idKind, c64(0))), hit, slow, S.coldWeights);
      b.SetInsertPoint(hit);
      LoadInst* tBase = b.CreateLoad(S.i32, entry);
      tBase->setMetadata(LLVMContext::MD_tbaa, S.tbaaShadow);
      LoadInst* tBound = b.CreateLoad(S.i32, b.CreateConstGEP1_64(S.i8, entry, 4));
      tBound->setMetadata(LLVMContext::MD_tbaa, S.tbaaShadow);
      LoadInst* stored = b.CreateAlignedLoad(S.i32, ck.ptr, Align(1));
      stored->setMetadata(LLVMContext::MD_tbaa, S.tbaaGuest);
      Value* fastH = UndefValue::get(S.H);
      fastH = b.CreateInsertValue(fastH, tBase, 0);
      fastH = b.CreateInsertValue(fastH, b.CreateSub(stored, tBase), 1);
      fastH = b.CreateInsertValue(fastH, tBound, 2);
      fastH = b.CreateInsertValue(fastH, b.CreateTrunc(b.CreateLShr(idKind, c64(56)), S.i8), 3);
      fastH = b.CreateInsertValue(fastH, ConstantInt::get(S.i8, 0), 4);
      fastH = b.CreateInsertValue(fastH, b.CreateAnd(idKind, c64((uint64_t(1) << 56) - 1)), 5);
      fastH = b.CreateInsertValue(fastH, c64(0), 6);
      BasicBlock* hitEnd = b.GetInsertBlock();
      b.CreateBr(join);
      b.SetInsertPoint(slow);
      spill(tmpA, h);
      callSlow(SlowHLoad, {ctx, tmpA, c32(in.offset), tmpB, c32(funcIndex), c32(pc)});
      Value* slowH = reload(tmpB);
      BasicBlock* slowEnd = b.GetInsertBlock();
      b.CreateBr(join);
      b.SetInsertPoint(join);
      PHINode* phi = b.CreatePHI(S.H, 2);
      phi->addIncoming(fastH, hitEnd);
      phi->addIncoming(slowH, slowEnd);
      push(phi);
      return;
    }
    case Opcode::HandleSegstore: {
      // Inline into a writable segment at an 8-aligned address, of any handle but one loaded
      // from untagged data (whose stored bytes are its own), unless it is the first handle with
      // authority stored into the segment (the runtime then marks the segment as possibly holding
      // tags, clearing kIdWritableFast): write the stored bytes (address, then zeros), clear the
      // granules the 16 bytes overlap (slots before and after; zero entries of another segment
      // stay zero, as no granule crosses a segment's end) and tag the slot with the handle's
      // authority, or clear it. In a segment that never held a tag all those entries are zero.
      Value* v = pop();
      Value* h = pop();
      BasicBlock* slow = BasicBlock::Create(C, "hstore.slow", fn);
      BasicBlock* fast = BasicBlock::Create(C, "hstore.do", fn);
      BasicBlock* join = BasicBlock::Create(C, "hstore.join", fn);
      Checked ck = accessCheck(h, in.offset, 16, Want::WriteHandle, slow);
      Value* vKind = b.CreateExtractValue(v, 3);
      Value* fromData = b.CreateAnd(b.CreateICmpEQ(vKind, ConstantInt::get(S.i8, 1)),
                                    b.CreateICmpEQ(b.CreateExtractValue(v, 4), ConstantInt::get(S.i8, 1)));
      Value* auth = b.CreateICmpUGE(vKind, ConstantInt::get(S.i8, 2));
      Value* neverTagged = b.CreateICmpNE(b.CreateAnd(ck.flags, ConstantInt::get(S.i8, 2)), ConstantInt::get(S.i8, 0));
      Value* aligned = b.CreateICmpEQ(b.CreateAnd(ck.addr, c32(7)), c32(0));
      Value* inlineOk = b.CreateAnd(b.CreateAnd(aligned, b.CreateNot(fromData)), b.CreateNot(b.CreateAnd(auth, neverTagged)));
      b.CreateCondBr(inlineOk, fast, slow, S.coldWeights);
      b.SetInsertPoint(fast);
      Value* vBase = b.CreateExtractValue(v, 0);
      Value* vAddr = b.CreateAdd(vBase, b.CreateExtractValue(v, 1));
      auto guestStore = [&](Value* val, uint64_t at) {
        StoreInst* st = b.CreateAlignedStore(val, b.CreateConstGEP1_64(S.i8, ck.ptr, at), Align(1));
        st->setMetadata(LLVMContext::MD_tbaa, S.tbaaGuest);
      };
      guestStore(vAddr, 0);
      guestStore(c32(0), 4);
      guestStore(c64(0), 8);
      auto shadowStore = [&](Value* entry, Value* val, uint64_t at) {
        StoreInst* st = b.CreateAlignedStore(val, b.CreateConstGEP1_64(S.i8, entry, at), Align(8));
        st->setMetadata(LLVMContext::MD_tbaa, S.tbaaShadow);
      };
      Value* slot = b.CreateLShr(ck.addr, c32(3));
      for (Value* other : {b.CreateSub(slot, c32(1)), b.CreateAdd(slot, c32(1))}) {
        Value* e = shadowEntry(other);
        shadowStore(e, c64(0), 0);
        shadowStore(e, c64(0), 8);
      }
      Value* idKind = b.CreateOr(b.CreateAnd(b.CreateExtractValue(v, 5), c64((uint64_t(1) << 56) - 1)),
                                 b.CreateShl(b.CreateZExt(vKind, S.i64), c64(56)));
      Value* bb = b.CreateOr(b.CreateZExt(vBase, S.i64), b.CreateShl(b.CreateZExt(b.CreateExtractValue(v, 2), S.i64), c64(32)));
      Value* e = shadowEntry(slot);
      shadowStore(e, b.CreateSelect(auth, bb, c64(0)), 0);
      shadowStore(e, b.CreateSelect(auth, idKind, c64(0)), 8);
      b.CreateBr(join);
      b.SetInsertPoint(slow);
      spill(tmpA, h);
      spill(tmpB, v);
      callSlow(SlowHStore, {ctx, tmpA, c32(in.offset), tmpB, c32(funcIndex), c32(pc)});
      b.CreateBr(join);
      b.SetInsertPoint(join);
      return;
    }
    case Opcode::Segalloc: {
      Value* align = pop();
      Value* size = pop();
      callSlow(SlowSegalloc, {ctx, size, align, tmpA, c32(funcIndex), c32(pc)});
      push(reload(tmpA));
      return;
    }
    case Opcode::Segfree: {
      spill(tmpA, pop());
      callSlow(SlowSegfree, {ctx, tmpA, c32(funcIndex), c32(pc)});
      return;
    }
    case Opcode::StackAlloc: {
      Value* size = pop();
      callSlow(SlowStackAlloc, {ctx, size, c32(in.align), tmpA, c32(funcIndex), c32(pc)});
      push(reload(tmpA));
      return;
    }
    case Opcode::StackFree:
    case Opcode::StackReopen:
    case Opcode::StackRelease: {
      spill(tmpA, pop());
      // 0 stack.free, 1 stack.reopen, 2 stack.release (Machine::ScopeOp).
      callSlow(SlowStackScope, {ctx, tmpA, c32(op == Opcode::StackReopen ? 1 : op == Opcode::StackRelease ? 2 : 0),
                                c32(funcIndex), c32(pc)});
      return;
    }
    case Opcode::GlobalSegment: {
      Value* gsegs = ctxPtr(offsetof(MswNativeCtx, gsegs));
      Value* e = b.CreateConstInBoundsGEP1_64(S.i8, gsegs, uint64_t(in.index) * sizeof(MswGlobalSeg));
      auto ld = [&](Type* t, size_t off) {
        LoadInst* l = b.CreateLoad(t, b.CreateConstInBoundsGEP1_64(S.i8, e, off));
        l->setMetadata(LLVMContext::MD_tbaa, S.tbaaCtx);
        l->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(C, {}));
        return l;
      };
      push(makeHandle(ld(S.i32, offsetof(MswGlobalSeg, addr)), c32(0), ld(S.i32, offsetof(MswGlobalSeg, size)), 4,
                      ld(S.i64, offsetof(MswGlobalSeg, id))));
      return;
    }
    case Opcode::FuncHandle: {
      Value* codes = ctxPtr(offsetof(MswNativeCtx, codes));
      Value* e = b.CreateConstInBoundsGEP1_64(S.i8, codes, uint64_t(in.index) * sizeof(MswCodeRef));
      LoadInst* addr = b.CreateLoad(S.i32, b.CreateConstInBoundsGEP1_64(S.i8, e, offsetof(MswCodeRef, addr)));
      LoadInst* id = b.CreateLoad(S.i64, b.CreateConstInBoundsGEP1_64(S.i8, e, offsetof(MswCodeRef, id)));
      for (LoadInst* l : {addr, id}) {
        l->setMetadata(LLVMContext::MD_tbaa, S.tbaaCtx);
        l->setMetadata(LLVMContext::MD_invariant_load, MDNode::get(C, {}));
      }
      push(makeHandle(addr, c32(0), c32(0), 5, id));
      return;
    }
    case Opcode::HandleNull: push(Constant::getNullValue(S.H)); return;
    case Opcode::HandleAdd: {
      Value* d = pop();
      Value* h = pop();
      push(b.CreateInsertValue(h, b.CreateAdd(b.CreateExtractValue(h, 1), d), 1));
      return;
    }
    case Opcode::HandleSlice: {
      Value* len = pop();
      spill(tmpA, pop());
      callSlow(SlowSlice, {ctx, tmpA, len, tmpB, c32(funcIndex), c32(pc)});
      push(reload(tmpB));
      return;
    }
    case Opcode::HandleGetAddr: {
      Value* h = pop();
      push(b.CreateAdd(b.CreateExtractValue(h, 0), b.CreateExtractValue(h, 1)));
      return;
    }
    case Opcode::HandleGetOffset: push(b.CreateExtractValue(pop(), 1)); return;
    case Opcode::HandleSetAddr: {
      Value* x = pop();
      Value* h = pop();
      push(b.CreateInsertValue(h, b.CreateSub(x, b.CreateExtractValue(h, 0)), 1));
      return;
    }
    case Opcode::HandleFromInt: {
      Value* x = pop();
      uint64_t origin = ((uint64_t(funcIndex) + 1) << 32) | pc;
      Value* inv = makeHandle(c32(0), x, c32(0), 1, c64(origin), 2 /* InvalidReason::FromInt */);
      push(b.CreateSelect(b.CreateICmpEQ(x, c32(0)), Constant::getNullValue(S.H), inv));
      return;
    }
    case Opcode::HandleEq:
    case Opcode::HandleLtU: {
      Value* hb = pop();
      Value* ha = pop();
      Value* aa = b.CreateAdd(b.CreateExtractValue(ha, 0), b.CreateExtractValue(ha, 1));
      Value* ab = b.CreateAdd(b.CreateExtractValue(hb, 0), b.CreateExtractValue(hb, 1));
      Value* r = op == Opcode::HandleEq ? b.CreateICmpEQ(aa, ab) : b.CreateICmpULT(aa, ab);
      push(b.CreateZExt(r, S.i32));
      return;
    }
    case Opcode::HandleIsNull: {
      Value* h = pop();
      Value* a = b.CreateAdd(b.CreateExtractValue(h, 0), b.CreateExtractValue(h, 1));
      Value* notAuth = b.CreateICmpULT(b.CreateExtractValue(h, 3), ConstantInt::get(S.i8, 2));
      push(b.CreateZExt(b.CreateAnd(b.CreateICmpEQ(a, c32(0)), notAuth), S.i32));
      return;
    }
    case Opcode::SegmentCopy: {
      Value* n = pop();
      spill(tmpB, pop());  // src
      spill(tmpA, pop());  // dst
      callSlow(SlowSegCopy, {ctx, tmpA, tmpB, n, c32(funcIndex), c32(pc)});
      return;
    }
    case Opcode::SegmentFill: {
      Value* n = pop();
      Value* v = pop();
      spill(tmpA, pop());
      callSlow(SlowSegFill, {ctx, tmpA, v, n, c32(funcIndex), c32(pc)});
      return;
    }
    default: emitNumeric(in); return;
  }
}

void FunctionTranslator::emitNumeric(const Instr& in) {
  const Opcode op = in.op;
  auto bin = [&](auto f) {
    Value* y = pop();
    Value* x = pop();
    push(f(x, y));
  };
  auto un = [&](auto f) { push(f(pop())); };
  auto cmp = [&](CmpInst::Predicate p) {
    bin([&](Value* x, Value* y) { return b.CreateZExt(b.CreateCmp(p, x, y), S.i32); });
  };
  auto shiftMask = [&](Value* y) {
    unsigned w = y->getType()->getIntegerBitWidth();
    return b.CreateAnd(y, ConstantInt::get(y->getType(), w - 1));
  };
  auto fbin = [&](auto f) { bin([&](Value* x, Value* y) { return canon(f(x, y)); }); };
  auto fun = [&](Intrinsic::ID id) {
    un([&](Value* x) { return canon(intrinsic(id, {x->getType()}, {x})); });
  };
  switch (op) {
    case Opcode::I32Eqz: un([&](Value* x) { return b.CreateZExt(b.CreateICmpEQ(x, c32(0)), S.i32); }); return;
    case Opcode::I64Eqz: un([&](Value* x) { return b.CreateZExt(b.CreateICmpEQ(x, c64(0)), S.i32); }); return;
    case Opcode::I32Eq: case Opcode::I64Eq: cmp(CmpInst::ICMP_EQ); return;
    case Opcode::I32Ne: case Opcode::I64Ne: cmp(CmpInst::ICMP_NE); return;
    case Opcode::I32LtS: case Opcode::I64LtS: cmp(CmpInst::ICMP_SLT); return;
    case Opcode::I32LtU: case Opcode::I64LtU: cmp(CmpInst::ICMP_ULT); return;
    case Opcode::I32GtS: case Opcode::I64GtS: cmp(CmpInst::ICMP_SGT); return;
    case Opcode::I32GtU: case Opcode::I64GtU: cmp(CmpInst::ICMP_UGT); return;
    case Opcode::I32LeS: case Opcode::I64LeS: cmp(CmpInst::ICMP_SLE); return;
    case Opcode::I32LeU: case Opcode::I64LeU: cmp(CmpInst::ICMP_ULE); return;
    case Opcode::I32GeS: case Opcode::I64GeS: cmp(CmpInst::ICMP_SGE); return;
    case Opcode::I32GeU: case Opcode::I64GeU: cmp(CmpInst::ICMP_UGE); return;
    case Opcode::F32Eq: case Opcode::F64Eq: cmp(CmpInst::FCMP_OEQ); return;
    case Opcode::F32Ne: case Opcode::F64Ne: cmp(CmpInst::FCMP_UNE); return;
    case Opcode::F32Lt: case Opcode::F64Lt: cmp(CmpInst::FCMP_OLT); return;
    case Opcode::F32Gt: case Opcode::F64Gt: cmp(CmpInst::FCMP_OGT); return;
    case Opcode::F32Le: case Opcode::F64Le: cmp(CmpInst::FCMP_OLE); return;
    case Opcode::F32Ge: case Opcode::F64Ge: cmp(CmpInst::FCMP_OGE); return;
    case Opcode::I32Clz: case Opcode::I64Clz:
      un([&](Value* x) { return intrinsic(Intrinsic::ctlz, {x->getType()}, {x, b.getFalse()}); });
      return;
    case Opcode::I32Ctz: case Opcode::I64Ctz:
      un([&](Value* x) { return intrinsic(Intrinsic::cttz, {x->getType()}, {x, b.getFalse()}); });
      return;
    case Opcode::I32Popcnt: case Opcode::I64Popcnt:
      un([&](Value* x) { return intrinsic(Intrinsic::ctpop, {x->getType()}, {x}); });
      return;
    case Opcode::I32Add: case Opcode::I64Add: bin([&](Value* x, Value* y) { return b.CreateAdd(x, y); }); return;
    case Opcode::I32Sub: case Opcode::I64Sub: bin([&](Value* x, Value* y) { return b.CreateSub(x, y); }); return;
    case Opcode::I32Mul: case Opcode::I64Mul: bin([&](Value* x, Value* y) { return b.CreateMul(x, y); }); return;
    case Opcode::I32DivS: case Opcode::I64DivS: bin([&](Value* x, Value* y) { return divCheck(x, y, true, false); }); return;
    case Opcode::I32DivU: case Opcode::I64DivU: bin([&](Value* x, Value* y) { return divCheck(x, y, false, false); }); return;
    case Opcode::I32RemS: case Opcode::I64RemS: bin([&](Value* x, Value* y) { return divCheck(x, y, true, true); }); return;
    case Opcode::I32RemU: case Opcode::I64RemU: bin([&](Value* x, Value* y) { return divCheck(x, y, false, true); }); return;
    case Opcode::I32And: case Opcode::I64And: bin([&](Value* x, Value* y) { return b.CreateAnd(x, y); }); return;
    case Opcode::I32Or: case Opcode::I64Or: bin([&](Value* x, Value* y) { return b.CreateOr(x, y); }); return;
    case Opcode::I32Xor: case Opcode::I64Xor: bin([&](Value* x, Value* y) { return b.CreateXor(x, y); }); return;
    case Opcode::I32Shl: case Opcode::I64Shl: bin([&](Value* x, Value* y) { return b.CreateShl(x, shiftMask(y)); }); return;
    case Opcode::I32ShrS: case Opcode::I64ShrS: bin([&](Value* x, Value* y) { return b.CreateAShr(x, shiftMask(y)); }); return;
    case Opcode::I32ShrU: case Opcode::I64ShrU: bin([&](Value* x, Value* y) { return b.CreateLShr(x, shiftMask(y)); }); return;
    case Opcode::I32Rotl: case Opcode::I64Rotl:
      bin([&](Value* x, Value* y) { return intrinsic(Intrinsic::fshl, {x->getType()}, {x, x, y}); });
      return;
    case Opcode::I32Rotr: case Opcode::I64Rotr:
      bin([&](Value* x, Value* y) { return intrinsic(Intrinsic::fshr, {x->getType()}, {x, x, y}); });
      return;
    case Opcode::F32Abs: case Opcode::F64Abs:
      un([&](Value* x) { return intrinsic(Intrinsic::fabs, {x->getType()}, {x}); });
      return;
    case Opcode::F32Neg: case Opcode::F64Neg: un([&](Value* x) { return b.CreateFNeg(x); }); return;
    case Opcode::F32Copysign: case Opcode::F64Copysign:
      bin([&](Value* x, Value* y) { return intrinsic(Intrinsic::copysign, {x->getType()}, {x, y}); });
      return;
    case Opcode::F32Ceil: case Opcode::F64Ceil: fun(Intrinsic::ceil); return;
    case Opcode::F32Floor: case Opcode::F64Floor: fun(Intrinsic::floor); return;
    case Opcode::F32Trunc: case Opcode::F64Trunc: fun(Intrinsic::trunc); return;
    case Opcode::F32Nearest: case Opcode::F64Nearest: fun(Intrinsic::roundeven); return;
    case Opcode::F32Sqrt: case Opcode::F64Sqrt: fun(Intrinsic::sqrt); return;
    case Opcode::F32Add: case Opcode::F64Add: fbin([&](Value* x, Value* y) { return b.CreateFAdd(x, y); }); return;
    case Opcode::F32Sub: case Opcode::F64Sub: fbin([&](Value* x, Value* y) { return b.CreateFSub(x, y); }); return;
    case Opcode::F32Mul: case Opcode::F64Mul: fbin([&](Value* x, Value* y) { return b.CreateFMul(x, y); }); return;
    case Opcode::F32Div: case Opcode::F64Div: fbin([&](Value* x, Value* y) { return b.CreateFDiv(x, y); }); return;
    case Opcode::F32Min: case Opcode::F64Min:
      fbin([&](Value* x, Value* y) { return intrinsic(Intrinsic::minimum, {x->getType()}, {x, y}); });
      return;
    case Opcode::F32Max: case Opcode::F64Max:
      fbin([&](Value* x, Value* y) { return intrinsic(Intrinsic::maximum, {x->getType()}, {x, y}); });
      return;
    case Opcode::I32WrapI64: un([&](Value* x) { return b.CreateTrunc(x, S.i32); }); return;
    case Opcode::I32TruncF32S: case Opcode::I32TruncF64S: un([&](Value* x) { return truncTrap(x, true, 32); }); return;
    case Opcode::I32TruncF32U: case Opcode::I32TruncF64U: un([&](Value* x) { return truncTrap(x, false, 32); }); return;
    case Opcode::I64TruncF32S: case Opcode::I64TruncF64S: un([&](Value* x) { return truncTrap(x, true, 64); }); return;
    case Opcode::I64TruncF32U: case Opcode::I64TruncF64U: un([&](Value* x) { return truncTrap(x, false, 64); }); return;
    case Opcode::I64ExtendI32S: un([&](Value* x) { return b.CreateSExt(x, S.i64); }); return;
    case Opcode::I64ExtendI32U: un([&](Value* x) { return b.CreateZExt(x, S.i64); }); return;
    case Opcode::F32ConvertI32S: case Opcode::F32ConvertI64S: un([&](Value* x) { return b.CreateSIToFP(x, S.f32); }); return;
    case Opcode::F32ConvertI32U: case Opcode::F32ConvertI64U: un([&](Value* x) { return b.CreateUIToFP(x, S.f32); }); return;
    case Opcode::F64ConvertI32S: case Opcode::F64ConvertI64S: un([&](Value* x) { return b.CreateSIToFP(x, S.f64); }); return;
    case Opcode::F64ConvertI32U: case Opcode::F64ConvertI64U: un([&](Value* x) { return b.CreateUIToFP(x, S.f64); }); return;
    case Opcode::F32DemoteF64: un([&](Value* x) { return canonF32(b.CreateFPTrunc(x, S.f32)); }); return;
    case Opcode::F64PromoteF32: un([&](Value* x) { return canonF64(b.CreateFPExt(x, S.f64)); }); return;
    case Opcode::I32ReinterpretF32: un([&](Value* x) { return b.CreateBitCast(x, S.i32); }); return;
    case Opcode::I64ReinterpretF64: un([&](Value* x) { return b.CreateBitCast(x, S.i64); }); return;
    case Opcode::F32ReinterpretI32: un([&](Value* x) { return b.CreateBitCast(x, S.f32); }); return;
    case Opcode::F64ReinterpretI64: un([&](Value* x) { return b.CreateBitCast(x, S.f64); }); return;
    case Opcode::I32Extend8S: un([&](Value* x) { return b.CreateSExt(b.CreateTrunc(x, S.i8), S.i32); }); return;
    case Opcode::I32Extend16S: un([&](Value* x) { return b.CreateSExt(b.CreateTrunc(x, b.getInt16Ty()), S.i32); }); return;
    case Opcode::I64Extend8S: un([&](Value* x) { return b.CreateSExt(b.CreateTrunc(x, S.i8), S.i64); }); return;
    case Opcode::I64Extend16S: un([&](Value* x) { return b.CreateSExt(b.CreateTrunc(x, b.getInt16Ty()), S.i64); }); return;
    case Opcode::I64Extend32S: un([&](Value* x) { return b.CreateSExt(b.CreateTrunc(x, S.i32), S.i64); }); return;
    case Opcode::I32TruncSatF32S: case Opcode::I32TruncSatF64S:
      un([&](Value* x) { return intrinsic(Intrinsic::fptosi_sat, {S.i32, x->getType()}, {x}); });
      return;
    case Opcode::I32TruncSatF32U: case Opcode::I32TruncSatF64U:
      un([&](Value* x) { return intrinsic(Intrinsic::fptoui_sat, {S.i32, x->getType()}, {x}); });
      return;
    case Opcode::I64TruncSatF32S: case Opcode::I64TruncSatF64S:
      un([&](Value* x) { return intrinsic(Intrinsic::fptosi_sat, {S.i64, x->getType()}, {x}); });
      return;
    case Opcode::I64TruncSatF32U: case Opcode::I64TruncSatF64U:
      un([&](Value* x) { return intrinsic(Intrinsic::fptoui_sat, {S.i64, x->getType()}, {x}); });
      return;
    default:
      // Validation rejects every other instruction; a module that reaches here still traps.
      trapNow(MSW_NT_UNSUPPORTED, c32(uint32_t(op)));
      enterDead();
      return;
  }
}

// Slot i of an MswSlot array: numbers in the bits (32-bit values zero-extended, floats as their
// bits), handles in the handle part, as the runtime keeps operand slots.
Value* loadSlot(ModuleState& S, IRBuilder<>& b, Value* slots, size_t i, ValType t) {
  Value* slot = b.CreateConstInBoundsGEP1_64(S.i8, slots, i * sizeof(MswSlot));
  if (t == ValType::Handle) return b.CreateLoad(S.H, b.CreateConstInBoundsGEP1_64(S.i8, slot, offsetof(MswSlot, h)));
  Type* ty = S.llType(t);
  Value* v = b.CreateLoad(IntegerType::get(S.C, ty->getPrimitiveSizeInBits()), slot);
  return ty->isFloatingPointTy() ? b.CreateBitCast(v, ty) : v;
}
void storeSlot(ModuleState& S, IRBuilder<>& b, Value* slots, size_t i, Value* v, ValType t) {
  Value* slot = b.CreateConstInBoundsGEP1_64(S.i8, slots, i * sizeof(MswSlot));
  if (t == ValType::Handle) {
    b.CreateStore(v, b.CreateConstInBoundsGEP1_64(S.i8, slot, offsetof(MswSlot, h)));
    return;
  }
  if (v->getType()->isFloatingPointTy())
    v = b.CreateBitCast(v, IntegerType::get(S.C, v->getType()->getPrimitiveSizeInBits()));
  b.CreateStore(b.CreateZExt(v, S.i64), slot);
}
// Returns `res` as the function's results: nothing, one value, or a struct of them.
void emitReturn(IRBuilder<>& b, llvm::Function* fn, const std::vector<Value*>& res) {
  if (res.empty()) {
    b.CreateRetVoid();
  } else if (res.size() == 1) {
    b.CreateRet(res[0]);
  } else {
    Value* agg = UndefValue::get(fn->getReturnType());
    for (unsigned i = 0; i < res.size(); ++i) agg = b.CreateInsertValue(agg, res[i], i);
    b.CreateRet(agg);
  }
}

// An import's native function: the guest signature, calling the runtime's host_call with the
// arguments in slots. The caller has already stored its pc in the shadow stack.
void emitImportWrapper(ModuleState& S, uint32_t idx) {
  llvm::Function* fn = S.funcs[idx];
  const FuncType& t = S.m.funcType(idx);
  IRBuilder<> b(BasicBlock::Create(S.C, "entry", fn));
  size_t nslots = std::max(t.params.size(), t.results.size());
  ArrayType* arr = ArrayType::get(Type::getInt8Ty(S.C), std::max<size_t>(1, nslots) * sizeof(MswSlot));
  AllocaInst* slots = b.CreateAlloca(arr);
  slots->setAlignment(Align(16));
  b.CreateMemSet(slots, b.getInt8(0), arr->getNumElements(), Align(16));
  Value* ctx = fn->getArg(0);
  for (size_t i = 0; i < t.params.size(); ++i) storeSlot(S, b, slots, i, fn->getArg(unsigned(i + 1)), t.params[i]);
  Value* table = b.CreateLoad(S.ptr, b.CreateConstInBoundsGEP1_64(S.i8, ctx, offsetof(MswNativeCtx, slow)));
  Value* hc = b.CreateLoad(S.ptr, b.CreateConstInBoundsGEP1_64(S.ptr, table, SlowHostCall));
  b.CreateCall(S.slowTypes[SlowHostCall], hc, {ctx, b.getInt32(idx), slots, b.getInt32(kNoSite), b.getInt32(0)});
  std::vector<Value*> res;
  for (size_t i = 0; i < t.results.size(); ++i) res.push_back(loadSlot(S, b, slots, i, t.results[i]));
  emitReturn(b, fn, res);
}

// The uniform entry point the runtime calls: arguments and results in slots.
llvm::Function* emitInvoker(ModuleState& S, uint32_t idx) {
  FunctionType* ity = FunctionType::get(Type::getVoidTy(S.C), {S.ptr, S.ptr, S.ptr}, false);
  llvm::Function* inv = llvm::Function::Create(ity, GlobalValue::InternalLinkage, "invoke" + std::to_string(idx), &S.M);
  inv->addFnAttr(Attribute::NoUnwind);
  const FuncType& t = S.m.funcType(idx);
  IRBuilder<> b(BasicBlock::Create(S.C, "entry", inv));
  Value* ctx = inv->getArg(0);
  std::vector<Value*> args{ctx};
  for (size_t i = 0; i < t.params.size(); ++i) args.push_back(loadSlot(S, b, inv->getArg(1), i, t.params[i]));
  CallInst* ci = b.CreateCall(S.funcs[idx]->getFunctionType(), S.funcs[idx], args);
  ci->setCallingConv(CallingConv::Fast);
  for (size_t i = 0; i < t.results.size(); ++i) {
    Value* v = t.results.size() == 1 ? static_cast<Value*>(ci) : b.CreateExtractValue(ci, unsigned(i));
    storeSlot(S, b, inv->getArg(2), i, v, t.results[i]);
  }
  b.CreateRetVoid();
  return inv;
}

}  // namespace

std::unique_ptr<llvm::Module> translate(const mswasm::Module& m, const TranslateOptions& opts,
                                        LLVMContext& C, std::string* error) {
  auto M = std::make_unique<llvm::Module>("mswasm", C);
  ModuleState S(m, opts, C, *M);
  for (const FuncType& t : m.types) S.typeFns.push_back(S.fnType(t));
  std::vector<bool> compileFast = compileFastFunctions(m);
  for (uint32_t i = 0; i < m.numFunctions(); ++i) {
    FunctionType* fty = S.fnType(m.funcType(i));
    llvm::Function* f = llvm::Function::Create(fty, GlobalValue::InternalLinkage, "f" + std::to_string(i), M.get());
    f->setCallingConv(CallingConv::Fast);
    f->addFnAttr(Attribute::NoUnwind);
    f->addFnAttr("frame-pointer", "none");
    if (compileFast[i]) f->addFnAttr(kCompileFastAttr);  // Compile.cpp: the short pipeline
    S.funcs.push_back(f);
  }
  for (uint32_t t = 0; t < m.types.size(); ++t) {
    uint32_t c = t;
    for (uint32_t u = 0; u < t; ++u)
      if (m.types[u] == m.types[t]) {
        c = u;
        break;
      }
    S.canonType.push_back(c);
  }
  {
    std::vector<Constant*> fp, ct;
    for (uint32_t i = 0; i < m.numFunctions(); ++i) {
      fp.push_back(S.funcs[i]);
      uint32_t ti = i < m.imports.size() ? m.imports[i].type : m.functions[i - m.imports.size()].type;
      ct.push_back(ConstantInt::get(S.i32, ti < S.canonType.size() ? S.canonType[ti] : UINT32_MAX));
    }
    if (fp.empty()) {
      fp.push_back(ConstantPointerNull::get(S.ptr));
      ct.push_back(ConstantInt::get(S.i32, UINT32_MAX));
    }
    ArrayType* fat = ArrayType::get(S.ptr, fp.size());
    S.funcTable = new GlobalVariable(*M, fat, true, GlobalValue::InternalLinkage, ConstantArray::get(fat, fp),
                                     "mswasm_funcs");
    ArrayType* cat = ArrayType::get(S.i32, ct.size());
    S.funcCanonTypes = new GlobalVariable(*M, cat, true, GlobalValue::InternalLinkage, ConstantArray::get(cat, ct),
                                          "mswasm_func_types");
  }
  for (uint32_t i = 0; i < m.imports.size(); ++i) emitImportWrapper(S, i);
  for (uint32_t i = uint32_t(m.imports.size()); i < m.numFunctions(); ++i) {
    FunctionTranslator ft(S, i);
    ft.run();
  }
  // Entry trampolines for exports and the start function.
  std::set<uint32_t> entries;
  for (const Export& e : m.exports)
    if (e.func < m.numFunctions()) entries.insert(e.func);
  if (m.start && *m.start < m.numFunctions()) entries.insert(*m.start);
  std::vector<Constant*> funcPtrs, invPtrs;
  for (uint32_t i = 0; i < m.numFunctions(); ++i) {
    funcPtrs.push_back(S.funcs[i]);
    invPtrs.push_back(entries.count(i) ? static_cast<Constant*>(emitInvoker(S, i))
                                       : ConstantPointerNull::get(S.ptr));
  }
  ArrayType* at = ArrayType::get(S.ptr, std::max<size_t>(1, funcPtrs.size()));
  if (funcPtrs.empty()) {
    funcPtrs.push_back(ConstantPointerNull::get(S.ptr));
    invPtrs.push_back(ConstantPointerNull::get(S.ptr));
  }
  GlobalVariable* funcTable = S.funcTable;
  auto* invTable = new GlobalVariable(*M, at, true, GlobalValue::InternalLinkage, ConstantArray::get(at, invPtrs),
                                      "mswasm_invokers");
  StructType* infoTy = StructType::get(C, {S.i32, S.i32, ArrayType::get(S.i64, 4), S.i32, S.i32, S.ptr, S.ptr});
  std::vector<Constant*> hash;
  for (uint64_t w : opts.moduleHash) hash.push_back(ConstantInt::get(S.i64, w));
  Constant* info = ConstantStruct::get(
      infoTy, {ConstantInt::get(S.i32, MSWASM_NATIVE_ABI_VERSION), ConstantInt::get(S.i32, opts.flags),
               ConstantArray::get(ArrayType::get(S.i64, 4), hash), ConstantInt::get(S.i32, m.numFunctions()),
               ConstantInt::get(S.i32, m.imports.size()), funcTable, invTable});
  auto* infoVar = new GlobalVariable(*M, infoTy, true, GlobalValue::ExternalLinkage, info, MSWASM_NATIVE_INFO_SYMBOL);
  infoVar->setVisibility(GlobalValue::DefaultVisibility);
  std::string verr;
  raw_string_ostream os(verr);
  if (verifyModule(*M, &os)) {
    *error = "native tier: internal error, invalid IR: " + os.str();
    return nullptr;
  }
  return M;
}

}  // namespace mswasm::native
