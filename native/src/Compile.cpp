// From translated IR to a shared object: LLVM's O3 pipeline for the host CPU (its non-trivial
// loop unswitching is what lifts loop-invariant checks; docs/native-tier.md), no floating-point
// contraction (results must match the interpreter bit for bit), an object file from the host
// TargetMachine, and ld.lld linking it into a shared object with no undefined symbols (the code
// reaches the runtime only through the context's slow-path table).
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/InductiveRangeCheckElimination.h"
#include "llvm/Transforms/Scalar/LICM.h"
#include "llvm/Transforms/Scalar/SimpleLoopUnswitch.h"
#include "llvm/Transforms/InstCombine/InstCombine.h"
#include "llvm/Transforms/Scalar/LoopPassManager.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Mem2Reg.h"
#include "llvm/Transforms/Utils/ValueMapper.h"
#include "llvm/TargetParser/Host.h"
#include "mswasm/native/translate.h"
#include "LoopVersioning.h"

#ifndef MSWASM_LLD
#define MSWASM_LLD "ld.lld-19"
#endif

namespace mswasm::native {

using namespace llvm;

namespace {

// Functions up to kBigFunction LLVM instructions (after the clean-up) get the full pipeline;
// larger ones up to kHugeFunction get it too, smallest first, while their total stays within
// kBigBudget; the rest skip it (see optimise()). A hot function that inlined its helpers
// (a benchmark's run(), an interpreter's dispatch loop) is often a few thousand instructions.
constexpr size_t kBigFunction = 2500;
constexpr size_t kHugeFunction = 20000;
constexpr size_t kBigBudget = 30000;

std::unique_ptr<TargetMachine> hostMachine(std::string* error, CodeGenOptLevel cgl = CodeGenOptLevel::Aggressive) {
  InitializeNativeTarget();
  InitializeNativeTargetAsmPrinter();
  std::string triple = sys::getProcessTriple();
  std::string err;
  const Target* t = TargetRegistry::lookupTarget(triple, err);
  if (!t) {
    *error = "native tier: no LLVM target for " + triple + ": " + err;
    return nullptr;
  }
  StringMap<bool> features = sys::getHostCPUFeatures();
  std::string fs;
  for (auto& f : features) fs += (fs.empty() ? "" : ",") + std::string(f.second ? "+" : "-") + f.first().str();
  TargetOptions to;
  to.AllowFPOpFusion = FPOpFusion::Strict;  // no contraction: the interpreter never fuses
  auto tm = std::unique_ptr<TargetMachine>(t->createTargetMachine(triple, sys::getHostCPUName(), fs, to,
                                                                  llvm::Reloc::PIC_, std::nullopt, cgl));
  if (!tm) *error = "native tier: cannot create a target machine for " + triple;
  return tm;
}

void optimise(llvm::Module& M, TargetMachine& tm, int level) {
  LoopAnalysisManager lam;
  FunctionAnalysisManager fam;
  CGSCCAnalysisManager cgam;
  ModuleAnalysisManager mam;
  PipelineTuningOptions pto;
  pto.LoopUnrolling = true;
  pto.LoopVectorization = level >= 2;
  pto.SLPVectorization = level >= 2;
  // The standard instrumentations are what make the pass managers honour optnone.
  PassInstrumentationCallbacks pic;
  StandardInstrumentations si(M.getContext(), false);
  si.registerCallbacks(pic, &mam);
  PassBuilder pb(&tm, pto, std::nullopt, &pic);
  // Before the vectoriser: range-check elimination splits loops so that the main part has no
  // bounds test left, then the invariant part of each check (handle kind, id flags) is unswitched
  // out, leaving loops the vectoriser can take.
  if (level >= 2)
    pb.registerVectorizerStartEPCallback([](FunctionPassManager& fpm, OptimizationLevel) {
      if (!std::getenv("MSWASM_NATIVE_NO_LV")) fpm.addPass(VersionCheckedLoopsPass());
      fpm.addPass(IRCEPass());
      LoopPassManager lpm;
      lpm.addPass(LICMPass(LICMOptions()));
      lpm.addPass(SimpleLoopUnswitchPass(/*NonTrivial=*/true, /*Trivial=*/true));
      fpm.addPass(createFunctionToLoopPassAdaptor(std::move(lpm), /*UseMemorySSA=*/true));
      fpm.addPass(InstCombinePass());
      fpm.addPass(SimplifyCFGPass());
    });
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  // First a cheap, linear clean-up of every function (locals and block results to SSA, local
  // redundancy, trivial branches). Then functions still above kBigFunction instructions, beyond
  // the budget for large ones, are marked optnone: the full pipeline's superlinear passes (and
  // the register allocator at full strength) would take minutes on them (an -O0 test's main, a
  // large interpreter loop), so they keep this clean-up and get fast instruction selection. So
  // do the functions the module marks compile-fast (libc's printf and scanf cores, -Oz code):
  // they would otherwise be most of a small program's compile time. Everything else gets the
  // full pipeline.
  {
    FunctionPassManager light;
    light.addPass(PromotePass());
    light.addPass(EarlyCSEPass());
    light.addPass(SimplifyCFGPass());
    ModulePassManager pre;
    pre.addPass(createModuleToFunctionPassAdaptor(std::move(light)));
    pre.run(M, mam);
    size_t big = kBigFunction, budget = kBigBudget;
    if (const char* e = std::getenv("MSWASM_NATIVE_BIG")) big = size_t(std::atol(e));
    if (const char* e = std::getenv("MSWASM_NATIVE_BIG_BUDGET")) budget = size_t(std::atol(e));
    std::vector<std::pair<size_t, llvm::Function*>> large;
    std::map<const llvm::Function*, size_t> order;
    for (llvm::Function& f : M) order.emplace(&f, order.size());
    auto indexOf = [&](const llvm::Function* f) { return order.at(f); };
    auto shortPipeline = [](llvm::Function& f) {
      f.removeFnAttr(Attribute::AlwaysInline);
      f.addFnAttr(Attribute::NoInline);
      f.addFnAttr(Attribute::OptimizeNone);
    };
    for (llvm::Function& f : M) {
      if (f.isDeclaration()) continue;
      if (f.hasFnAttribute(kCompileFastAttr)) shortPipeline(f);
      else if (f.getInstructionCount() > big) large.emplace_back(f.getInstructionCount(), &f);
    }
    // Smallest first; ties keep module order (pairs compare the function pointer otherwise).
    std::sort(large.begin(), large.end(), [&](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : indexOf(a.second) < indexOf(b.second);
    });
    for (auto& [size, f] : large) {
      if (size <= kHugeFunction && size <= budget) {
        budget -= size;
        continue;
      }
      shortPipeline(*f);
    }
  }
  OptimizationLevel ol = level >= 3 ? OptimizationLevel::O3 : level == 2 ? OptimizationLevel::O2
                         : level == 1 ? OptimizationLevel::O1 : OptimizationLevel::O0;
  ModulePassManager mpm = level == 0 ? pb.buildO0DefaultPipeline(ol) : pb.buildPerModuleDefaultPipeline(ol);
  mpm.run(M, mam);
}

}  // namespace

namespace {

bool emitObject(llvm::Module& M, TargetMachine& tm, const std::string& path, std::string* error) {
  std::error_code ec;
  raw_fd_ostream os(path, ec, sys::fs::OF_None);
  if (ec) {
    *error = "cannot write '" + path + "': " + ec.message();
    return false;
  }
  legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, os, nullptr, CodeGenFileType::ObjectFile)) {
    *error = "native tier: the target cannot emit objects";
    return false;
  }
  pm.run(M);
  return true;
}

// Moves the optnone functions of M (big or compile-fast, see optimise()) into a module of their
// own, compiled with fast instruction selection and register allocation: the full-strength
// register allocator is superlinear on the big ones and slow on all of them. What the two
// modules share becomes hidden external symbols.
std::unique_ptr<llvm::Module> splitBigFunctions(llvm::Module& M) {
  std::vector<llvm::Function*> big;
  for (llvm::Function& f : M)
    if (!f.isDeclaration() && f.hasOptNone()) big.push_back(&f);
  if (big.empty()) return nullptr;
  // Everything a big function refers to, and the big functions themselves, is shared.
  auto share = [](GlobalValue* gv) {
    if (gv->hasLocalLinkage()) {
      gv->setLinkage(GlobalValue::ExternalLinkage);
      gv->setVisibility(GlobalValue::HiddenVisibility);
    }
  };
  std::set<const llvm::Function*> bigSet(big.begin(), big.end());
  for (llvm::Function* f : big) {
    share(f);
    for (BasicBlock& bb : *f)
      for (Instruction& in : bb)
        for (Value* op : in.operands())
          if (auto* gv = dyn_cast<GlobalValue>(op->stripPointerCasts())) share(gv);
  }
  ValueToValueMapTy vmap;
  std::unique_ptr<llvm::Module> B =
      CloneModule(M, vmap, [&](const GlobalValue* gv) { return isa<llvm::Function>(gv) && bigSet.count(cast<llvm::Function>(gv)); });
  // In the clone, only the big functions are definitions: drop the other globals' initialisers.
  for (GlobalVariable& g : B->globals())
    if (g.hasInitializer()) {
      g.setInitializer(nullptr);
      g.setLinkage(GlobalValue::ExternalLinkage);
      g.setVisibility(GlobalValue::HiddenVisibility);
    }
  std::vector<GlobalVariable*> unusedGlobals;
  for (GlobalVariable& g : B->globals())
    if (g.use_empty()) unusedGlobals.push_back(&g);
  for (GlobalVariable* g : unusedGlobals) g->eraseFromParent();
  for (llvm::Function* f : big) {
    f->deleteBody();
    f->setVisibility(GlobalValue::HiddenVisibility);
  }
  return B;
}

}  // namespace

bool compileToSharedObject(const mswasm::Module& m, const CompileOptions& opts, const std::string& soPath,
                           std::string* error) {
  // MSWASM_NATIVE_TIMING=1 prints the time of each phase on stderr.
  bool timing = std::getenv("MSWASM_NATIVE_TIMING") != nullptr;
  auto t0 = std::chrono::steady_clock::now();
  auto phase = [&](const char* what) {
    if (!timing) return;
    auto t1 = std::chrono::steady_clock::now();
    std::fprintf(stderr, "mswasm-native: %-10s %8.1f ms\n", what, std::chrono::duration<double, std::milli>(t1 - t0).count());
    t0 = t1;
  };
  LLVMContext C;
  std::unique_ptr<llvm::Module> M = translate(m, opts.translate, C, error);
  phase("translate");
  if (!M) return false;
  CodeGenOptLevel cgl = CodeGenOptLevel::Aggressive;
  if (const char* e = std::getenv("MSWASM_NATIVE_CGL")) cgl = CodeGenOptLevel(std::atoi(e));
  std::unique_ptr<TargetMachine> tm = hostMachine(error, cgl);
  if (!tm) return false;
  M->setDataLayout(tm->createDataLayout());
  M->setTargetTriple(tm->getTargetTriple().str());
  optimise(*M, *tm, opts.optLevel);
  phase("optimise");
  // The translator's IR is verified (translate()); so is the optimised module, since the
  // pipeline includes passes of our own (LoopVersioning.cpp): a broken module is an error here,
  // never code that runs.
  {
    std::string msg;
    raw_string_ostream os(msg);
    if (verifyModule(*M, &os)) {
      *error = "native tier: internal error: the optimised module does not verify: " + msg.substr(0, 500);
      return false;
    }
  }
  if (!opts.emitIR.empty()) {
    std::error_code ec;
    raw_fd_ostream os(opts.emitIR, ec, sys::fs::OF_Text);
    if (ec) {
      *error = "cannot write '" + opts.emitIR + "': " + ec.message();
      return false;
    }
    M->print(os, nullptr);
  }
  std::unique_ptr<llvm::Module> bigModule = splitBigFunctions(*M);
  // Temporary names carry the process id: concurrent compiles of one module into one cache must
  // not write each other's objects (the finished shared object is renamed into place).
  std::string tmpBase = soPath + "." + std::to_string(::getpid());
  std::vector<std::string> objects = {tmpBase + ".o.tmp"};
  if (!emitObject(*M, *tm, objects[0], error)) return false;
  if (bigModule) {
    std::unique_ptr<TargetMachine> fastTm = hostMachine(error, CodeGenOptLevel::None);
    if (!fastTm) return false;
    objects.push_back(tmpBase + ".big.o.tmp");
    if (!emitObject(*bigModule, *fastTm, objects[1], error)) {
      sys::fs::remove(objects[0]);
      return false;
    }
  }
  phase("codegen");
  std::string lld = MSWASM_LLD;
  if (const char* env = std::getenv("MSWASM_LLD")) lld = env;
  ErrorOr<std::string> lldPath = sys::findProgramByName(lld);
  auto removeObjects = [&] {
    for (const std::string& o : objects) sys::fs::remove(o);
  };
  if (!lldPath) {
    removeObjects();
    *error = "native tier: linker '" + lld + "' not found (install lld-19, or set MSWASM_LLD)";
    return false;
  }
  std::string tmpSo = soPath + ".tmp" + std::to_string(::getpid());
  std::vector<StringRef> args = {*lldPath, "-shared", "-z", "now", "-z", "noexecstack",
                                 "--hash-style=gnu", "-o", tmpSo};
  for (const std::string& o : objects) args.push_back(o);
  std::string msg;
  int rc = sys::ExecuteAndWait(*lldPath, args, std::nullopt, {}, 0, 0, &msg);
  removeObjects();
  phase("link");
  if (rc != 0) {
    sys::fs::remove(tmpSo);
    *error = "native tier: linking the shared object failed" + (msg.empty() ? "" : ": " + msg);
    return false;
  }
  if (std::error_code ec = sys::fs::rename(tmpSo, soPath)) {
    sys::fs::remove(tmpSo);
    *error = "cannot write '" + soPath + "': " + ec.message();
    return false;
  }
  return true;
}

}  // namespace mswasm::native
