// What the embedder adds to an instance: host functions of its own (HostImport), handles it may
// hold (exported_: the only authoritative handles it can pass back), guest buffers it reads and
// writes with the guest's own access check, and blocks it allocates in the guest's heap.
//
// Calls nest: a host function may call back into the guest. A trap or exit in a nested call, or
// a failed buffer access inside a host function, is kept in pendingTrap_/pendingExit_ and raised
// in the outer guest call when the host function returns, so the host can never swallow a
// memory-safety error and carry on running the guest as if nothing happened.
#include <algorithm>
#include <cstring>

#include "machine.h"
#include "mint.h"

namespace mswasm::rt {

namespace {
// A segment that died this way never comes back (a closed scope can reopen: not these).
bool deadForGood(IdState s) { return s == IdState::Freed || s == IdState::Returned || s == IdState::Released; }
}  // namespace

bool Machine::accepts(const Handle& h) const {
  if (!h.authoritative() || exported_.count({uint8_t(h.kind()), h.id(), h.base(), h.bound()})) return true;
  // A data handle of a segment that died for good grants nothing (every access through it is a
  // use-after-free or -return report), so it is accepted even after giveOut pruned its entry.
  // With 64-bit ids no id is reused, so this cannot confuse it with a newer segment.
  return opts_.idBits == 64 && h.isData() && deadForGood(store_.state(h.id()));
}

void Machine::giveOut(const Handle& h) {
  if (!h.authoritative() || !exported_.insert({uint8_t(h.kind()), h.id(), h.base(), h.bound()}).second) return;
  exportedList_.push_back(h);
  // A host that receives a fresh block on every call (a million calls of a function returning
  // malloc'd memory) must not grow the engine without bound: entries of dead segments are
  // dropped once the set has doubled since the last pruning.
  if (exported_.size() < exportedPruneAt_ || opts_.idBits != 64) return;
  for (auto it = exported_.begin(); it != exported_.end();) {
    if (HandleKind(std::get<0>(*it)) != HandleKind::Code && deadForGood(store_.state(std::get<1>(*it))))
      it = exported_.erase(it);
    else
      ++it;
  }
  exportedList_.erase(std::remove_if(exportedList_.begin(), exportedList_.end(),
                                     [&](const Handle& x) {
                                       return !exported_.count({uint8_t(x.kind()), x.id(), x.base(), x.bound()});
                                     }),
                      exportedList_.end());
  exportedPruneAt_ = std::max<size_t>(4096, 2 * exported_.size());
}

void Machine::callImport(uint32_t import) {
  const ImportBinding& b = imports_[import];
  if (b.embedder < 0) callHost(b.fn);
  else callEmbedder(uint32_t(b.embedder));
}

void Machine::callEmbedder(uint32_t k) {
  const HostImport& hi = hostImports_[k];
  const FuncType& t = hi.type;
  const std::string& qualified = hostImportNames_[k];
  size_t base = stack_.size() - t.params.size();
  // Arguments and results in small fixed arrays when they fit (most host functions).
  Value argsSmall[8], resultsSmall[2];
  std::vector<Value> argsBig, resultsBig;
  std::span<Value> args, results;
  if (t.params.size() <= 8) args = std::span<Value>(argsSmall, t.params.size());
  else args = argsBig = std::vector<Value>(t.params.size());
  if (t.results.size() <= 2) results = std::span<Value>(resultsSmall, t.results.size());
  else results = resultsBig = std::vector<Value>(t.results.size());
  for (size_t i = 0; i < args.size(); ++i) {
    const Slot& s = stack_[base + i];
    args[i].type = t.params[i];
    if (t.params[i] == ValType::Handle) {
      args[i].handle = s.h;
      giveOut(s.h);  // the host may use it, keep it and pass it back
    } else {
      args[i].bits = t.params[i] == ValType::I32 || t.params[i] == ValType::F32 ? uint32_t(s.bits) : s.bits;
    }
  }
  stack_.resize(base);
  for (size_t i = 0; i < results.size(); ++i) results[i].type = t.results[i];

  std::string_view savedHost = currentHost_;
  currentHost_ = qualified;
  ++hostCallDepth_;
  std::optional<std::string> failure;
  try {
    failure = hi.fn(*owner_, args, results);
  } catch (const std::bad_alloc&) {
    failure = "the host function ran out of memory";
  } catch (const std::exception& e) {
    failure = std::string("the host function threw an exception: ") + e.what();
  } catch (...) {
    failure = "the host function threw an exception";
  }
  --hostCallDepth_;
  struct Restore {
    std::string_view& cur;
    std::string_view saved;
    ~Restore() { cur = saved; }
  } restore{currentHost_, savedHost};

  if (pendingTrap_) {
    TrapSignal sig;
    sig.report = std::move(*pendingTrap_);
    pendingTrap_.reset();
    throw sig;
  }
  if (pendingExit_) {
    ExitSignal e{*pendingExit_};
    pendingExit_.reset();
    throw e;
  }
  if (failure) trap(TrapKind::HostError, "host function " + qualified + " failed", *failure);
  for (size_t i = 0; i < results.size(); ++i) {
    const Value& v = results[i];
    if (v.type != t.results[i])
      trap(TrapKind::HostError, "host function " + qualified + " returned a bad result",
           "result " + std::to_string(i) + " is " + std::string(valTypeName(v.type)) + ", declared " +
               std::string(valTypeName(t.results[i])));
    if (v.type == ValType::Handle && !accepts(v.handle))
      trap(TrapKind::HostError, "host function " + qualified + " returned a bad result",
           "result " + std::to_string(i) + " is a handle this instance never gave out");
    Slot s;
    if (v.type == ValType::Handle) s.h = v.handle;
    else s.bits = v.type == ValType::I32 || v.type == ValType::F32 ? uint32_t(v.bits) : v.bits;
    stack_.push_back(s);
  }
}

// ---- Instance: buffers and blocks ----

namespace {

TrapReport embedderError(std::string headline, std::string message) {
  TrapReport r;
  r.kind = TrapKind::HostError;
  r.headline = std::move(headline);
  r.message = std::move(message);
  return r;
}

Outcome trapped(TrapReport r) {
  Outcome o;
  o.kind = Outcome::Kind::Trapped;
  o.trap = std::move(r);
  return o;
}

uint32_t exportedFunc(const Module& m, std::string_view name, const FuncType& want) {
  for (const Export& e : m.exports)
    if (e.name == name && e.func < m.numFunctions() && m.funcType(e.func) == want) return e.func;
  return UINT32_MAX;
}

}  // namespace

bool Instance::owns(const Handle& h) const { return machine_->accepts(h); }

std::optional<TrapReport> Instance::read(const Handle& h, uint32_t offset, void* out, size_t n) {
  Machine& M = *machine_;
  if (!M.accepts(h))
    return embedderError("bad handle from the embedder", "read through a handle this instance never gave out");
  if (n == 0) return std::nullopt;
  if (n > UINT32_MAX) return embedderError("bad read from the embedder", "a read of more than 4 GiB");
  try {
    Segment* s = nullptr;
    const uint8_t* p = M.check(h, offset, uint32_t(n), Machine::Mode::Read, false, &s);
    std::memcpy(out, p, n);
    return std::nullopt;
  } catch (TrapSignal& sig) {
    if (M.hostCallDepth_ > 0 && !M.pendingTrap_) M.pendingTrap_ = sig.report;
    return std::move(sig.report);
  }
}

std::optional<TrapReport> Instance::write(const Handle& h, uint32_t offset, const void* data, size_t n) {
  Machine& M = *machine_;
  if (!M.accepts(h))
    return embedderError("bad handle from the embedder", "write through a handle this instance never gave out");
  if (n == 0) return std::nullopt;
  if (n > UINT32_MAX) return embedderError("bad write from the embedder", "a write of more than 4 GiB");
  try {
    Segment* s = nullptr;
    uint8_t* p = M.check(h, offset, uint32_t(n), Machine::Mode::Write, false, &s);
    std::memmove(p, data, n);
    M.clearTags(s, uint64_t(p - s->bytes.data()), n);
    return std::nullopt;
  } catch (TrapSignal& sig) {
    if (M.hostCallDepth_ > 0 && !M.pendingTrap_) M.pendingTrap_ = sig.report;
    return std::move(sig.report);
  }
}

Outcome Instance::alloc(uint32_t size) {
  Machine& M = *machine_;
  FuncType mallocType{{ValType::I32}, {ValType::Handle}};
  uint32_t f = exportedFunc(M.mod_, "malloc", mallocType);
  if (f != UINT32_MAX) {
    Value arg = Value::i32(int32_t(size));
    return M.invoke(f, std::span<const Value>(&arg, 1));
  }
  Outcome o;
  try {
    Handle h = M.opSegalloc(size, 16);
    M.giveOut(h);
    o.results.push_back(Value::fromHandle(h));
  } catch (TrapSignal& sig) {
    return trapped(std::move(sig.report));
  } catch (const std::bad_alloc&) {
    o.results.push_back(Value::fromHandle(Handle::null()));
  }
  return o;
}

Outcome Instance::free(const Handle& h) {
  Machine& M = *machine_;
  if (!M.accepts(h))
    return trapped(embedderError("bad handle from the embedder", "free of a handle this instance never gave out"));
  FuncType freeType{{ValType::Handle}, {}};
  uint32_t f = exportedFunc(M.mod_, "free", freeType);
  if (f != UINT32_MAX) {
    Value arg = Value::fromHandle(h);
    return M.invoke(f, std::span<const Value>(&arg, 1));
  }
  try {
    M.opSegfree(h);
  } catch (TrapSignal& sig) {
    return trapped(std::move(sig.report));
  }
  return Outcome{};
}

const FuncType* Instance::functionType(const Handle& code) const {
  const Machine& M = *machine_;
  auto it = code.kind() == HandleKind::Code ? M.codeById_.find(code.id()) : M.codeById_.end();
  if (it == M.codeById_.end() || code.offset() != 0) return nullptr;
  return &M.mod_.funcType(it->second);
}

Outcome Instance::call(const Handle& code, std::span<const Value> args) {
  Machine& M = *machine_;
  if (!M.accepts(code))
    return trapped(embedderError("bad handle from the embedder", "call through a handle this instance never gave out"));
  auto it = code.kind() == HandleKind::Code ? M.codeById_.find(code.id()) : M.codeById_.end();
  if (it == M.codeById_.end() || code.offset() != 0)
    return trapped(embedderError("bad call from the embedder", "the handle is not a function's code handle"));
  return M.invoke(it->second, args);
}

}  // namespace mswasm::rt
