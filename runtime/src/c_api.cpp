// The C embedding API (include/mswasm.h) over the C++ one (instance.h): opaque structs holding
// the C++ objects, handles carried as copied bytes plus the serial of the instance that gave
// them out, and a try/catch around every entry so that no C++ exception reaches C code.
//
// Tier choice per instance: the config's ahead-of-time code, else (tier auto or native) code
// from the native cache (native_cache.cpp, compiled by `mswasm-native` in a child process and
// kept per module and code-changing options), else the interpreter. Auto falls back to the
// interpreter when native code cannot be had (fuel, setjmp, no compiler); native is an error.
#include "mswasm.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "mswasm/binary.h"
#include "mswasm/runtime/instance.h"
#include "mswasm/runtime/native_abi.h"
#include "mswasm/runtime/native_cache.h"
#include "mswasm/text.h"
#include "mswasm/validate.h"

using namespace mswasm;
using namespace mswasm::rt;

struct mswasm_error {
  std::string message;
  std::string reportText, reportJson;  // a failed guest-memory access by the host
};

struct mswasm_trap {
  std::string kind, message, text, json;
  bool exited = false, memory = false;
  int exitCode = 0;
};

struct mswasm_engine {
  mswasm_tier_t tier = MSWASM_TIER_AUTO;
  std::string cacheDir;  // empty: default
};

struct mswasm_module {
  mswasm_engine* engine = nullptr;
  Module module;
  // Native code by option flags: the shared object's path, or the reason there is none.
  std::mutex nativeMu;
  struct Native {
    bool ok = false;
    std::string path, why, tempDir;
  };
  std::map<uint32_t, Native> native;
  ~mswasm_module() {
    for (auto& [flags, n] : native) removeTempDir(n.tempDir);
  }
};

struct mswasm_linker {
  struct Entry {
    std::string module, name;
    FuncType type;
    mswasm_func_callback_t callback = nullptr;
    void* env = nullptr;
    void (*finalize)(void*) = nullptr;
  };
  std::vector<Entry> entries;
  ~mswasm_linker() {
    for (Entry& e : entries)
      if (e.finalize) e.finalize(e.env);
  }
};

struct mswasm_config {
  Options opts;
  std::string nativeCode;
};

struct mswasm_instance {
  uint64_t serial = 0;
  std::unique_ptr<Instance> inst;
  std::string tier = "interp";
  std::string poisonedBy;  // non-empty: why the instance refuses further calls
};

namespace {

std::atomic<uint64_t> nextSerial{1};

mswasm_error* makeError(std::string message) {
  try {
    return new mswasm_error{std::move(message), {}, {}};
  } catch (...) {
    // Out of memory while reporting: a static error cannot be deleted, so leak-free fallbacks are
    // impossible; return null would mean success. Abort is worse; allocate nothing and retry once.
    return new (std::nothrow) mswasm_error{};
  }
}

mswasm_error* reportError(std::string message, const TrapReport& r) {
  mswasm_error* e = makeError(std::move(message));
  if (e) {
    e->reportText = r.text();
    e->reportJson = r.json();
  }
  return e;
}

// Runs body; turns any escaping C++ exception into an error.
template <typename Body>
mswasm_error* guard(Body&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return makeError("out of memory");
  } catch (const std::exception& e) {
    return makeError(std::string("internal error: ") + e.what());
  } catch (...) {
    return makeError("internal error");
  }
}

ValType toValType(mswasm_valkind_t k, bool* ok) {
  *ok = true;
  switch (k) {
    case MSWASM_I32: return ValType::I32;
    case MSWASM_I64: return ValType::I64;
    case MSWASM_F32: return ValType::F32;
    case MSWASM_F64: return ValType::F64;
    case MSWASM_HANDLE: return ValType::Handle;
  }
  *ok = false;
  return ValType::I32;
}

mswasm_valkind_t toKind(ValType t) {
  switch (t) {
    case ValType::I32: return MSWASM_I32;
    case ValType::I64: return MSWASM_I64;
    case ValType::F32: return MSWASM_F32;
    case ValType::F64: return MSWASM_F64;
    case ValType::Handle: return MSWASM_HANDLE;
  }
  return MSWASM_I32;
}

const char* kindName(mswasm_valkind_t k) {
  switch (k) {
    case MSWASM_I32: return "i32";
    case MSWASM_I64: return "i64";
    case MSWASM_F32: return "f32";
    case MSWASM_F64: return "f64";
    case MSWASM_HANDLE: return "handle";
  }
  return "an unknown kind";
}

// Handles: the engine's Handle bytes, then the serial of the instance that gave it out.
static_assert(sizeof(Handle) == 32, "a C handle carries the engine's 32-byte Handle");
static_assert(std::is_trivially_copyable_v<Handle>, "handles are copied as bytes");

mswasm_handle_t toC(const Handle& h, uint64_t serial) {
  mswasm_handle_t c;
  std::memset(&c, 0, sizeof c);
  if (h.kind() == HandleKind::Null && h.offset() == 0) return c;
  std::memcpy(&c.opaque_[0], &h, sizeof(Handle));
  c.opaque_[4] = serial;
  return c;
}

// The Handle inside a C handle; an error when its bytes are not a handle or belong to another
// instance (authority is checked again by the instance: it must have given it out).
mswasm_error* fromC(const mswasm_handle_t& c, const mswasm_instance* inst, Handle* out) {
  Handle h;
  std::memcpy(static_cast<void*>(&h), &c.opaque_[0], sizeof(Handle));
  uint8_t kind = uint8_t(h.kind()), reason = uint8_t(h.reason());
  if (kind > uint8_t(HandleKind::Jump) || reason > uint8_t(InvalidReason::SliceOutOfBounds))
    return makeError("not a handle (its bytes were changed)");
  if (h.authoritative() && c.opaque_[4] != inst->serial)
    return makeError("a handle from another instance");
  if (!inst->inst->owns(h)) return makeError("a handle this instance never gave out");
  *out = h;
  return nullptr;
}

Value fromCVal(const mswasm_val_t& v) {
  switch (v.kind) {
    case MSWASM_I32: return Value::i32(v.of.i32);
    case MSWASM_I64: return Value::i64(v.of.i64);
    case MSWASM_F32: return Value::f32(v.of.f32);
    case MSWASM_F64: return Value::f64(v.of.f64);
    case MSWASM_HANDLE: break;
  }
  return Value::fromHandle(Handle());
}

mswasm_val_t toCVal(const Value& v, uint64_t serial) {
  mswasm_val_t c;
  std::memset(&c, 0, sizeof c);
  c.kind = toKind(v.type);
  switch (v.type) {
    case ValType::I32: c.of.i32 = v.asI32(); break;
    case ValType::I64: c.of.i64 = v.asI64(); break;
    case ValType::F32: c.of.f32 = v.asF32(); break;
    case ValType::F64: c.of.f64 = v.asF64(); break;
    case ValType::Handle: c.of.handle = toC(v.handle, serial); break;
  }
  return c;
}

mswasm_trap* makeTrap(const Outcome& o) {
  auto* t = new mswasm_trap;
  if (o.kind == Outcome::Kind::Exited) {
    t->kind = "exit";
    t->exited = true;
    t->exitCode = o.exitCode;
    t->message = "the guest called exit(" + std::to_string(o.exitCode) + ")";
    t->text = t->message + "\n";
    t->json = "{\"outcome\":\"exit\",\"code\":" + std::to_string(o.exitCode) + "}\n";
    return t;
  }
  const TrapReport& r = *o.trap;
  t->kind = std::string(trapName(r.kind));
  t->memory = trapClass(r.kind) == TrapClass::Memory;
  t->message = r.message.empty() ? r.headline : r.message;
  t->text = r.text();
  t->json = r.json();
  return t;
}

// Converts args (checking them against `type`), runs `run`, converts results and the outcome.
template <typename Run>
mswasm_error* callWith(mswasm_instance* inst, const std::string& what, const FuncType& type,
                       const mswasm_val_t* args, size_t nargs, mswasm_val_t* results, size_t nresults,
                       mswasm_trap_t** trap, Run&& run) {
  if (trap) *trap = nullptr;
  if (!inst->poisonedBy.empty()) return makeError("the instance is poisoned: " + inst->poisonedBy);
  if (nargs != type.params.size())
    return makeError(what + " takes " + std::to_string(type.params.size()) + " arguments, " + std::to_string(nargs) +
                     " given");
  if (nresults != type.results.size())
    return makeError(what + " returns " + std::to_string(type.results.size()) + " results, room for " +
                     std::to_string(nresults) + " given");
  if (nargs && !args) return makeError("arguments missing (NULL)");
  if (nresults && !results) return makeError("results missing (NULL)");
  Value inSmall[8];
  std::vector<Value> inBig;
  std::span<Value> in(inSmall, nargs);
  if (nargs > 8) in = inBig = std::vector<Value>(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    bool ok;
    ValType t = toValType(args[i].kind, &ok);
    if (!ok || t != type.params[i])
      return makeError("argument " + std::to_string(i) + " of " + what + " must be " +
                       std::string(valTypeName(type.params[i])) + ", not " + kindName(args[i].kind));
    Value v = fromCVal(args[i]);
    if (t == ValType::Handle)
      if (mswasm_error* e = fromC(args[i].of.handle, inst, &v.handle)) {
        e->message = "argument " + std::to_string(i) + " of " + what + ": " + e->message;
        return e;
      }
    in[i] = v;
  }
  Outcome o = run(in);
  if (o.kind == Outcome::Kind::Returned) {
    for (size_t i = 0; i < nresults && i < o.results.size(); ++i) results[i] = toCVal(o.results[i], inst->serial);
    return nullptr;
  }
  if (o.kind == Outcome::Kind::Exited) inst->poisonedBy = "the guest called exit(" + std::to_string(o.exitCode) + ")";
  else if (trapClass(o.trap->kind) == TrapClass::Memory)
    inst->poisonedBy = "an earlier " + std::string(trapName(o.trap->kind)) + " trap";
  if (!trap) return makeError(what + " trapped (pass a trap pointer to see the report)");
  *trap = makeTrap(o);
  return nullptr;
}

// Native code for this module and options, made once per module and flags.
const mswasm_module::Native& nativeFor(mswasm_module* m, uint32_t flags) {
  std::lock_guard<std::mutex> lock(m->nativeMu);
  auto it = m->native.find(flags);
  if (it != m->native.end()) return it->second;
  mswasm_module::Native n;
  NativeCacheOptions co;
  co.dir = m->engine->cacheDir;
  if (co.dir == "off") co.disabled = true;
  std::string so;
  NativePrep p = prepareNative(m->module, "", flags, co, &so, &n.tempDir, &n.why);
  n.ok = p == NativePrep::Ready;
  if (n.ok) n.path = so;
  return m->native.emplace(flags, std::move(n)).first->second;
}

}  // namespace

extern "C" {

uint32_t mswasm_api_version(void) { return MSWASM_API_VERSION; }

const char* mswasm_error_message(const mswasm_error_t* e) { return e ? e->message.c_str() : ""; }
const char* mswasm_error_report_text(const mswasm_error_t* e) {
  return e && !e->reportText.empty() ? e->reportText.c_str() : nullptr;
}
const char* mswasm_error_report_json(const mswasm_error_t* e) {
  return e && !e->reportJson.empty() ? e->reportJson.c_str() : nullptr;
}
void mswasm_error_delete(mswasm_error_t* e) { delete e; }

static mswasm_val_t zeroVal(mswasm_valkind_t kind) {
  mswasm_val_t c;
  std::memset(&c, 0, sizeof c);
  c.kind = kind;
  return c;
}
mswasm_val_t mswasm_val_i32(int32_t v) {
  mswasm_val_t c = zeroVal(MSWASM_I32);
  c.of.i32 = v;
  return c;
}
mswasm_val_t mswasm_val_i64(int64_t v) {
  mswasm_val_t c = zeroVal(MSWASM_I64);
  c.of.i64 = v;
  return c;
}
mswasm_val_t mswasm_val_f32(float v) {
  mswasm_val_t c = zeroVal(MSWASM_F32);
  c.of.f32 = v;
  return c;
}
mswasm_val_t mswasm_val_f64(double v) {
  mswasm_val_t c = zeroVal(MSWASM_F64);
  c.of.f64 = v;
  return c;
}
mswasm_val_t mswasm_val_handle(mswasm_handle_t h) {
  mswasm_val_t c = zeroVal(MSWASM_HANDLE);
  c.of.handle = h;
  return c;
}
mswasm_handle_t mswasm_handle_null(void) {
  mswasm_handle_t h;
  std::memset(&h, 0, sizeof h);
  return h;
}
int mswasm_handle_is_null(mswasm_handle_t c) {
  Handle h;
  std::memcpy(static_cast<void*>(&h), &c.opaque_[0], sizeof(Handle));
  return h.kind() == HandleKind::Null;
}
mswasm_handle_t mswasm_handle_add(mswasm_handle_t c, int32_t delta) {
  Handle h;
  std::memcpy(static_cast<void*>(&h), &c.opaque_[0], sizeof(Handle));
  h = h.withOffset(int32_t(uint32_t(h.offset()) + uint32_t(delta)));
  std::memcpy(&c.opaque_[0], &h, sizeof(Handle));
  return c;
}
uint32_t mswasm_handle_remaining(mswasm_handle_t c) {
  Handle h;
  std::memcpy(static_cast<void*>(&h), &c.opaque_[0], sizeof(Handle));
  if (!h.isData() || h.offset() < 0 || uint32_t(h.offset()) >= h.bound()) return 0;
  return h.bound() - uint32_t(h.offset());
}

const char* mswasm_trap_kind(const mswasm_trap_t* t) { return t ? t->kind.c_str() : ""; }
const char* mswasm_trap_message(const mswasm_trap_t* t) { return t ? t->message.c_str() : ""; }
const char* mswasm_trap_text(const mswasm_trap_t* t) { return t ? t->text.c_str() : ""; }
const char* mswasm_trap_json(const mswasm_trap_t* t) { return t ? t->json.c_str() : ""; }
int mswasm_trap_exit_code(const mswasm_trap_t* t, int* code) {
  if (!t || !t->exited) return 0;
  if (code) *code = t->exitCode;
  return 1;
}
int mswasm_trap_is_memory_error(const mswasm_trap_t* t) { return t && t->memory; }
mswasm_trap_t* mswasm_trap_new(const char* message) {
  try {
    auto* t = new mswasm_trap;
    t->kind = "host-error";
    t->message = message ? message : "";
    return t;
  } catch (...) {
    return nullptr;
  }
}
void mswasm_trap_delete(mswasm_trap_t* t) { delete t; }

mswasm_engine_t* mswasm_engine_new(void) {
  auto* e = new (std::nothrow) mswasm_engine;
  if (!e) return nullptr;
  if (const char* t = std::getenv("MSWASM_TIER")) {
    if (!std::strcmp(t, "interp")) e->tier = MSWASM_TIER_INTERP;
    else if (!std::strcmp(t, "native")) e->tier = MSWASM_TIER_NATIVE;
  }
  return e;
}
void mswasm_engine_set_tier(mswasm_engine_t* e, mswasm_tier_t tier) {
  if (e && (tier == MSWASM_TIER_AUTO || tier == MSWASM_TIER_INTERP || tier == MSWASM_TIER_NATIVE)) e->tier = tier;
}
void mswasm_engine_set_cache_dir(mswasm_engine_t* e, const char* dir) {
  if (!e) return;
  try {
    e->cacheDir = dir ? dir : "";
  } catch (...) {
  }
}
void mswasm_engine_delete(mswasm_engine_t* e) { delete e; }

mswasm_error_t* mswasm_module_new(mswasm_engine_t* engine, const uint8_t* bytes, size_t size, mswasm_module_t** out) {
  return guard([&]() -> mswasm_error* {
    if (!engine || !out || (!bytes && size)) return makeError("mswasm_module_new: NULL argument");
    *out = nullptr;
    auto m = std::make_unique<mswasm_module>();
    m->engine = engine;
    std::span<const uint8_t> b(bytes, size);
    bool binary = looksBinary(b);  // the magic's 0 byte, or a #! interpreter line before it
    std::optional<Error> err = binary ? readBinary(b, m->module)
                                      : parseText(std::string_view(reinterpret_cast<const char*>(bytes), size), m->module);
    if (err) return makeError("invalid module: " + err->str());
    std::vector<Error> errs = validate(m->module);
    if (!errs.empty()) return makeError("invalid module: " + errs[0].str());
    *out = m.release();
    return nullptr;
  });
}

mswasm_error_t* mswasm_module_from_file(mswasm_engine_t* engine, const char* path, mswasm_module_t** out) {
  return guard([&]() -> mswasm_error* {
    if (!engine || !path || !out) return makeError("mswasm_module_from_file: NULL argument");
    *out = nullptr;
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(std::string("cannot read '") + path + "': " + std::strerror(errno));
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    mswasm_error* e = mswasm_module_new(engine, bytes.data(), bytes.size(), out);
    if (e) e->message = std::string(path) + ": " + e->message;
    return e;
  });
}

size_t mswasm_module_export_count(const mswasm_module_t* m) { return m ? m->module.exports.size() : 0; }
const char* mswasm_module_export_name(const mswasm_module_t* m, size_t i) {
  return m && i < m->module.exports.size() ? m->module.exports[i].name.c_str() : nullptr;
}
static size_t exportKinds(const mswasm_module_t* m, const char* name, mswasm_valkind_t* out, size_t cap,
                          bool results) {
  if (!m || !name) return size_t(-1);
  for (const Export& e : m->module.exports)
    if (e.name == name && e.func < m->module.numFunctions()) {
      const FuncType& t = m->module.funcType(e.func);
      const std::vector<ValType>& v = results ? t.results : t.params;
      for (size_t i = 0; out && i < v.size() && i < cap; ++i) out[i] = toKind(v[i]);
      return v.size();
    }
  return size_t(-1);
}
size_t mswasm_module_export_params(const mswasm_module_t* m, const char* name, mswasm_valkind_t* out, size_t cap) {
  return exportKinds(m, name, out, cap, false);
}
size_t mswasm_module_export_results(const mswasm_module_t* m, const char* name, mswasm_valkind_t* out, size_t cap) {
  return exportKinds(m, name, out, cap, true);
}
void mswasm_module_delete(mswasm_module_t* m) { delete m; }

mswasm_linker_t* mswasm_linker_new(void) { return new (std::nothrow) mswasm_linker; }

mswasm_error_t* mswasm_linker_define(mswasm_linker_t* linker, const char* module, const char* name,
                                     const mswasm_valkind_t* params, size_t nparams, const mswasm_valkind_t* results,
                                     size_t nresults, mswasm_func_callback_t callback, void* env,
                                     void (*finalize)(void*)) {
  return guard([&]() -> mswasm_error* {
    if (!linker || !module || !name || !callback || (nparams && !params) || (nresults && !results))
      return makeError("mswasm_linker_define: NULL argument");
    if (!std::strcmp(module, "mswasm"))
      return makeError("import module \"mswasm\" is the engine's host interface; choose another module name");
    for (const auto& e : linker->entries)
      if (e.module == module && e.name == name)
        return makeError(std::string("\"") + module + "\" \"" + name + "\" is already defined");
    mswasm_linker::Entry e;
    e.module = module;
    e.name = name;
    for (size_t i = 0; i < nparams; ++i) {
      bool ok;
      e.type.params.push_back(toValType(params[i], &ok));
      if (!ok) return makeError("parameter " + std::to_string(i) + " of " + e.module + "." + e.name + " has no valid kind");
    }
    for (size_t i = 0; i < nresults; ++i) {
      bool ok;
      e.type.results.push_back(toValType(results[i], &ok));
      if (!ok) return makeError("result " + std::to_string(i) + " of " + e.module + "." + e.name + " has no valid kind");
    }
    if (e.type.results.size() > 1) return makeError("host functions return at most one result");
    e.callback = callback;
    e.env = env;
    e.finalize = finalize;
    linker->entries.push_back(std::move(e));
    return nullptr;
  });
}

void mswasm_linker_delete(mswasm_linker_t* l) { delete l; }

mswasm_config_t* mswasm_config_new(void) { return new (std::nothrow) mswasm_config; }
void mswasm_config_delete(mswasm_config_t* c) { delete c; }
void mswasm_config_set_max_memory(mswasm_config_t* c, uint64_t bytes) {
  if (c) c->opts.maxMemory = bytes;
}
void mswasm_config_set_fuel(mswasm_config_t* c, uint64_t fuel) {
  if (c) c->opts.fuel = fuel;
}
mswasm_error_t* mswasm_config_set_timeout(mswasm_config_t* c, double seconds) {
  if (!c) return makeError("mswasm_config_set_timeout: NULL config");
  if (!(seconds >= 0 && seconds <= 1e9)) return makeError("timeout must be between 0 and 1e9 seconds");
  c->opts.timeoutSeconds = seconds;
  return nullptr;
}
void mswasm_config_set_max_call_depth(mswasm_config_t* c, uint32_t depth) {
  if (c && depth > 0) c->opts.maxCallDepth = depth;
}
void mswasm_config_set_strict_tags(mswasm_config_t* c, int on) {
  if (c) c->opts.strictTags = on != 0;
}
mswasm_error_t* mswasm_config_add_dir(mswasm_config_t* c, const char* host, const char* guest) {
  return guard([&]() -> mswasm_error* {
    if (!c || !host || !guest) return makeError("mswasm_config_add_dir: NULL argument");
    if (!*host || !*guest) return makeError("mswasm_config_add_dir: empty path");
    DirGrant g;
    g.host = host;
    g.guest = guest;
    c->opts.dirs.push_back(g);
    return nullptr;
  });
}
mswasm_error_t* mswasm_config_add_dir_readonly(mswasm_config_t* c, const char* host, const char* guest) {
  mswasm_error_t* e = mswasm_config_add_dir(c, host, guest);
  if (!e) c->opts.dirs.back().readOnly = true;
  return e;
}
void mswasm_config_add_arg(mswasm_config_t* c, const char* arg) {
  if (!c || !arg) return;
  try {
    c->opts.args.push_back(arg);
  } catch (...) {
  }
}
mswasm_error_t* mswasm_config_add_env(mswasm_config_t* c, const char* nv) {
  return guard([&]() -> mswasm_error* {
    if (!c || !nv) return makeError("mswasm_config_add_env: NULL argument");
    const char* eq = std::strchr(nv, '=');
    if (!eq || eq == nv) return makeError(std::string("environment entry '") + nv + "' is not NAME=value");
    c->opts.env.push_back(nv);
    return nullptr;
  });
}
void mswasm_config_set_stdio(mswasm_config_t* c, int in, int out, int err) {
  if (!c) return;
  c->opts.stdinFd = in;
  c->opts.stdoutFd = out;
  c->opts.stderrFd = err;
}
void mswasm_config_set_native_code(mswasm_config_t* c, const char* path) {
  if (!c) return;
  try {
    c->nativeCode = path ? path : "";
  } catch (...) {
  }
}

mswasm_error_t* mswasm_instance_new(mswasm_module_t* module, const mswasm_linker_t* linker,
                                    const mswasm_config_t* config, mswasm_instance_t** out, mswasm_trap_t** trap) {
  return guard([&]() -> mswasm_error* {
    if (trap) *trap = nullptr;
    if (!module || !out) return makeError("mswasm_instance_new: NULL argument");
    *out = nullptr;
    auto inst = std::make_unique<mswasm_instance>();
    inst->serial = nextSerial.fetch_add(1);
    Options opts = config ? config->opts : Options();
    if (opts.args.empty()) opts.args.push_back("module");
    mswasm_tier_t tier = module->engine->tier;
    std::string nativeCode = config ? config->nativeCode : "";
    if (!nativeCode.empty()) {
      if (tier == MSWASM_TIER_INTERP) return makeError("native code was given but the engine's tier is interp");
      if (opts.fuel) return makeError("the native tier does not implement fuel yet");
      opts.nativeCode = nativeCode;
    } else if (tier != MSWASM_TIER_INTERP) {
      std::string why;
      if (opts.fuel) {
        why = "the native tier does not implement fuel yet";
      } else {
        uint32_t flags = (opts.timeoutSeconds > 0 ? MSWASM_NATIVE_OPT_TIMEOUT_POLLS : 0) |
                         (opts.strictTags ? MSWASM_NATIVE_OPT_STRICT_TAGS : 0);
        const mswasm_module::Native& n = nativeFor(module, flags);
        if (n.ok) opts.nativeCode = n.path;
        else why = n.why;
      }
      if (opts.nativeCode.empty() && tier == MSWASM_TIER_NATIVE) return makeError("native tier: " + why);
    }
    inst->tier = opts.nativeCode.empty() ? "interp" : "native";

    std::vector<HostImport> imports;
    mswasm_instance* self = inst.get();
    if (linker) {
      for (const mswasm_linker::Entry& e : linker->entries) {
        HostImport hi;
        hi.module = e.module;
        hi.name = e.name;
        hi.type = e.type;
        mswasm_func_callback_t cb = e.callback;
        void* env = e.env;
        hi.fn = [self, cb, env](Instance&, std::span<const Value> args,
                                std::span<Value> results) -> std::optional<std::string> {
          mswasm_val_t cargsSmall[8], cresSmall[2];
          std::vector<mswasm_val_t> cargsBig, cresBig;
          mswasm_val_t* cargs = cargsSmall;
          mswasm_val_t* cres = cresSmall;
          if (args.size() > 8) cargs = (cargsBig = std::vector<mswasm_val_t>(args.size())).data();
          if (results.size() > 2) cres = (cresBig = std::vector<mswasm_val_t>(results.size())).data();
          for (size_t i = 0; i < args.size(); ++i) cargs[i] = toCVal(args[i], self->serial);
          for (size_t i = 0; i < results.size(); ++i) cres[i] = toCVal(results[i], self->serial);
          mswasm_trap* t = cb(env, self, cargs, args.size(), cres, results.size());
          if (t) {
            std::string msg = t->message.empty() ? "the host function trapped" : t->message;
            delete t;
            return msg;
          }
          for (size_t i = 0; i < results.size(); ++i) {
            bool ok;
            ValType vt = toValType(cres[i].kind, &ok);
            if (!ok) return "result " + std::to_string(i) + " has no valid kind";
            Value v = fromCVal(cres[i]);
            v.type = vt;
            if (vt == ValType::Handle) {
              if (mswasm_error* e = fromC(cres[i].of.handle, self, &v.handle)) {
                std::string msg = "result " + std::to_string(i) + ": " + e->message;
                delete e;
                return msg;
              }
            }
            results[i] = v;
          }
          return std::nullopt;
        };
        imports.push_back(std::move(hi));
      }
    }
    std::string error;
    std::optional<Outcome> start;
    inst->inst = Instance::create(module->module, opts, &error, &start, imports);
    if (!inst->inst) {
      if (start && start->kind != Outcome::Kind::Returned) {
        if (!trap) return makeError(error);
        *trap = makeTrap(*start);
        return nullptr;
      }
      return makeError(error);
    }
    *out = inst.release();
    return nullptr;
  });
}

void mswasm_instance_delete(mswasm_instance_t* i) {
  if (!i) return;
  // A library's stdio buffers: flushed as exit() would (library modules export fflush).
  try {
    const FuncType* t = i->inst->exportType("fflush");
    if (i->poisonedBy.empty() && t && t->params == std::vector<ValType>{ValType::Handle} &&
        t->results == std::vector<ValType>{ValType::I32}) {
      Value null = Value::fromHandle(Handle());
      i->inst->call("fflush", std::span<const Value>(&null, 1));
    }
  } catch (...) {
  }
  delete i;
}

const char* mswasm_instance_tier(const mswasm_instance_t* i) { return i ? i->tier.c_str() : ""; }

int mswasm_instance_poisoned(const mswasm_instance_t* i) { return i && !i->poisonedBy.empty(); }

mswasm_error_t* mswasm_instance_call(mswasm_instance_t* inst, const char* name, const mswasm_val_t* args, size_t nargs,
                                     mswasm_val_t* results, size_t nresults, mswasm_trap_t** trap) {
  return guard([&]() -> mswasm_error* {
    if (trap) *trap = nullptr;
    if (!inst || !name) return makeError("mswasm_instance_call: NULL argument");
    const FuncType* type = inst->inst->exportType(name);
    if (!type) return makeError(std::string("no export named '") + name + "'");
    return callWith(inst, std::string("export '") + name + "'", *type, args, nargs, results, nresults, trap,
                    [&](std::span<const Value> in) { return inst->inst->call(name, in); });
  });
}

mswasm_error_t* mswasm_instance_call_handle(mswasm_instance_t* inst, mswasm_handle_t function,
                                            const mswasm_val_t* args, size_t nargs, mswasm_val_t* results,
                                            size_t nresults, mswasm_trap_t** trap) {
  return guard([&]() -> mswasm_error* {
    if (trap) *trap = nullptr;
    if (!inst) return makeError("mswasm_instance_call_handle: NULL instance");
    Handle h;
    if (mswasm_error* e = fromC(function, inst, &h)) return e;
    const FuncType* type = inst->inst->functionType(h);
    if (!type) return makeError("the handle is not a function's code handle");
    return callWith(inst, "the function", *type, args, nargs, results, nresults, trap,
                    [&](std::span<const Value> in) { return inst->inst->call(h, in); });
  });
}

mswasm_error_t* mswasm_instance_alloc(mswasm_instance_t* inst, uint32_t size, mswasm_handle_t* out,
                                      mswasm_trap_t** trap) {
  return guard([&]() -> mswasm_error* {
    if (trap) *trap = nullptr;
    if (!inst || !out) return makeError("mswasm_instance_alloc: NULL argument");
    *out = mswasm_handle_null();
    FuncType type{{ValType::I32}, {ValType::Handle}};
    mswasm_val_t arg = mswasm_val_i32(int32_t(size)), res;
    mswasm_error* e = callWith(inst, "alloc", type, &arg, 1, &res, 1, trap, [&](std::span<const Value>) {
      return inst->inst->alloc(size);
    });
    if (e || (trap && *trap)) return e;
    *out = res.of.handle;
    if (mswasm_handle_is_null(*out) && size) return makeError("the guest is out of memory");
    return nullptr;
  });
}

mswasm_error_t* mswasm_instance_free(mswasm_instance_t* inst, mswasm_handle_t block, mswasm_trap_t** trap) {
  return guard([&]() -> mswasm_error* {
    if (trap) *trap = nullptr;
    if (!inst) return makeError("mswasm_instance_free: NULL instance");
    FuncType type{{ValType::Handle}, {}};
    mswasm_val_t arg = mswasm_val_handle(block);
    return callWith(inst, "free", type, &arg, 1, nullptr, 0, trap,
                    [&](std::span<const Value> in) { return inst->inst->free(in[0].handle); });
  });
}

mswasm_error_t* mswasm_instance_read(mswasm_instance_t* inst, mswasm_handle_t from, uint32_t offset, void* out,
                                     size_t size) {
  return guard([&]() -> mswasm_error* {
    if (!inst || (!out && size)) return makeError("mswasm_instance_read: NULL argument");
    Handle h;
    if (mswasm_error* e = fromC(from, inst, &h)) return e;
    if (std::optional<TrapReport> r = inst->inst->read(h, offset, out, size))
      return reportError("read of guest memory failed: " + std::string(trapName(r->kind)) + ": " + r->message, *r);
    return nullptr;
  });
}

mswasm_error_t* mswasm_instance_write(mswasm_instance_t* inst, mswasm_handle_t to, uint32_t offset, const void* data,
                                      size_t size) {
  return guard([&]() -> mswasm_error* {
    if (!inst || (!data && size)) return makeError("mswasm_instance_write: NULL argument");
    Handle h;
    if (mswasm_error* e = fromC(to, inst, &h)) return e;
    if (std::optional<TrapReport> r = inst->inst->write(h, offset, data, size))
      return reportError("write of guest memory failed: " + std::string(trapName(r->kind)) + ": " + r->message, *r);
    return nullptr;
  });
}

mswasm_error_t* mswasm_instance_new_bytes(mswasm_instance_t* inst, const void* data, uint32_t size,
                                          mswasm_handle_t* out) {
  return guard([&]() -> mswasm_error* {
    if (!inst || !out || (!data && size)) return makeError("mswasm_instance_new_bytes: NULL argument");
    mswasm_trap_t* trap = nullptr;
    mswasm_handle_t h;
    if (mswasm_error* e = mswasm_instance_alloc(inst, size, &h, &trap)) return e;
    if (trap) {
      mswasm_error* e = makeError(std::string("allocating in the guest trapped: ") + trap->text);
      delete trap;
      return e;
    }
    if (mswasm_error* e = mswasm_instance_write(inst, h, 0, data, size)) return e;
    *out = h;
    return nullptr;
  });
}

mswasm_error_t* mswasm_instance_new_array(mswasm_instance_t* inst, const void* elems, uint32_t count,
                                          uint32_t elem_size, mswasm_handle_t* out) {
  uint64_t bytes = uint64_t(count) * elem_size;
  if (bytes > UINT32_MAX) return makeError("mswasm_instance_new_array: the array is larger than 4 GiB");
  return mswasm_instance_new_bytes(inst, elems, uint32_t(bytes), out);
}

mswasm_error_t* mswasm_instance_new_string(mswasm_instance_t* inst, const char* s, mswasm_handle_t* out) {
  if (!s) return makeError("mswasm_instance_new_string: NULL string");
  size_t n = std::strlen(s) + 1;
  if (n > UINT32_MAX) return makeError("mswasm_instance_new_string: the string is larger than 4 GiB");
  return mswasm_instance_new_bytes(inst, s, uint32_t(n), out);
}

mswasm_error_t* mswasm_instance_read_string(mswasm_instance_t* inst, mswasm_handle_t s, size_t max_len, char** out) {
  return guard([&]() -> mswasm_error* {
    if (!inst || !out) return makeError("mswasm_instance_read_string: NULL argument");
    *out = nullptr;
    Handle h;
    if (mswasm_error* e = fromC(s, inst, &h)) return e;
    std::string text;
    char buf[256];
    for (;;) {
      // Read what is left of the block in chunks; the NUL must come within it and within max_len.
      uint32_t rem = mswasm_handle_remaining(s);
      size_t want = std::min<size_t>(sizeof buf, rem ? rem : 1);
      if (text.size() + want > max_len + 1) want = max_len + 1 - text.size();
      if (std::optional<TrapReport> r = inst->inst->read(h, uint32_t(text.size()), buf, want))
        return reportError("read of a guest string failed: " + std::string(trapName(r->kind)) + ": " + r->message, *r);
      const void* nul = std::memchr(buf, 0, want);
      if (nul) {
        text.append(buf, size_t(static_cast<const char*>(nul) - buf));
        break;
      }
      text.append(buf, want);
      if (text.size() > max_len) return makeError("the guest string is longer than " + std::to_string(max_len) + " bytes");
      s = mswasm_handle_add(s, int32_t(want));
    }
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (!copy) return makeError("out of memory");
    std::memcpy(copy, text.c_str(), text.size() + 1);
    *out = copy;
    return nullptr;
  });
}

}  // extern "C"
