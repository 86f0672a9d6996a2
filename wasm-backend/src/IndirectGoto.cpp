// Computed goto (GNU C `&&label`, `goto *p`): LLVM's blockaddress constants and indirectbr
// instructions become integers and switches, which the emitter takes.
//
// Label addresses: every block whose address is taken gets an address K, unique in the whole
// module, a multiple of 16, consecutive multiples within each function (16, 32, ... in function
// order). Each `blockaddress(@f, %bb)` becomes `inttoptr (i32 K)`: a handle without authority
// whose address is K (docs/spec.md, handle.from_int), so a label address can be stored, copied,
// compared and put in a static dispatch table (its 16 bytes hold K, untagged), and `ptrtoint`
// gives K back. The first 4095 labels are below 0x10000, where no segment or code address lies,
// so a label address never equals a data or function pointer; dereferencing one traps
// `pointer-built-from-data`.
// Constant expressions and global initialisers that held a blockaddress are folded again
// (`&&a - &&b` becomes an integer constant).
//
// Dispatch: all the indirectbr instructions of a function branch to one new block, which
// switches on the address (`ptrtoint`), rotated so that the function's labels are 0..N-1, over
// the destinations (a br_table). When every address is loaded from one constant table of labels
// (`goto *table[op]`, the threaded interpreter), it switches on the table index instead. Its default, an
// address that is not a label of this function (undefined behaviour: a label of another function,
// a corrupted table), calls __mswasm_computed_goto_to_a_non_label, whose body is `unreachable`,
// so the engine stops with an `unreachable` trap whose report names that function, called from
// the `goto *` line, instead of jumping anywhere. Phis of the destinations that took values
// from an indirectbr's block take them through phis of the dispatch block. One dispatch block
// per function keeps the control flow reducible (it is the header of the interpreter loop).
#include "IndirectGoto.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/Local.h"

namespace mswasm::backend {
namespace {

// Label addresses are multiples of 16 (as code addresses are), so that an address moved off a
// label (a corrupted table entry) is none; they stay below 0x10000, where no segment or
// function lies, for the first 4095 labels of the program.
constexpr uint32_t kLabelStride = 16;

// Records the instructions and global variables whose operands (through constant expressions
// and aggregates) include `c`.
void collectConstantUsers(llvm::Constant* c, llvm::SmallPtrSetImpl<llvm::Instruction*>& insts,
                          llvm::SmallPtrSetImpl<llvm::GlobalVariable*>& globals,
                          llvm::SmallPtrSetImpl<llvm::Constant*>& seen) {
  if (!seen.insert(c).second) return;
  for (llvm::User* u : c->users()) {
    if (auto* i = llvm::dyn_cast<llvm::Instruction>(u)) insts.insert(i);
    else if (auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(u)) globals.insert(gv);
    else if (auto* uc = llvm::dyn_cast<llvm::Constant>(u); uc && !llvm::isa<llvm::GlobalValue>(uc))
      collectConstantUsers(uc, insts, globals, seen);
  }
}

// Folds a constant that held a label address (ptrtoint of inttoptr, differences of labels).
llvm::Constant* refold(llvm::Constant* c, const llvm::DataLayout& dl) {
  if (llvm::isa<llvm::ConstantExpr>(c) || llvm::isa<llvm::ConstantAggregate>(c))
    if (llvm::Constant* folded = llvm::ConstantFoldConstant(c, dl)) return folded;
  return c;
}

// The default of every dispatch calls this function, whose body is `unreachable`: the engine's
// report then names it as the frame that trapped, above the `goto *` line.
llvm::Function* notALabelTrap(llvm::Module& m) {
  static constexpr const char* kName = "__mswasm_computed_goto_to_a_non_label";
  if (llvm::Function* f = m.getFunction(kName)) return f;
  llvm::LLVMContext& ctx = m.getContext();
  auto* fty = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), false);
  auto* f = llvm::Function::Create(fty, llvm::GlobalValue::InternalLinkage, m.getDataLayout().getProgramAddressSpace(), kName, &m);
  f->setDoesNotReturn();
  f->addFnAttr(llvm::Attribute::NoInline);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", f));
  b.CreateUnreachable();
  return f;
}

// If `v` is a load of element `index` of a constant table of label addresses
// (`goto *table[op]` with `static const void *const table[]`), returns the table's initialiser
// and sets `index`.
const llvm::ConstantArray* tableLoad(llvm::Value* v, llvm::Value*& index) {
  auto* ld = llvm::dyn_cast<llvm::LoadInst>(v);
  if (!ld || !ld->isSimple()) return nullptr;
  auto* gep = llvm::dyn_cast<llvm::GEPOperator>(ld->getPointerOperand());
  if (!gep) return nullptr;
  auto* gv = llvm::dyn_cast<llvm::GlobalVariable>(gep->getPointerOperand());
  if (!gv || !gv->isConstant() || !gv->hasDefinitiveInitializer()) return nullptr;
  auto* table = llvm::dyn_cast<llvm::ConstantArray>(gv->getInitializer());
  if (!table || !table->getType()->getElementType()->isPointerTy()) return nullptr;
  llvm::Type* source = gep->getSourceElementType();
  if (source == table->getType() && gep->getNumIndices() == 2) {
    auto* first = llvm::dyn_cast<llvm::ConstantInt>(gep->getOperand(1));
    if (!first || !first->isZero()) return nullptr;
    index = gep->getOperand(2);
  } else if (source == table->getType()->getElementType() && gep->getNumIndices() == 1) {
    index = gep->getOperand(1);
  } else {
    return nullptr;
  }
  if (!index->getType()->isIntegerTy() || index->getType()->getIntegerBitWidth() > 64) return nullptr;
  return table;
}

// The label address an element of a table holds (after lowerComputedGoto replaced the
// blockaddress constants), or 0.
uint32_t tableEntry(const llvm::ConstantArray* table, unsigned i) {
  auto* ce = llvm::dyn_cast<llvm::ConstantExpr>(table->getOperand(i));
  if (!ce || ce->getOpcode() != llvm::Instruction::IntToPtr) return 0;
  auto* ci = llvm::dyn_cast<llvm::ConstantInt>(ce->getOperand(0));
  return ci && ci->getValue().getActiveBits() <= 32 ? uint32_t(ci->getZExtValue()) : 0;
}

void lowerIndirectBranches(llvm::Function& f, const std::map<const llvm::BasicBlock*, uint32_t>& labelAddress) {
  std::vector<llvm::IndirectBrInst*> branches;
  for (llvm::BasicBlock& bb : f)
    if (auto* ib = llvm::dyn_cast<llvm::IndirectBrInst>(bb.getTerminator())) branches.push_back(ib);
  if (branches.empty()) return;
  llvm::LLVMContext& ctx = f.getContext();
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx);

  // Destinations in first-seen order; blocks of the indirect branches.
  std::vector<llvm::BasicBlock*> dests;
  llvm::SmallPtrSet<llvm::BasicBlock*, 32> destSet;
  std::vector<llvm::BasicBlock*> sources;
  llvm::SmallPtrSet<llvm::BasicBlock*, 8> sourceSet;
  for (llvm::IndirectBrInst* ib : branches) {
    sources.push_back(ib->getParent());
    sourceSet.insert(ib->getParent());
    for (llvm::BasicBlock* d : ib->successors())
      if (destSet.insert(d).second) dests.push_back(d);
  }

  llvm::Function* notALabel = notALabelTrap(*f.getParent());
  // The trap's location: the `goto *` statement. Clang makes each of them a branch to one block
  // holding a phi and the indirectbr (whose own location is arbitrary); the first such branch
  // is taken (every goto of the function shares one dispatch).
  llvm::DebugLoc loc = branches.front()->getDebugLoc();
  for (llvm::IndirectBrInst* ib : branches) {
    llvm::BasicBlock* bb = ib->getParent();
    if (&*bb->getFirstNonPHIOrDbg() != ib) {
      loc = ib->getDebugLoc();
      break;
    }
    bool found = false;
    for (llvm::BasicBlock* pred : llvm::predecessors(bb))
      if (llvm::DebugLoc l = pred->getTerminator()->getDebugLoc()) {
        loc = l;
        found = true;
        break;
      }
    if (found) break;
  }
  auto* dispatch = llvm::BasicBlock::Create(ctx, "indirectgoto.dispatch", &f);
  auto* invalid = llvm::BasicBlock::Create(ctx, "indirectgoto.not_a_label", &f);
  {
    llvm::IRBuilder<> b(invalid);
    b.SetCurrentDebugLocation(loc);
    b.CreateCall(notALabel);
    b.CreateUnreachable();
  }
  llvm::IRBuilder<> b(dispatch);
  b.SetCurrentDebugLocation(loc);

  // Jump tables: when every address is a load from one constant table of labels (directly or
  // through a phi of the indirectbr's block, as Clang writes `goto *table[op]`), the dispatch
  // switches on the index instead, saving the load of a handle per jump (the interpreter case).
  // An index outside the table (undefined behaviour) goes to the trap.
  const llvm::ConstantArray* table = nullptr;
  std::vector<llvm::Value*> indices;  // per branch: the index, or a phi of the indices
  for (llvm::IndirectBrInst* ib : branches) {
    llvm::Value* a = ib->getAddress();
    std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> leaves;
    auto* phi = llvm::dyn_cast<llvm::PHINode>(a);
    if (phi && phi->getParent() == ib->getParent() && phi->hasOneUse()) {
      for (unsigned k = 0; k < phi->getNumIncomingValues(); ++k) leaves.push_back({phi->getIncomingValue(k), phi->getIncomingBlock(k)});
    } else {
      leaves.push_back({a, nullptr});
    }
    bool ok = true;
    for (auto& [leaf, from] : leaves) {
      llvm::Value* index = nullptr;
      const llvm::ConstantArray* t = tableLoad(leaf, index);
      if (!t || (table && t != table)) ok = false;
      else table = t;
    }
    if (!ok) {
      table = nullptr;
      break;
    }
  }
  llvm::Value* key = nullptr;
  std::vector<std::pair<uint32_t, llvm::BasicBlock*>> cases;
  if (table && table->getNumOperands() <= 65536) {
    auto asIndex = [&](llvm::Value* leaf) {
      llvm::Value* index = nullptr;
      tableLoad(leaf, index);
      llvm::IRBuilder<> at(llvm::cast<llvm::Instruction>(leaf));
      return at.CreateZExtOrTrunc(index, i32, "label.table.index");
    };
    llvm::PHINode* keyPhi = b.CreatePHI(i32, unsigned(branches.size()), "indirectgoto.index");
    for (llvm::IndirectBrInst* ib : branches) {
      llvm::Value* k;
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(ib->getAddress()); phi && phi->getParent() == ib->getParent()) {
        llvm::IRBuilder<> pb(phi);
        llvm::PHINode* idx = pb.CreatePHI(i32, phi->getNumIncomingValues(), "label.table.index");
        for (unsigned j = 0; j < phi->getNumIncomingValues(); ++j)
          idx->addIncoming(asIndex(phi->getIncomingValue(j)), phi->getIncomingBlock(j));
        k = idx;
      } else {
        k = asIndex(ib->getAddress());
      }
      keyPhi->addIncoming(k, ib->getParent());
    }
    key = keyPhi;
    std::map<uint32_t, llvm::BasicBlock*> byAddress;
    for (auto& [bb, address] : labelAddress)
      if (destSet.count(const_cast<llvm::BasicBlock*>(bb))) byAddress[address] = const_cast<llvm::BasicBlock*>(bb);
    for (unsigned i = 0; i < table->getNumOperands(); ++i)
      if (auto it = byAddress.find(tableEntry(table, i)); it != byAddress.end()) cases.push_back({i, it->second});
  } else {
    // The switch is on rotr(address - lowest, 4): the labels of the function (consecutive
    // multiples of 16) give 0, 1, 2, ... (a br_table), and any address that is not a multiple
    // of 16 apart from them gives a large index (the default). Destinations whose address is
    // never taken cannot be reached (no pointer equals them).
    llvm::PHINode* addr = b.CreatePHI(i32, unsigned(branches.size()), "indirectgoto.addr");
    for (llvm::IndirectBrInst* ib : branches) {
      llvm::IRBuilder<> at(ib);
      llvm::Value* k = at.CreatePtrToInt(ib->getAddress(), i32, "label.address");
      if (auto* ki = llvm::dyn_cast<llvm::Instruction>(k)) ki->setDebugLoc(ib->getDebugLoc());
      addr->addIncoming(k, ib->getParent());
    }
    uint32_t lowest = UINT32_MAX;
    for (llvm::BasicBlock* d : dests)
      if (auto it = labelAddress.find(d); it != labelAddress.end()) lowest = std::min(lowest, it->second);
    llvm::Value* offset = b.CreateSub(addr, b.getInt32(lowest == UINT32_MAX ? 0 : lowest), "label.offset");
    key = b.CreateIntrinsic(llvm::Intrinsic::fshr, {i32}, {offset, offset, b.getInt32(4)}, nullptr, "label.index");
    static_assert(kLabelStride == 16, "the rotation amount is log2(kLabelStride)");
    for (llvm::BasicBlock* d : dests)
      if (auto it = labelAddress.find(d); it != labelAddress.end()) cases.push_back({(it->second - lowest) / kLabelStride, d});
  }

  // Phis of the destinations: the values they took from the branches' blocks now come from the
  // dispatch block (through a phi of it when there are several such blocks), once per case
  // leading there (a phi has one entry per edge).
  std::map<llvm::BasicBlock*, unsigned> edges;
  for (auto& [value, d] : cases) edges[d]++;
  for (llvm::BasicBlock* d : dests) {
    for (llvm::PHINode& phi : d->phis()) {
      llvm::Value* in = nullptr;
      if (edges[d] == 0) {
      } else if (sources.size() == 1) {
        in = phi.getIncomingValueForBlock(sources.front());
      } else {
        llvm::IRBuilder<> pb(dispatch, dispatch->getFirstNonPHIIt());
        llvm::PHINode* through = pb.CreatePHI(phi.getType(), unsigned(sources.size()), phi.getName() + ".via.dispatch");
        for (llvm::BasicBlock* s : sources) {
          int idx = phi.getBasicBlockIndex(s);
          through->addIncoming(idx >= 0 ? phi.getIncomingValue(unsigned(idx)) : llvm::PoisonValue::get(phi.getType()), s);
        }
        in = through;
      }
      phi.removeIncomingValueIf([&](unsigned k) { return sourceSet.count(phi.getIncomingBlock(k)) != 0; },
                                /*DeletePHIIfEmpty=*/false);
      for (unsigned e = 0; e < edges[d]; ++e) phi.addIncoming(in, dispatch);
    }
  }
  llvm::SwitchInst* sw = b.CreateSwitch(key, invalid, unsigned(cases.size()));
  for (auto& [value, d] : cases) sw->addCase(b.getInt32(value), d);
  for (llvm::IndirectBrInst* ib : branches) {
    llvm::BranchInst* br = llvm::BranchInst::Create(dispatch, ib->getIterator());
    br->setDebugLoc(ib->getDebugLoc());
    llvm::Value* address = ib->getAddress();
    ib->eraseFromParent();
    llvm::RecursivelyDeleteTriviallyDeadInstructions(address);  // the table loads, when unused
  }
}

}  // namespace

bool lowerComputedGoto(llvm::Module& m, std::vector<std::string>& errors) {
  const llvm::DataLayout& dl = m.getDataLayout();
  llvm::Type* i32 = llvm::Type::getInt32Ty(m.getContext());
  // Give the address-taken blocks their addresses; replace every blockaddress by its address.
  std::map<const llvm::BasicBlock*, uint32_t> labelAddress;
  uint32_t next = 1;
  llvm::SmallPtrSet<llvm::Instruction*, 32> insts;
  llvm::SmallPtrSet<llvm::GlobalVariable*, 8> globals;
  std::vector<std::pair<llvm::BlockAddress*, llvm::Constant*>> replacements;
  for (llvm::Function& f : m) {
    for (llvm::BasicBlock& bb : f) {
      if (!bb.hasAddressTaken()) continue;
      llvm::BlockAddress* ba = llvm::BlockAddress::lookup(&bb);
      if (!ba) continue;
      if (next > (UINT32_MAX - kLabelStride) / kLabelStride) {
        errors.push_back("too many labels have their address taken (&&label) in the program");
        return false;
      }
      uint32_t address = next * kLabelStride;
      labelAddress[&bb] = address;
      llvm::SmallPtrSet<llvm::Constant*, 16> seen;
      collectConstantUsers(ba, insts, globals, seen);
      replacements.push_back({ba, llvm::ConstantExpr::getIntToPtr(llvm::ConstantInt::get(i32, address), ba->getType())});
      ++next;
    }
  }
  for (auto& [ba, repl] : replacements) {
    ba->replaceAllUsesWith(repl);
    ba->destroyConstant();
  }
  // Fold what held a label address: a ptrtoint of one is its address again.
  for (llvm::GlobalVariable* gv : globals)
    if (gv->hasInitializer()) gv->setInitializer(refold(gv->getInitializer(), dl));
  for (llvm::Instruction* i : insts)
    for (llvm::Use& u : i->operands())
      if (auto* c = llvm::dyn_cast<llvm::Constant>(u.get()); c && !llvm::isa<llvm::GlobalValue>(c)) {
        llvm::Constant* folded = refold(c, dl);
        if (folded != c) u.set(folded);
      }
  std::vector<llvm::Function*> functions;
  for (llvm::Function& f : m)
    if (!f.isDeclaration()) functions.push_back(&f);
  for (llvm::Function* f : functions) lowerIndirectBranches(*f, labelAddress);
  return true;
}

}  // namespace mswasm::backend
