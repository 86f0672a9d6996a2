// Runs one cc1 invocation: diagnostics, our TargetInfo, then the frontend action per input.
// Mirrors the parts of CompilerInstance::ExecuteAction that matter for C, minus createTarget().
#include "mswasm/frontend/Frontend.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/FrontendTool/Utils.h"
#include "llvm/Support/raw_ostream.h"
#include "mswasm/frontend/TargetInfo.h"

namespace mswasm {

bool runFrontend(std::shared_ptr<clang::CompilerInvocation> invocation, const char* argv0) {
  clang::CompilerInstance ci;
  ci.setInvocation(std::move(invocation));
  ci.createDiagnostics();
  if (!ci.hasDiagnostics()) return false;

  auto targetOpts = std::make_shared<clang::TargetOptions>(ci.getTargetOpts());
  clang::TargetInfo* target = createTargetInfo(ci.getDiagnostics(), targetOpts);
  if (!target) return false;
  ci.setTarget(target);
  ci.getTarget().adjust(ci.getDiagnostics(), ci.getLangOpts());

  std::unique_ptr<clang::FrontendAction> action = clang::CreateFrontendAction(ci);
  if (!action) return false;
  for (const clang::FrontendInputFile& input : ci.getFrontendOpts().Inputs) {
    if (action->BeginSourceFile(ci, input)) {
      if (llvm::Error err = action->Execute()) {
        ci.getDiagnostics().Report(ci.getDiagnostics().getCustomDiagID(
            clang::DiagnosticsEngine::Error, "%0"))
            << llvm::toString(std::move(err));
      }
      action->EndSourceFile();
    }
  }
  ci.getDiagnostics().getClient()->finish();
  return !ci.getDiagnostics().hasErrorOccurred();
}

}  // namespace mswasm
