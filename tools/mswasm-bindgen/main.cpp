// mswasm-bindgen: host-side bindings for a C library compiled to a library module
// (`mswasm-cc -shared`). It reads the library's public header with Clang (for the host's
// target, so the signatures are the ones the host compiles against) and writes a C header and
// source in which each function keeps its name and C signature but runs inside the sandbox,
// through the C API (mswasm.h). A host program links the generated source instead of the
// native library. docs/embedding.md, "Bindings", describes the generated API.
//
//   mswasm-bindgen HEADER --name NAME [--config FILE] [--skip-unsupported]
//                  -o OUT.h -c OUT.c [-- clang options (-I, -D)...]
//
// Parameters: integers, enums, floats and doubles by value (converted to the guest's ILP32
// widths, with a range check where the guest's type is narrower); pointers to scalars copied in
// and/or out (direction from `const`, or from the config), `count` elements given by a size
// expression in the config (default 1); `const char *` strings copied in; pointers to
// incomplete structs kept as guest handles the host cannot dereference (opaque). Results: void,
// scalars, `const char *` (copied out), opaque pointers. Anything else is refused with a message
// naming the function and the parameter (or skipped, with --skip-unsupported or `skip` lines).
//
// Config lines ('#' starts a comment):
//   only F1 F2 ...          generate these functions only
//   skip F1 F2 ...          leave these out
//   F.PARAM in|out|inout [count=EXPR]   direction and element count (EXPR: C over the host's
//                           parameters, evaluated before the call, e.g. sourceLen or *destLen)
//   F.PARAM string          a NUL-terminated string copied in
//   F.return onerror=EXPR   what F returns after a trap when the trap handler returns
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"

namespace {

int fail(const std::string& msg) {
  std::fprintf(stderr, "mswasm-bindgen: error: %s\n", msg.c_str());
  return 1;
}

struct ParamRule {
  std::string direction;  // in, out, inout, string ("" = default)
  std::string count;      // element count expression ("" = 1)
};

struct Config {
  std::set<std::string> only, skip;
  std::map<std::string, ParamRule> params;  // "f.p"
  std::map<std::string, std::string> onError;  // function -> expression
};

bool readConfig(const std::string& path, Config* c, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read config '" + path + "'";
    return false;
  }
  std::string line;
  for (int lineNo = 1; std::getline(in, line); ++lineNo) {
    if (size_t h = line.find('#'); h != std::string::npos) line.resize(h);
    std::istringstream ws(line);
    std::string first;
    if (!(ws >> first)) continue;
    std::string where = path + ":" + std::to_string(lineNo) + ": ";
    if (first == "only" || first == "skip") {
      std::string f;
      while (ws >> f) (first == "only" ? c->only : c->skip).insert(f);
      continue;
    }
    size_t dot = first.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == first.size()) {
      *error = where + "expected 'only', 'skip' or FUNCTION.PARAM, found '" + first + "'";
      return false;
    }
    std::string word;
    if (first.substr(dot + 1) == "return") {
      while (ws >> word) {
        if (word.rfind("onerror=", 0) != 0) {
          *error = where + "expected onerror=EXPR after " + first;
          return false;
        }
        c->onError[first.substr(0, dot)] = word.substr(8);
      }
      continue;
    }
    ParamRule r;
    while (ws >> word) {
      if (word == "in" || word == "out" || word == "inout" || word == "string") r.direction = word;
      else if (word.rfind("count=", 0) == 0) r.count = word.substr(6);
      else {
        *error = where + "unknown word '" + word + "' (expected in, out, inout, string or count=EXPR)";
        return false;
      }
    }
    c->params[first] = r;
  }
  return true;
}

// A scalar as the guest holds it.
struct Scalar {
  bool ok = false;
  bool isFloat = false, isSigned = false;
  unsigned guestBytes = 0;  // 1, 2, 4, 8
  unsigned hostBytes = 0;   // the same type's size on the host
  std::string kind;         // MSWASM_I32/I64/F32/F64 for values passed by value
};

Scalar scalarOf(clang::QualType t, clang::ASTContext& ctx) {
  Scalar s;
  t = t.getCanonicalType().getUnqualifiedType();
  if (const auto* e = t->getAs<clang::EnumType>()) t = e->getDecl()->getIntegerType().getCanonicalType();
  const auto* b = t->getAs<clang::BuiltinType>();
  if (!b) return s;
  using K = clang::BuiltinType::Kind;
  switch (b->getKind()) {
    case K::Bool: case K::Char_U: case K::UChar: case K::Char_S: case K::SChar: s.guestBytes = 1; break;
    case K::Short: case K::UShort: s.guestBytes = 2; break;
    case K::Int: case K::UInt: case K::Long: case K::ULong: s.guestBytes = 4; break;  // ILP32
    case K::LongLong: case K::ULongLong: s.guestBytes = 8; break;
    case K::Float: s.guestBytes = 4; s.isFloat = true; break;
    case K::Double: s.guestBytes = 8; s.isFloat = true; break;
    default: return s;  // long double, __int128, _Float16, ...: not mapped
  }
  s.ok = true;
  s.hostBytes = unsigned(ctx.getTypeSize(t) / 8);
  s.isSigned = !s.isFloat && t->isSignedIntegerType();
  s.kind = s.isFloat ? (s.guestBytes == 4 ? "MSWASM_F32" : "MSWASM_F64") : (s.guestBytes == 8 ? "MSWASM_I64" : "MSWASM_I32");
  return s;
}

std::string guestCType(const Scalar& s) {
  if (s.isFloat) return s.guestBytes == 4 ? "float" : "double";
  return std::string(s.isSigned ? "int" : "uint") + std::to_string(s.guestBytes * 8) + "_t";
}

enum class PKind { Scalar, Buffer, String, Opaque };

struct Param {
  std::string name, type;  // host spelling
  PKind kind = PKind::Scalar;
  Scalar scalar;           // Scalar, or the element of a Buffer
  std::string elemType;    // Buffer: host element type spelling (unqualified)
  bool in = false, out = false;
  std::string count = "1";
  std::string opaqueStruct;  // Opaque: struct tag
};

struct Func {
  std::string name, retType;
  enum class RKind { Void, Scalar, String, Opaque } rkind = RKind::Void;
  Scalar ret;
  std::string retStruct;
  std::vector<Param> params;
  std::string onError = "0";
};

std::string spell(clang::QualType t, const clang::PrintingPolicy& pp) { return t.getAsString(pp); }

// The incomplete struct a pointer type points to ("" if it is not one).
std::string opaqueTag(clang::QualType pointee) {
  const auto* rt = pointee.getCanonicalType()->getAs<clang::RecordType>();
  if (!rt || rt->getDecl()->getDefinition() || !rt->getDecl()->isStruct()) return "";
  return rt->getDecl()->getNameAsString();
}

bool isCharType(clang::QualType t) {
  t = t.getCanonicalType();
  return t->isCharType();
}

// Describes f, or returns false with *why naming the parameter that cannot be bound.
bool describe(const clang::FunctionDecl* fd, const Config& cfg, clang::ASTContext& ctx, Func* f, std::string* why) {
  clang::PrintingPolicy pp(ctx.getLangOpts());
  pp.SuppressTagKeyword = false;
  f->name = fd->getNameAsString();
  if (fd->isVariadic()) {
    *why = "it is variadic";
    return false;
  }
  clang::QualType rt = fd->getReturnType();
  f->retType = spell(rt, pp);
  if (rt->isVoidType()) {
    f->rkind = Func::RKind::Void;
  } else if (rt->isPointerType()) {
    clang::QualType pointee = rt->getPointeeType();
    if (isCharType(pointee) && pointee.isConstQualified()) {
      f->rkind = Func::RKind::String;
    } else if (std::string tag = opaqueTag(pointee); !tag.empty()) {
      f->rkind = Func::RKind::Opaque;
      f->retStruct = tag;
    } else {
      *why = "its result type '" + f->retType + "' is a pointer the bindings cannot copy (only const char * and pointers to incomplete structs)";
      return false;
    }
  } else {
    f->ret = scalarOf(rt, ctx);
    if (!f->ret.ok) {
      *why = "its result type '" + f->retType + "' has no sandbox mapping";
      return false;
    }
    f->rkind = Func::RKind::Scalar;
  }
  if (auto it = cfg.onError.find(f->name); it != cfg.onError.end()) f->onError = it->second;
  unsigned i = 0;
  for (const clang::ParmVarDecl* pd : fd->parameters()) {
    Param p;
    p.name = pd->getNameAsString();
    if (p.name.empty()) p.name = "arg" + std::to_string(i);
    ++i;
    if (p.name.rfind("msw_", 0) == 0) {
      *why = "parameter '" + p.name + "' uses the prefix msw_, which the generated code reserves";
      return false;
    }
    clang::QualType t = pd->getType();
    p.type = spell(t, pp);
    const ParamRule* rule = nullptr;
    if (auto it = cfg.params.find(f->name + "." + p.name); it != cfg.params.end()) rule = &it->second;
    std::string where = "parameter '" + p.name + "' (" + p.type + ")";
    if (!t->isPointerType()) {
      p.scalar = scalarOf(t, ctx);
      if (!p.scalar.ok) {
        *why = where + " has no sandbox mapping";
        return false;
      }
      if (rule) {
        *why = where + " is not a pointer: the config's direction does not apply";
        return false;
      }
      f->params.push_back(p);
      continue;
    }
    clang::QualType pointee = t->getPointeeType();
    if (pointee->isFunctionType()) {
      *why = where + " is a function pointer (callbacks into the host are not supported yet)";
      return false;
    }
    if (std::string tag = opaqueTag(pointee); !tag.empty()) {
      p.kind = PKind::Opaque;
      p.opaqueStruct = tag;
      f->params.push_back(p);
      continue;
    }
    bool isConst = pointee.isConstQualified();
    std::string dir = rule ? rule->direction : "";
    if (dir == "string" || (dir.empty() && isCharType(pointee) && isConst && !(rule && !rule->count.empty()))) {
      if (!isCharType(pointee)) {
        *why = where + " is marked string but does not point to char";
        return false;
      }
      p.kind = PKind::String;
      p.in = true;
      f->params.push_back(p);
      continue;
    }
    p.scalar = scalarOf(pointee, ctx);
    if (!p.scalar.ok) {
      *why = where + " points to '" + spell(pointee, pp) + "', which the bindings cannot copy (structs, pointers, unions)";
      return false;
    }
    p.kind = PKind::Buffer;
    p.elemType = spell(pointee.getUnqualifiedType(), pp);
    if (dir.empty()) dir = isConst ? "in" : "inout";
    if (isConst && dir != "in") {
      *why = where + " points to const data but the config says " + dir;
      return false;
    }
    p.in = dir == "in" || dir == "inout";
    p.out = dir == "out" || dir == "inout";
    if (rule && !rule->count.empty()) p.count = rule->count;
    f->params.push_back(p);
  }
  return true;
}

// ---- code generation ----

std::string valOf(const Scalar& s, const std::string& expr) {
  if (s.isFloat) return s.guestBytes == 4 ? "mswasm_val_f32((float)(" + expr + "))" : "mswasm_val_f64((double)(" + expr + "))";
  if (s.guestBytes == 8) return "mswasm_val_i64((int64_t)(" + expr + "))";
  return "mswasm_val_i32((int32_t)(" + guestCType(s) + ")(" + expr + "))";
}

std::string fromVal(const Scalar& s, const std::string& v) {
  if (s.isFloat) return s.guestBytes == 4 ? v + ".of.f32" : v + ".of.f64";
  if (s.guestBytes == 8) return "(" + guestCType(s) + ")" + v + ".of.i64";
  return "(" + guestCType(s) + ")" + v + ".of.i32";
}

// A check that a host integer fits the guest's (possibly narrower) type.
std::string rangeCheck(const Scalar& s, const std::string& expr) {
  if (s.isFloat || s.guestBytes >= s.hostBytes) return "";
  std::string g = guestCType(s);
  return "(" + expr + ") != (" + g + ")(" + expr + ")";
}

void emitFunction(std::ostream& o, const Func& f, const std::string& N) {
  std::string fail = "return " + std::string(f.rkind == Func::RKind::Void ? "" : "(" + f.retType + ")(" + f.onError + ")") + ";";
  if (f.rkind == Func::RKind::Void) fail = "return;";
  o << "\n" << f.retType << (f.retType.back() == '*' ? "" : " ") << f.name << "(";
  if (f.params.empty()) o << "void";
  for (size_t i = 0; i < f.params.size(); ++i) {
    const Param& p = f.params[i];
    std::string t = p.type;
    o << (i ? ", " : "");
    if (!t.empty() && t.back() == '*') o << t << p.name;
    else o << t << " " << p.name;
  }
  o << ") {\n";
  o << "  static const char msw_fn[] = \"" << f.name << "\";\n";
  if (!f.params.empty()) o << "  mswasm_val_t msw_args[" << f.params.size() << "];\n";
  o << "  mswasm_val_t msw_result;\n";
  o << "  mswasm_handle_t msw_h[" << std::max<size_t>(1, f.params.size()) << "];\n";
  o << "  size_t msw_count[" << std::max<size_t>(1, f.params.size()) << "];\n";
  o << "  mswasm_trap_t *msw_trap = NULL;\n  mswasm_error_t *msw_err = NULL;\n  int msw_ok = 0;\n";
  o << "  memset(msw_h, 0, sizeof msw_h);\n  memset(msw_count, 0, sizeof msw_count);\n  (void)msw_count;\n";
  o << "  if (!" << N << "_ready(msw_fn)) " << fail << "\n";
  for (size_t i = 0; i < f.params.size(); ++i) {
    const Param& p = f.params[i];
    std::string I = std::to_string(i);
    switch (p.kind) {
      case PKind::Scalar:
        if (std::string rc = rangeCheck(p.scalar, p.name); !rc.empty())
          o << "  if (" << rc << ") { " << N << "_fail_message(msw_fn, \"argument " << p.name
            << " does not fit the sandbox's " << p.scalar.guestBytes * 8 << "-bit type\"); goto msw_out; }\n";
        o << "  msw_args[" << I << "] = " << valOf(p.scalar, p.name) << ";\n";
        break;
      case PKind::String:
        o << "  if (" << p.name << " && (msw_err = mswasm_instance_new_string(" << N << "_inst, (const char *)" << p.name << ", &msw_h[" << I
          << "]))) goto msw_out;\n";
        o << "  msw_args[" << I << "] = mswasm_val_handle(msw_h[" << I << "]);\n";
        break;
      case PKind::Opaque:
        o << "  msw_args[" << I << "] = mswasm_val_handle(" << p.name << " ? ((struct " << N << "_proxy *)(void *)" << p.name
          << ")->h : mswasm_handle_null());\n";
        break;
      case PKind::Buffer: {
        std::string g = guestCType(p.scalar);
        // Same representation on both sides (bytes, int, float...): copied as they are.
        bool same = p.scalar.hostBytes == p.scalar.guestBytes;
        o << "  if (" << p.name << ") {\n";
        o << "    size_t msw_n = (size_t)(" << p.count << ");\n";
        o << "    if (msw_n > 0x7fffffffu / " << p.scalar.guestBytes << ") { " << N << "_fail_message(msw_fn, \"buffer " << p.name
          << " is too large for the sandbox\"); goto msw_out; }\n";
        o << "    msw_count[" << I << "] = msw_n;\n";
        o << "    if ((msw_err = mswasm_instance_alloc(" << N << "_inst, (uint32_t)(msw_n * " << p.scalar.guestBytes << "), &msw_h[" << I
          << "], &msw_trap)) || msw_trap) goto msw_out;\n";
        if (p.in && same) {
          o << "    if ((msw_err = mswasm_instance_write(" << N << "_inst, msw_h[" << I << "], 0, " << p.name << ", msw_n * "
            << p.scalar.guestBytes << "))) goto msw_out;\n";
        } else if (p.in) {
          o << "    size_t msw_i;\n    " << g << " *msw_tmp = (" << g << " *)malloc(msw_n * " << p.scalar.guestBytes << " + 1);\n";
          o << "    if (!msw_tmp) { " << N << "_fail_message(msw_fn, \"out of memory\"); goto msw_out; }\n";
          o << "    for (msw_i = 0; msw_i < msw_n; msw_i++) {\n";
          if (std::string rc = rangeCheck(p.scalar, p.name + "[msw_i]"); !rc.empty())
            o << "      if (" << rc << ") { free(msw_tmp); " << N << "_fail_message(msw_fn, \"an element of " << p.name
              << " does not fit the sandbox's " << p.scalar.guestBytes * 8 << "-bit type\"); goto msw_out; }\n";
          o << "      msw_tmp[msw_i] = (" << g << ")" << p.name << "[msw_i];\n";
          o << "    }\n";
          o << "    msw_err = mswasm_instance_write(" << N << "_inst, msw_h[" << I << "], 0, msw_tmp, msw_n * " << p.scalar.guestBytes << ");\n";
          o << "    free(msw_tmp);\n    if (msw_err) goto msw_out;\n";
        }
        o << "  }\n";
        o << "  msw_args[" << I << "] = mswasm_val_handle(msw_h[" << I << "]);\n";
        break;
      }
    }
  }
  o << "  msw_err = mswasm_instance_call(" << N << "_inst, msw_fn, " << (f.params.empty() ? "NULL" : "msw_args") << ", "
    << f.params.size() << ", &msw_result, "
    << (f.rkind == Func::RKind::Void ? 0 : 1) << ", &msw_trap);\n";
  o << "  if (msw_err || msw_trap) goto msw_out;\n";
  // Copy out.
  for (size_t i = 0; i < f.params.size(); ++i) {
    const Param& p = f.params[i];
    if (p.kind != PKind::Buffer || !p.out) continue;
    std::string I = std::to_string(i), g = guestCType(p.scalar);
    if (p.scalar.hostBytes == p.scalar.guestBytes) {
      o << "  if (" << p.name << " && msw_count[" << I << "] && (msw_err = mswasm_instance_read(" << N << "_inst, msw_h[" << I
        << "], 0, " << p.name << ", msw_count[" << I << "] * " << p.scalar.guestBytes << "))) goto msw_out;\n";
      continue;
    }
    o << "  if (" << p.name << " && msw_count[" << I << "]) {\n";
    o << "    size_t msw_i, msw_n = msw_count[" << I << "];\n";
    o << "    " << g << " *msw_tmp = (" << g << " *)malloc(msw_n * " << p.scalar.guestBytes << ");\n";
    o << "    if (!msw_tmp) { " << N << "_fail_message(msw_fn, \"out of memory\"); goto msw_out; }\n";
    o << "    if ((msw_err = mswasm_instance_read(" << N << "_inst, msw_h[" << I << "], 0, msw_tmp, msw_n * " << p.scalar.guestBytes
      << "))) { free(msw_tmp); goto msw_out; }\n";
    o << "    for (msw_i = 0; msw_i < msw_n; msw_i++) " << p.name << "[msw_i] = (" << p.elemType << ")msw_tmp[msw_i];\n";
    o << "    free(msw_tmp);\n  }\n";
  }
  o << "  msw_ok = 1;\n";
  o << "msw_out:\n";
  for (size_t i = 0; i < f.params.size(); ++i) {
    const Param& p = f.params[i];
    if (p.kind != PKind::Buffer && p.kind != PKind::String) continue;
    o << "  " << N << "_release(msw_h[" << i << "]);\n";
  }
  o << "  if (!msw_ok) {\n    " << N << "_fail(msw_fn, msw_err, msw_trap);\n    " << fail << "\n  }\n";
  switch (f.rkind) {
    case Func::RKind::Void: o << "  (void)msw_result;\n"; break;
    case Func::RKind::Scalar: o << "  return (" << f.retType << ")" << fromVal(f.ret, "msw_result") << ";\n"; break;
    case Func::RKind::String:
      o << "  return (" << f.retType << ")" << N << "_string_result(msw_fn, msw_result.of.handle);\n";
      break;
    case Func::RKind::Opaque:
      o << "  return (" << f.retType << ")" << N << "_proxy_for(msw_result.of.handle);\n";
      break;
  }
  o << "}\n";
}

const char* kRuntime = R"(
/* ---- the sandbox these functions run in ---- */
static mswasm_engine_t *@_engine;
static mswasm_module_t *@_module;
static mswasm_instance_t *@_inst;
static @_trap_handler_t @_handler;

/* Opaque pointers: the host holds a proxy for each guest pointer; it never sees guest memory. */
struct @_proxy {
  mswasm_handle_t h;
  struct @_proxy *next;
};
static struct @_proxy *@_proxies;

static void *@_proxy_for(mswasm_handle_t h) {
  struct @_proxy *p;
  if (mswasm_handle_is_null(h)) return NULL;
  for (p = @_proxies; p; p = p->next)
    if (memcmp(&p->h, &h, sizeof h) == 0) return p;
  p = (struct @_proxy *)malloc(sizeof *p);
  if (!p) return NULL;
  p->h = h;
  p->next = @_proxies;
  @_proxies = p;
  return p;
}

static void @_default_handler(const char *function, const char *kind, const char *report) {
  fprintf(stderr, "@: sandboxed call %s failed (%s):\n%s", function, kind, report);
  exit(70);
}

void @_set_trap_handler(@_trap_handler_t handler) { @_handler = handler; }

static void @_fail_message(const char *function, const char *message) {
  char report[512];
  snprintf(report, sizeof report, "%s\n", message);
  (@_handler ? @_handler : @_default_handler)(function, "error", report);
}

static void @_fail(const char *function, mswasm_error_t *err, mswasm_trap_t *trap) {
  if (trap) {
    (@_handler ? @_handler : @_default_handler)(function, mswasm_trap_kind(trap), mswasm_trap_text(trap));
    mswasm_trap_delete(trap);
  } else if (err) {
    const char *report = mswasm_error_report_text(err);
    char buf[1024];
    if (!report) {
      snprintf(buf, sizeof buf, "%s\n", mswasm_error_message(err));
      report = buf;
    }
    (@_handler ? @_handler : @_default_handler)(function, "error", report);
    mswasm_error_delete(err);
  }
}

static int @_ready(const char *function) {
  if (@_inst) return 1;
  @_fail_message(function, "the sandbox is not set up: call @_sandbox_init first");
  return 0;
}

static void @_release(mswasm_handle_t h) {
  mswasm_trap_t *trap = NULL;
  if (mswasm_handle_is_null(h) || !@_inst || mswasm_instance_poisoned(@_inst)) return;
  mswasm_error_delete(mswasm_instance_free(@_inst, h, &trap));
  if (trap) mswasm_trap_delete(trap);
}

/* const char * results: a host copy, valid until the next call of the same function. */
static const char *@_string_result(const char *function, mswasm_handle_t h) {
  static char *last[@_NFUNCS];
  static const char *names[@_NFUNCS];
  char *copy = NULL;
  int i;
  mswasm_error_t *err;
  if (mswasm_handle_is_null(h)) return NULL;
  err = mswasm_instance_read_string(@_inst, h, 1 << 20, &copy);
  if (err) {
    @_fail(function, err, NULL);
    return NULL;
  }
  for (i = 0; i < @_NFUNCS && names[i] && names[i] != function; i++) {}
  if (i == @_NFUNCS) i = 0;
  names[i] = function;
  free(last[i]);
  last[i] = copy;
  return copy;
}

int @_sandbox_init(const char *module_path, const mswasm_config_t *config) {
  mswasm_trap_t *trap = NULL;
  mswasm_error_t *err;
  if (@_inst) return 0;
  if (!@_engine) @_engine = mswasm_engine_new();
  err = mswasm_module_from_file(@_engine, module_path, &@_module);
  if (!err) err = mswasm_instance_new(@_module, NULL, config, &@_inst, &trap);
  if (err || trap) {
    @_fail("@_sandbox_init", err, trap);
    return -1;
  }
  return 0;
}

void @_sandbox_shutdown(void) {
  struct @_proxy *p = @_proxies, *next;
  (void)@_proxy_for; /* used only by some bindings */
  (void)@_string_result;
  for (; p; p = next) {
    next = p->next;
    free(p);
  }
  @_proxies = NULL;
  mswasm_instance_delete(@_inst);
  @_inst = NULL;
  mswasm_module_delete(@_module);
  @_module = NULL;
  mswasm_engine_delete(@_engine);
  @_engine = NULL;
}

mswasm_instance_t *@_sandbox_instance(void) { return @_inst; }
)";

std::string subst(std::string s, const std::string& name) {
  for (size_t p = 0; (p = s.find('@', p)) != std::string::npos; p += name.size()) s.replace(p, 1, name);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::string header, name, configPath, outH, outC;
  bool skipUnsupported = false;
  std::vector<std::string> clangArgs = {"-xc", "-std=gnu11", "-fsyntax-only", "-w"};
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&](const char* what) -> std::string {
      if (i + 1 >= argc) {
        fail(std::string(what) + " needs a value");
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--") {
      ++i;
      break;
    }
    if (a == "-h" || a == "--help") {
      std::puts("usage: mswasm-bindgen HEADER --name NAME [--config FILE] [--skip-unsupported] -o OUT.h -c OUT.c "
                "[-- clang options]\n  writes host-side bindings that run the library's functions in the sandbox "
                "(docs/embedding.md)");
      return 0;
    }
    if (a == "--name") name = next("--name");
    else if (a == "--config") configPath = next("--config");
    else if (a == "--skip-unsupported") skipUnsupported = true;
    else if (a == "-o") outH = next("-o");
    else if (a == "-c") outC = next("-c");
    else if (!a.empty() && a[0] == '-') return fail("unknown option '" + a + "' (see --help)"), 2;
    else if (header.empty()) header = a;
    else return fail("more than one header given ('" + header + "', '" + a + "')"), 2;
  }
  for (; i < argc; ++i) clangArgs.push_back(argv[i]);
  if (header.empty() || name.empty() || outH.empty() || outC.empty())
    return fail("usage: mswasm-bindgen HEADER --name NAME [--config FILE] -o OUT.h -c OUT.c [-- clang options]"), 2;
  for (char ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') return fail("--name must be a C identifier"), 2;
  Config cfg;
  std::string error;
  if (!configPath.empty() && !readConfig(configPath, &cfg, &error)) return fail(error), 1;
  std::ifstream hin(header);
  if (!hin) return fail("cannot read '" + header + "'"), 1;
  std::string code((std::istreambuf_iterator<char>(hin)), std::istreambuf_iterator<char>());
#ifdef MSWASM_CLANG_RESOURCE_DIR
  clangArgs.push_back("-resource-dir=" MSWASM_CLANG_RESOURCE_DIR);
#endif
  std::string dir = header.find('/') == std::string::npos ? "." : header.substr(0, header.find_last_of('/'));
  clangArgs.push_back("-I" + dir);
  std::unique_ptr<clang::ASTUnit> ast = clang::tooling::buildASTFromCodeWithArgs(code, clangArgs, header);
  if (!ast || ast->getDiagnostics().hasErrorOccurred()) return fail("'" + header + "' does not compile as C"), 1;
  clang::ASTContext& ctx = ast->getASTContext();
  const clang::SourceManager& sm = ctx.getSourceManager();

  std::vector<Func> funcs;
  std::set<std::string> seen;
  int unsupported = 0;
  for (const clang::Decl* d : ctx.getTranslationUnitDecl()->decls()) {
    const auto* fd = llvm::dyn_cast<clang::FunctionDecl>(d);
    if (!fd || !sm.isInMainFile(fd->getLocation()) || fd->isStatic() || fd->isInlined()) continue;
    std::string fname = fd->getNameAsString();
    if (!cfg.only.empty() && !cfg.only.count(fname)) continue;
    if (cfg.skip.count(fname) || !seen.insert(fname).second) continue;
    Func f;
    std::string why;
    if (!describe(fd, cfg, ctx, &f, &why)) {
      std::string loc = fd->getLocation().printToString(sm);
      std::fprintf(stderr, "mswasm-bindgen: %s: %s: function '%s': %s\n", loc.c_str(),
                   skipUnsupported ? "warning" : "error", fname.c_str(), why.c_str());
      if (!skipUnsupported) ++unsupported;
      continue;
    }
    funcs.push_back(std::move(f));
  }
  for (const std::string& f : cfg.only)
    if (!seen.count(f)) return fail("'" + f + "' (in the config's only list) is not declared in '" + header + "'"), 1;
  if (unsupported)
    return fail(std::to_string(unsupported) + " function(s) cannot be bound; list them on a 'skip' line in the config, "
                "or pass --skip-unsupported"), 1;

  std::string base = header.substr(header.find_last_of('/') + 1);
  std::string guard = name;
  for (char& ch : guard) ch = char(std::toupper(static_cast<unsigned char>(ch)));
  std::ofstream h(outH);
  h << "/* Generated by mswasm-bindgen from " << base << ": do not edit.\n"
    << " * The functions of " << base << " below run inside the MSWasm sandbox (docs/embedding.md, \"Bindings\").\n"
    << " * Link " << outC.substr(outC.find_last_of('/') + 1) << " and libmswasm instead of the native library. */\n"
    << "#ifndef " << guard << "_SANDBOX_H\n#define " << guard << "_SANDBOX_H\n\n"
    << "#include \"" << base << "\"\n#include \"mswasm.h\"\n\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"
    << "/* Loads the library module (made with mswasm-cc -shared) and instantiates it; config may be\n"
    << " * NULL. Returns 0, or -1 after calling the trap handler with the reason. */\n"
    << "int " << name << "_sandbox_init(const char *module_path, const mswasm_config_t *config);\n"
    << "void " << name << "_sandbox_shutdown(void);\n"
    << "mswasm_instance_t *" << name << "_sandbox_instance(void);\n\n"
    << "/* Called when a sandboxed call traps or fails, with the function's name, the trap kind (or\n"
    << " * \"error\") and the report. The default prints the report and exits with status 70; a\n"
    << " * handler that returns makes the call return its on-error value (0 unless configured). */\n"
    << "typedef void (*" << name << "_trap_handler_t)(const char *function, const char *kind, const char *report);\n"
    << "void " << name << "_set_trap_handler(" << name << "_trap_handler_t handler);\n\n"
    << "/* Bound functions (" << funcs.size() << "), with the signatures of " << base << ":";
  for (size_t k = 0; k < funcs.size(); ++k) h << (k % 6 ? " " : "\n *   ") << funcs[k].name;
  h << " */\n\n#ifdef __cplusplus\n}\n#endif\n\n#endif\n";
  if (!h) return fail("cannot write '" + outH + "'"), 1;

  std::ofstream c(outC);
  c << "/* Generated by mswasm-bindgen from " << base << ": do not edit. */\n"
    << "#include \"" << outH.substr(outH.find_last_of('/') + 1) << "\"\n\n"
    << "#include <stdint.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\n"
    << "#define " << name << "_NFUNCS " << std::max<size_t>(1, funcs.size()) << "\n";
  c << subst(kRuntime, name);
  for (const Func& f : funcs) emitFunction(c, f, name);
  if (!c) return fail("cannot write '" + outC + "'"), 1;
  std::fprintf(stderr, "mswasm-bindgen: %zu functions bound\n", funcs.size());
  return 0;
}
