// Internal interfaces of the code generator: the module-wide context (index spaces, types,
// diagnostics) and the per-function emitter. See FunctionEmitter.cpp and ControlFlow.cpp.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Operator.h"
#include "llvm/IR/Module.h"
#include "mswasm/module.h"

namespace mswasm::backend {

// The integer container width of an integer type: 32 for i1..i32, 64 for i33..i64, 0 otherwise.
inline unsigned containerBits(llvm::Type* t) {
  if (!t->isIntegerTy()) return 0;
  unsigned w = t->getIntegerBitWidth();
  return w <= 32 ? 32 : (w <= 64 ? 64 : 0);
}

// What the whole module's emission shares: index spaces, the type table and error reporting.
class ModuleContext {
 public:
  ModuleContext(llvm::Module& m, Module& out, std::vector<std::string>& errors)
      : llvm(m), out(out), dl(m.getDataLayout()), errors_(errors) {}

  llvm::Module& llvm;
  Module& out;
  const llvm::DataLayout& dl;
  llvm::DenseMap<const llvm::Function*, uint32_t> funcIndex;    // imports and definitions
  llvm::DenseMap<const llvm::GlobalVariable*, uint32_t> segIndex;

  // Index of the MSWasm function type equal to `t`, added when new.
  uint32_t typeIndex(const FuncType& t);
  // MSWasm value type of an LLVM first-class type; false when it has none.
  bool valType(llvm::Type* t, ValType& out) const;
  // The MSWasm signature of an LLVM function type; false (with an error) if untranslatable.
  bool signature(llvm::FunctionType* ft, FuncType& out, const llvm::Twine& where);

  void error(const llvm::Twine& msg) { errors_.push_back(msg.str()); }
  // "file:line:col: in function 'f': msg" (location from debug info when present).
  void error(const llvm::Instruction* at, const llvm::Twine& msg);
  bool failed() const { return !errors_.empty(); }

 private:
  std::map<std::pair<std::vector<ValType>, std::vector<ValType>>, uint32_t> typeMap_;
  std::vector<std::string>& errors_;
};

// Emits one function body (locals, instructions, source locations).
class FunctionEmitter {
 public:
  FunctionEmitter(ModuleContext& mc, llvm::Function& f, Function& out,
                  std::vector<std::pair<uint32_t, llvm::DebugLoc>>& locs)
      : mc_(mc), f_(f), out_(out), code_(out.body), locs_(locs) {}
  bool run();

 private:
  void foldLocalPairs();

 private:
  // ---- values (FunctionEmitter.cpp)
  uint32_t newLocal(ValType t);
  uint32_t localFor(const llvm::Value* v);        // the local holding an SSA value
  void pushValue(const llvm::Value* v);           // value on the operand stack
  void pushConstant(const llvm::Constant* c);
  void pushNormalized(const llvm::Value* v, bool sign);  // narrow ints with clean upper bits
  void normalizeTop(unsigned bits, bool wide, bool sign);
  void setResult(const llvm::Instruction& i);     // pops the top into i's local
  void emitInstruction(llvm::Instruction& i);
  void emitBinary(llvm::BinaryOperator& i);
  void emitICmp(llvm::ICmpInst& i);
  void emitFCmp(llvm::FCmpInst& i);
  void emitCast(llvm::CastInst& i);
  void emitLoad(llvm::LoadInst& i);
  void emitOddLoad(llvm::LoadInst& i);
  void emitOddStore(llvm::StoreInst& i);
  void emitStore(llvm::StoreInst& i);
  void emitAlloca(llvm::AllocaInst& i);
  void linkDynamicSegment(uint32_t data);
  void emitStackRestore(const llvm::Value* mark);
  void emitGEP(llvm::GetElementPtrInst& i);
  void pushGEPAddress(const llvm::GEPOperator& g);
  void emitCall(llvm::CallInst& i);
  bool emitIntrinsic(llvm::CallInst& i, llvm::Function& callee);
  bool emitBuiltin(llvm::CallInst& i, llvm::StringRef name);
  void emitEmptyAsm(llvm::CallInst& i);
  void emitSelect(llvm::SelectInst& i);
  void emitOverflowOp(llvm::CallInst& i, llvm::Intrinsic::ID id);
  void emitAtomicRMW(llvm::AtomicRMWInst& i);
  void emitCmpXchg(llvm::AtomicCmpXchgInst& i);
  // Typed access helpers: push-address-then-access for a value of LLVM type `t`.
  bool loadOp(llvm::Type* t, Opcode& op, uint32_t& bytes);
  bool storeOp(llvm::Type* t, Opcode& op, uint32_t& bytes);
  // Opcode for an integer/float operation chosen by the container type.
  Opcode pick(llvm::Type* t, Opcode i32, Opcode i64, Opcode f32, Opcode f64);
  // Address operand of a load/store: pushes the handle, returns the static offset to fold.
  uint32_t pushAddress(const llvm::Value* ptr);
  const llvm::Value* provenanceSource(const llvm::Value* intValue);

  // ---- structured control flow (ControlFlow.cpp)
  bool prepareCFG();
  void doTree(llvm::BasicBlock* x);
  void nodeWithin(llvm::BasicBlock* x, llvm::ArrayRef<llvm::BasicBlock*> merges);
  void doBranch(llvm::BasicBlock* from, llvm::BasicBlock* to);
  void emitBlockBody(llvm::BasicBlock* bb);
  void emitTerminator(llvm::BasicBlock* bb);
  void emitSwitch(llvm::SwitchInst& sw);
  void emitPhiCopies(llvm::BasicBlock* from, llvm::BasicBlock* to);
  uint32_t labelDepth(int kind, llvm::BasicBlock* target) const;
  bool isMergeNode(llvm::BasicBlock* b) const { return forwardInEdges_.lookup(b) >= 2; }

  void emit(Opcode op) { Instr i; i.op = op; emit(i); }
  void emit(const Instr& i);
  void emitIndex(Opcode op, uint32_t index) { Instr i; i.op = op; i.index = index; emit(i); }
  void emitI32(int32_t v);
  void emitI64(int64_t v);

  ModuleContext& mc_;
  llvm::Function& f_;
  Function& out_;
  std::vector<Instr>& code_;
  std::vector<std::pair<uint32_t, llvm::DebugLoc>>& locs_;
  llvm::DebugLoc currentLoc_;
  const llvm::Instruction* currentInst_ = nullptr;

  llvm::DenseMap<const llvm::Value*, uint32_t> locals_;
  // Two-element results ({iN, i1} of *.with.overflow and cmpxchg): the locals of each part.
  llvm::DenseMap<const llvm::Value*, std::pair<uint32_t, uint32_t>> pairLocals_;
  uint32_t numParams_ = 0;
  // Functions with llvm.stackrestore: the chain of their dynamic stack segments (VLAs, alloca()),
  // newest first. Each link is a 32-byte stack segment {segment, next link}; chainLocal_ holds
  // the newest link (null when there is none) and is what llvm.stacksave returns.
  static constexpr uint32_t kNoLocal = ~0u;
  uint32_t chainLocal_ = kNoLocal, linkScratch_ = kNoLocal;

  llvm::DominatorTree dt_;
  llvm::DenseMap<const llvm::BasicBlock*, unsigned> rpo_;
  llvm::DenseMap<const llvm::BasicBlock*, unsigned> forwardInEdges_;
  llvm::DenseMap<const llvm::BasicBlock*, bool> loopHeader_;
  enum CtxKind { kLoop, kBlockFollowedBy, kIf };
  struct Ctx { CtxKind kind; llvm::BasicBlock* bb; };
  std::vector<Ctx> ctx_;
};

}  // namespace mswasm::backend
