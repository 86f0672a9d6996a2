// The MSWasm clang::TargetInfo: type sizes, data layout, address spaces and predefined macros.
// Written against the public TargetInfo interface (Clang's own WebAssembly target class is not
// installed). TargetInfo::TargetOpts is private and only CreateTargetInfo sets it; we reach it
// with the explicit-instantiation access idiom, which the standard allows ([temp.spec]/6).
#include "mswasm/frontend/TargetInfo.h"

#include "clang/Basic/AddressSpaces.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/MacroBuilder.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/TargetOptions.h"
#include "llvm/ADT/APFloat.h"

namespace mswasm_private {

// Access to the private TargetInfo::TargetOpts member: an explicit instantiation may name a
// private member, and the friend function it defines hands the member pointer out.
using TargetOptsPtr = std::shared_ptr<clang::TargetOptions> clang::TargetInfo::*;
TargetOptsPtr targetOptsMember();
template <TargetOptsPtr Member>
struct TargetOptsAccess {
  friend TargetOptsPtr targetOptsMember() { return Member; }
};
template struct TargetOptsAccess<&clang::TargetInfo::TargetOpts>;

}  // namespace mswasm_private

namespace mswasm {
namespace {

// Every language address space maps to the handle address space.
struct AddrSpaceMapHolder {
  clang::LangASMap map;
  AddrSpaceMapHolder() {
    for (auto& as : map) as = kHandleAddressSpace;
  }
};
const AddrSpaceMapHolder kAddrSpaceMap;

class MSWasmTargetInfo final : public clang::TargetInfo {
 public:
  explicit MSWasmTargetInfo(const llvm::Triple& triple) : TargetInfo(triple) {
    BigEndian = false;
    PointerWidth = PointerAlign = 128;
    IntWidth = IntAlign = 32;
    LongWidth = LongAlign = 32;
    LongLongWidth = LongLongAlign = 64;
    SuitableAlign = 128;
    LargeArrayMinWidth = LargeArrayAlign = 128;
    // long double is IEEE double (documented in docs/compiler.md): no fp128 runtime routines.
    LongDoubleWidth = LongDoubleAlign = 64;
    LongDoubleFormat = &llvm::APFloat::IEEEdouble();
    HasFloat128 = false;
    SizeType = UnsignedLong;
    PtrDiffType = SignedLong;
    IntPtrType = SignedLong;
    IntMaxType = SignedLongLong;
    Int64Type = SignedLongLong;
    SigAtomicType = SignedLong;
    WCharType = SignedInt;
    WIntType = SignedInt;
    Char16Type = UnsignedShort;
    Char32Type = UnsignedInt;
    // _Atomic(void*) and anything over 64 bits go through the __atomic_* library calls.
    MaxAtomicPromoteWidth = MaxAtomicInlineWidth = 64;
    AddrSpaceMap = &kAddrSpaceMap.map;
    UseAddrSpaceMapMangling = false;
    HasBuiltinMSVaList = false;
    HasStrictFP = false;
    resetDataLayout(kDataLayout);
  }

  // Clang computes ptrdiff arithmetic at this width; 32 keeps it in i32 (ARCHITECTURE.md).
  uint64_t getMaxPointerWidth() const override { return 32; }

  void getTargetDefines(const clang::LangOptions& opts, clang::MacroBuilder& b) const override {
    b.defineMacro("__mswasm__");
    b.defineMacro("__wasm__");
    b.defineMacro("__wasm32__");
    b.defineMacro("__wasm");
    b.defineMacro("__MSWASM_HANDLE_SIZE__", "16");
  }

  llvm::ArrayRef<clang::Builtin::Info> getTargetBuiltins() const override { return {}; }
  BuiltinVaListKind getBuiltinVaListKind() const override { return CharPtrBuiltinVaList; }
  llvm::ArrayRef<const char*> getGCCRegNames() const override { return {}; }
  llvm::ArrayRef<GCCRegAlias> getGCCRegAliases() const override { return {}; }
  // No register constraints exist: inline assembly is rejected by the frontend's checks.
  bool validateAsmConstraint(const char*&, ConstraintInfo&) const override { return false; }
  std::string_view getClobbers() const override { return ""; }
  bool hasProtectedVisibility() const override { return false; }
  bool hasBitIntType() const override { return true; }
  CallingConvCheckResult checkCallingConvention(clang::CallingConv cc) const override {
    return cc == clang::CC_C ? CCCR_OK : CCCR_Warning;
  }
};

}  // namespace

clang::TargetInfo* createTargetInfo(clang::DiagnosticsEngine& diags,
                                    const std::shared_ptr<clang::TargetOptions>& opts) {
  llvm::Triple triple(opts->Triple);
  if (triple.getArch() != llvm::Triple::wasm32) {
    diags.Report(diags.getCustomDiagID(clang::DiagnosticsEngine::Error,
                                       "MSWasm needs the wasm32 triple, not '%0'"))
        << opts->Triple;
    return nullptr;
  }
  auto* target = new MSWasmTargetInfo(triple);
  target->*mswasm_private::targetOptsMember() = opts;
  return target;
}

}  // namespace mswasm
