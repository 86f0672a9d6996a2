// optimizeModule: the bug-hunting transforms and provenance first, then LLVM's default module
// pipeline.
// Objects from mswasm-cc -c are unoptimised bitcode (Clang runs no passes), so all optimisation
// happens here, on the whole program, with a TargetLibraryInfo of our own: LLVM 19's library-call
// simplifier creates new calls (printf -> puts, strchr -> memchr, sprintf -> strcpy...) and
// string globals with address-space-0 pointer types, which is invalid IR for MSWasm's handles, so
// the functions it would introduce are marked unavailable. Vectorisers are off: no SIMD.
#include "mswasm/backend/Optimize.h"

#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/IPO/AlwaysInliner.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/IR/Dominators.h"
#include "llvm/Transforms/Utils/PromoteMemToReg.h"
#include "mswasm/backend/BugHunting.h"
#include "mswasm/backend/RebuildProvenance.h"
#include "PointerAtomics.h"

namespace mswasm {
namespace {

// mem2reg in one round, on the locals that are promotable in the code as written. LLVM's own
// PromotePass repeats until nothing changes: once `int *p = &x` is promoted, `x` looks promotable
// too and its lifetime markers vanish, hiding a use after its scope (`{ int x; p = &x; } *p`).
struct PromoteUnescapedLocals : llvm::PassInfoMixin<PromoteUnescapedLocals> {
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
    std::vector<llvm::AllocaInst*> promotable;
    for (llvm::Instruction& i : f.getEntryBlock())
      if (auto* ai = llvm::dyn_cast<llvm::AllocaInst>(&i); ai && llvm::isAllocaPromotable(ai)) promotable.push_back(ai);
    if (promotable.empty()) return llvm::PreservedAnalyses::all();
    llvm::PromoteMemToReg(promotable, fam.getResult<llvm::DominatorTreeAnalysis>(f),
                          &fam.getResult<llvm::AssumptionAnalysis>(f));
    llvm::PreservedAnalyses pa;
    pa.preserveSet<llvm::CFGAnalyses>();
    return pa;
  }
  static bool isRequired() { return true; }
};

const llvm::LibFunc kNotIntroduced[] = {
    llvm::LibFunc_puts,     llvm::LibFunc_fputc,    llvm::LibFunc_fputs,    llvm::LibFunc_fwrite,
    llvm::LibFunc_memchr,   llvm::LibFunc_memrchr,  llvm::LibFunc_strchr,   llvm::LibFunc_strrchr,
    llvm::LibFunc_strcpy,   llvm::LibFunc_stpcpy,   llvm::LibFunc_strncpy,  llvm::LibFunc_stpncpy,
    llvm::LibFunc_strcat,   llvm::LibFunc_strncat,  llvm::LibFunc_strlcpy,  llvm::LibFunc_strlcat,
    llvm::LibFunc_strdup,   llvm::LibFunc_strndup,  llvm::LibFunc_memcmp,   llvm::LibFunc_bcmp,
    llvm::LibFunc_memccpy,  llvm::LibFunc_mempcpy,  llvm::LibFunc_sprintf,  llvm::LibFunc_snprintf,
    llvm::LibFunc_vsprintf, llvm::LibFunc_vsnprintf, llvm::LibFunc_siprintf, llvm::LibFunc_fiprintf,
    llvm::LibFunc_iprintf,  llvm::LibFunc_small_printf, llvm::LibFunc_small_sprintf,
    llvm::LibFunc_small_fprintf, llvm::LibFunc_fputc_unlocked, llvm::LibFunc_fputs_unlocked,
    llvm::LibFunc_fwrite_unlocked, llvm::LibFunc_putchar_unlocked, llvm::LibFunc_strlen,
    llvm::LibFunc_strnlen, llvm::LibFunc_memset_pattern16, llvm::LibFunc_memset_pattern4,
    llvm::LibFunc_memset_pattern8};

}  // namespace

void optimizeModule(llvm::Module& m, unsigned level, bool size) {
  // The bug-hunting options work on the code as Clang wrote it (functions the linker marked).
  narrowFieldPointers(m);
  keepAccesses(m);
  // _Atomic(T *) as handles while Clang's i128 pattern is intact (before promotion and folding).
  backend::retypePointerAtomics(m);

  llvm::TargetLibraryInfoImpl tlii(llvm::Triple(m.getTargetTriple()));
  for (llvm::LibFunc f : kNotIntroduced) tlii.setUnavailable(f);

  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions pto;
  pto.LoopVectorization = false;
  pto.SLPVectorization = false;
  llvm::PassBuilder pb(nullptr, pto);
  fam.registerPass([&] { return llvm::TargetLibraryAnalysis(tlii); });
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);

  llvm::ModulePassManager mpm;
  // Locals whose address never escapes live in registers, even unoptimised: only direct loads
  // and stores touch them, so no access through them can go wrong, and a stack segment per
  // scalar local would make -O0 programs many times slower. Promoting them first also lets the
  // provenance pass follow `uintptr_t u = (uintptr_t)p; ...; (T *)u` through the variable
  // before the optimiser folds the arithmetic into constant expressions it cannot trace.
  mpm.addPass(llvm::createModuleToFunctionPassAdaptor(PromoteUnescapedLocals()));
  mpm.addPass(llvm::createModuleToFunctionPassAdaptor(RebuildProvenancePass()));
  if (level == 0) {
    mpm.addPass(llvm::AlwaysInlinerPass());
  } else {
    llvm::OptimizationLevel l = size ? llvm::OptimizationLevel::Os
                                : level == 1 ? llvm::OptimizationLevel::O1
                                : level == 2 ? llvm::OptimizationLevel::O2
                                             : llvm::OptimizationLevel::O3;
    mpm.addPass(pb.buildPerModuleDefaultPipeline(l));
  }
  mpm.run(m, mam);
}

}  // namespace mswasm
