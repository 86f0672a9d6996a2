// MSWasm frontend checks, run as an AST consumer placed before Clang's code generator: a
// RecursiveASTVisitor walks the translation unit and reports constructs MSWasm cannot compile.
//  - inline assembly (statement or file scope): there is no machine to run it on; an empty
//    asm statement (a compiler barrier) is allowed when each output is tied to an input;
//  - a pointer stored at an offset or in a record alignment that is not a multiple of 8
//    (packed structs, #pragma pack below 8): handles are 16 bytes, 16-aligned in our ABI, and
//    the engine accepts them at any multiple of 8 (docs/spec.md, "Granules and tags"), so
//    `#pragma pack(8)` is fine.
#include "mswasm/frontend/Checks.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecordLayout.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/CompilerInstance.h"

namespace mswasm {
namespace {

class ChecksVisitor : public clang::RecursiveASTVisitor<ChecksVisitor> {
 public:
  ChecksVisitor(clang::ASTContext& ctx, clang::DiagnosticsEngine& diags) : ctx_(ctx), diags_(diags) {}

  bool VisitGCCAsmStmt(clang::GCCAsmStmt* s) {
    // An empty asm is a compiler barrier (asm volatile("" ::: "memory"), or hiding a value from
    // the optimiser with "+r"/"0" operands): it executes nothing, so MSWasm keeps its meaning.
    if (!s->getAsmString()->getString().trim().empty()) {
      error(s->getAsmLoc(), "inline assembly is not supported by MSWasm");
      return true;
    }
    for (unsigned i = 0; i < s->getNumOutputs(); ++i) {
      bool tied = s->getOutputConstraint(i).starts_with("+");
      for (unsigned k = 0; k < s->getNumInputs() && !tied; ++k)
        tied = s->getInputConstraint(k) == std::to_string(i);
      if (!tied) {
        error(s->getAsmLoc(), "empty inline assembly with an output operand not tied to an input "
                              "is not supported by MSWasm (its value would be undefined)");
        return true;
      }
    }
    return true;
  }
  bool VisitMSAsmStmt(clang::MSAsmStmt* s) {
    error(s->getAsmLoc(), "inline assembly is not supported by MSWasm");
    return true;
  }
  bool VisitFileScopeAsmDecl(clang::FileScopeAsmDecl* d) {
    error(d->getAsmLoc(), "file-scope assembly is not supported by MSWasm");
    return true;
  }
  bool VisitRecordDecl(clang::RecordDecl* rd) {
    if (!rd->isCompleteDefinition() || rd->isInvalidDecl() || rd->isDependentType()) return true;
    checkRecord(rd);
    return true;
  }

 private:
  static constexpr uint64_t kHandleAlign = 8;  // the engine's granule alignment

  bool containsPointer(clang::QualType t) const {
    t = ctx_.getBaseElementType(t.getCanonicalType());
    if (t->isPointerType() || t->isBlockPointerType()) return true;
    if (const auto* rt = t->getAs<clang::RecordType>()) {
      const clang::RecordDecl* rd = rt->getDecl()->getDefinition();
      if (!rd) return false;
      for (const clang::FieldDecl* f : rd->fields())
        if (containsPointer(f->getType())) return true;
    }
    return false;
  }

  void checkRecord(const clang::RecordDecl* rd) {
    const clang::ASTRecordLayout& layout = ctx_.getASTRecordLayout(rd);
    unsigned index = 0;
    for (const clang::FieldDecl* f : rd->fields()) {
      uint64_t offsetBytes = layout.getFieldOffset(index++) / 8;
      if (f->isBitField() || !containsPointer(f->getType())) continue;
      if (offsetBytes % kHandleAlign != 0) {
        error(f->getLocation(),
              "field '%0' holds a pointer at offset %1 of '%2', which is not a multiple of 8: "
              "MSWasm pointers are 16-byte handles that need at least 8-byte alignment (remove "
              "__attribute__((packed)) or use #pragma pack(8) or more for this struct)",
              f->getName(), offsetBytes, recordName(rd));
        return;
      }
    }
    if (containsPointerField(rd) && layout.getAlignment().getQuantity() < int64_t(kHandleAlign)) {
      error(rd->getLocation(),
            "'%0' holds pointers but is aligned to %1 bytes: MSWasm pointers are 16-byte handles "
            "that need at least 8-byte alignment (remove __attribute__((packed)), or use "
            "#pragma pack(8) or more)",
            recordName(rd), uint64_t(layout.getAlignment().getQuantity()));
    }
  }

  bool containsPointerField(const clang::RecordDecl* rd) const {
    for (const clang::FieldDecl* f : rd->fields())
      if (!f->isBitField() && containsPointer(f->getType())) return true;
    return false;
  }

  static std::string recordName(const clang::RecordDecl* rd) {
    std::string name = rd->getNameAsString();
    if (name.empty()) return std::string("(anonymous ") + rd->getKindName().str() + ")";
    return std::string(rd->getKindName()) + " " + name;
  }

  template <typename... Args>
  void error(clang::SourceLocation loc, const char* fmt, const Args&... args) {
    auto builder = diags_.Report(loc, diags_.getCustomDiagID(clang::DiagnosticsEngine::Error, "%0"));
    builder << format(fmt, args...);
  }

  // Replaces %0, %1, ... in fmt with the arguments (strings or integers).
  template <typename... Args>
  static std::string format(const char* fmt, const Args&... args) {
    std::vector<std::string> values;
    (values.push_back(toString(args)), ...);
    std::string out;
    for (const char* p = fmt; *p; ++p) {
      if (*p == '%' && p[1] >= '0' && p[1] <= '9' && size_t(p[1] - '0') < values.size()) {
        out += values[size_t(p[1] - '0')];
        ++p;
      } else {
        out += *p;
      }
    }
    return out;
  }
  static std::string toString(llvm::StringRef s) { return s.str(); }
  static std::string toString(const std::string& s) { return s; }
  static std::string toString(uint64_t v) { return std::to_string(v); }

  clang::ASTContext& ctx_;
  clang::DiagnosticsEngine& diags_;
};

class ChecksConsumer : public clang::ASTConsumer {
 public:
  void HandleTranslationUnit(clang::ASTContext& ctx) override {
    ChecksVisitor visitor(ctx, ctx.getDiagnostics());
    visitor.TraverseDecl(ctx.getTranslationUnitDecl());
  }
};

}  // namespace

std::unique_ptr<clang::ASTConsumer> createChecksConsumer(clang::CompilerInstance&) {
  return std::make_unique<ChecksConsumer>();
}

}  // namespace mswasm
