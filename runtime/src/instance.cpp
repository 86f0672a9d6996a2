// Instantiation (docs/spec.md, "Modules: instantiation and execution") and export calls: the
// Instance API on top of Machine. Instantiation validates the module again (the engine must not
// trust its caller), resolves imports against the host interface, gives every function a code
// address and id, lays out global segments, writes relocations as tagged handles, initialises
// globals, decodes every body once, and runs the start function.
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "machine.h"
#include "mint.h"
#include "mswasm/validate.h"
#include "native_state.h"

namespace mswasm::rt {

Machine::Machine(const Module& m, const Options& opts)
    : mod_(m),
      opts_(opts),
      store_(Store::Limits{opts.maxMemory, opts.stackLimit, opts.idBits},
             [this](const Store::HandleSink& sink) { visitRoots(sink); }) {
  fuelLeft_ = opts_.fuel ? opts_.fuel : UINT64_MAX;
}

Machine::~Machine() {
  for (auto& f : fds_)
    if (f && f->owned) ::close(f->host);
  for (auto& d : dirFds_)
    if (d.second >= 0) ::close(d.second);
}

void Machine::visitRoots(const Store::HandleSink& sink) const {
  for (const Slot& s : stack_) sink(s.h);
  for (const Slot& s : locals_) sink(s.h);
  for (const Slot& s : globals_) sink(s.h);
  for (const auto& [id, rec] : jumps_) {
    for (const Slot& s : rec.stack) sink(s.h);
  }
  for (const Handle& h : exportedList_) sink(h);
}

bool Machine::instantiate(std::string* error, std::optional<Outcome>* startOutcome,
                          std::span<const HostImport> embedderImports) {
  std::vector<Error> errs = validate(mod_);
  if (!errs.empty()) {
    *error = "invalid module: " + errs[0].str();
    return false;
  }
  // 1. Imports: the host interface (module "mswasm"), then the embedder's functions.
  hostImports_.assign(embedderImports.begin(), embedderImports.end());
  for (const HostImport& hi : hostImports_) hostImportNames_.push_back(hi.module + "." + hi.name);
  for (const HostImport& hi : hostImports_)
    if (!hi.fn) {
      *error = "host function \"" + hi.module + "\" \"" + hi.name + "\" has no callback";
      return false;
    }
  for (const Import& im : mod_.imports) {
    FuncType want;
    ImportBinding b;
    bool found = false;
    if (im.module == "mswasm") {
      if (std::optional<HostFn> fn = hostFunction(im.field, &want)) {
        b.fn = *fn;
        found = true;
      }
    } else {
      for (size_t k = 0; k < hostImports_.size() && !found; ++k)
        if (hostImports_[k].module == im.module && hostImports_[k].name == im.field) {
          want = hostImports_[k].type;
          b.embedder = int32_t(k);
          found = true;
        }
    }
    if (!found) {
      *error = "unknown import \"" + im.module + "\" \"" + im.field + "\"" +
               (im.module == "mswasm" ? " (not in the host interface)" : " (the embedder defines no such function)");
      return false;
    }
    if (im.type >= mod_.types.size() || !(mod_.types[im.type] == want)) {
      *error = "import \"" + im.module + "\" \"" + im.field + "\" has type " +
               (im.type < mod_.types.size() ? typeString(mod_.types[im.type]) : "?") + ", " +
               (b.embedder >= 0 ? "the embedder defines " : "expected ") + typeString(want);
      return false;
    }
    imports_.push_back(b);
  }
  // 2. Code handles.
  for (uint32_t f = 0; f < mod_.numFunctions(); ++f) {
    std::optional<uint32_t> addr = store_.reserveCodeAddress();
    std::optional<uint64_t> id = store_.newId(IdState::Code);
    if (!addr || !id) {
      *error = "no address or id left for code handles";
      return false;
    }
    codeAddr_.push_back(*addr);
    codeId_.push_back(*id);
    codeById_[*id] = f;
  }
  // 3. Global segments.
  for (uint32_t i = 0; i < mod_.segments.size(); ++i) {
    const DataSegment& d = mod_.segments[i];
    Store::AllocFail why;
    uint32_t align = d.alignLog2 <= 16 ? (1u << d.alignLog2) : 16;
    Segment* s = store_.allocate(SegKind::Global, d.size, align, 0, &why);
    if (!s) {
      *error = why == Store::AllocFail::Memory ? "global segments exceed --max-memory"
                                               : "no address range or id left for global segments";
      return false;
    }
    s->globalIndex = i;
    if (!d.init.empty()) std::memcpy(s->bytes.data(), d.init.data(), std::min<size_t>(d.init.size(), d.size));
    globalSegs_.push_back(s);
  }
  // 4. Relocations (all segments exist, so forward references work).
  for (uint32_t i = 0; i < mod_.segments.size(); ++i) {
    Segment* s = globalSegs_[i];
    for (const Reloc& r : mod_.segments[i].relocs) {
      // Validation guarantees these; checked again so that no module can make us write outside.
      bool targetOk = r.kind == Reloc::Kind::Segment ? r.index < globalSegs_.size() : r.index < codeAddr_.size();
      if (r.offset % 16 || uint64_t(r.offset) + 16 > s->size || !targetOk) {
        *error = "bad relocation in segment " + std::to_string(i);
        return false;
      }
      Handle h;
      if (r.kind == Reloc::Kind::Segment) {
        const Segment* t = globalSegs_[r.index];
        h = HandleMint::make(HandleKind::Global, t->addr, r.addend, t->size, t->id);
      } else {
        h = HandleMint::make(HandleKind::Code, codeAddr_[r.index], 0, 0, codeId_[r.index]);
      }
      uint32_t addr = h.address();
      std::memset(s->bytes.data() + r.offset, 0, 16);
      std::memcpy(s->bytes.data() + r.offset, &addr, 4);
      store_.setTag(s, r.offset, h);
    }
    s->readOnly = mod_.segments[i].readOnly;
    store_.refresh(s);
  }
  // 5. Globals.
  for (const Global& g : mod_.globals) {
    Slot v;
    switch (g.init.op) {
      case Opcode::I32Const:
      case Opcode::F32Const: v.bits = uint32_t(g.init.bits); break;
      case Opcode::I64Const:
      case Opcode::F64Const: v.bits = g.init.bits; break;
      case Opcode::HandleNull: break;
      case Opcode::GlobalSegment: {
        if (g.init.index >= globalSegs_.size()) {
          *error = "bad global initialiser";
          return false;
        }
        const Segment* t = globalSegs_[g.init.index];
        v.h = HandleMint::make(HandleKind::Global, t->addr, 0, t->size, t->id);
        break;
      }
      case Opcode::FuncHandle:
        if (g.init.index >= codeAddr_.size()) {
          *error = "bad global initialiser";
          return false;
        }
        v.h = HandleMint::make(HandleKind::Code, codeAddr_[g.init.index], 0, 0, codeId_[g.init.index]);
        break;
      default: *error = "unsupported global initialiser"; return false;
    }
    globals_.push_back(v);
  }
  // Host state: granted directories. A grant on a pseudo file system is refused: procfs would
  // give the guest /proc/self/mem (the engine's own memory) and the host's environment, sysfs,
  // cgroup, bpf, debugfs, ... control the kernel, devtmpfs/devpts hold devices. The file system
  // is known by statfs's f_type, and by its name in /proc/self/mountinfo where that is readable
  // (devtmpfs has tmpfs's f_type). Paths never leave a grant's mount (RESOLVE_NO_XDEV), so the
  // check of the grant's own directory covers everything the guest reaches through it.
  auto pseudoFileSystem = [](int fd) -> std::string {
    static const struct {
      unsigned long magic;
      const char* name;
    } kMagic[] = {
        {PROC_SUPER_MAGIC, "proc"},       {SYSFS_MAGIC, "sysfs"},
        {DEVPTS_SUPER_MAGIC, "devpts"},   {DEBUGFS_MAGIC, "debugfs"},
        {SECURITYFS_MAGIC, "securityfs"}, {CGROUP_SUPER_MAGIC, "cgroup"},
        {CGROUP2_SUPER_MAGIC, "cgroup2"}, {BPF_FS_MAGIC, "bpf"},
        {TRACEFS_MAGIC, "tracefs"},       {SELINUX_MAGIC, "selinuxfs"},
        {SMACK_MAGIC, "smackfs"},         {PSTOREFS_MAGIC, "pstore"},
        {EFIVARFS_MAGIC, "efivarfs"},     {BINFMTFS_MAGIC, "binfmt_misc"},
        {NSFS_MAGIC, "nsfs"},             {0x62656570UL, "configfs"},
        {0x65735543UL, "fusectl"},        {0x19800202UL, "mqueue"},
    };
    static const char* const kNames[] = {"proc",     "sysfs",   "devtmpfs", "devpts",      "debugfs", "securityfs",
                                         "cgroup",   "cgroup2", "bpf",      "tracefs",     "selinuxfs",
                                         "smackfs",  "pstore",  "efivarfs", "binfmt_misc", "nsfs",
                                         "configfs", "fusectl", "mqueue",   "rpc_pipefs",  "nfsd"};
    struct statfs sf;
    if (::fstatfs(fd, &sf) == 0)
      for (const auto& m : kMagic)
        if ((unsigned long)sf.f_type == m.magic) return m.name;
    struct statx sx;
    if (::statx(fd, "", AT_EMPTY_PATH, STATX_MNT_ID, &sx) != 0 || !(sx.stx_mask & STATX_MNT_ID)) return "";
    FILE* f = std::fopen("/proc/self/mountinfo", "re");
    if (!f) return "";
    std::string found;
    char* line = nullptr;
    size_t cap = 0;
    while (found.empty() && ::getline(&line, &cap, f) > 0) {
      // "ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPEROPTIONS"
      unsigned long long id = std::strtoull(line, nullptr, 10);
      const char* dash = std::strstr(line, " - ");
      if (id != sx.stx_mnt_id || !dash) continue;
      std::string type(dash + 3, std::strcspn(dash + 3, " \n"));
      for (const char* n : kNames)
        if (type == n) found = type;
      break;
    }
    std::free(line);
    std::fclose(f);
    return found;
  };
  for (const DirGrant& d : opts_.dirs) {
    int fd = ::open(d.host.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
      *error = "cannot open --dir " + d.host + ": " + std::strerror(errno);
      return false;
    }
    std::string pseudo = pseudoFileSystem(fd);
    if (!pseudo.empty()) {
      ::close(fd);
      *error = "refusing --dir " + d.host + ": it is on a " + pseudo +
               " file system, and pseudo file systems cannot be granted (docs/security.md)";
      return false;
    }
    dirFds_.emplace_back(d.guest, fd);
  }
  initHost();
  decodeAll();
  locs_.load(mod_);
  if (!opts_.nativeCode.empty()) {
    if (!loadNative(error)) return false;
    startNativeWatchdog();
  }
  // 6. Start function.
  if (mod_.start && *mod_.start < mod_.numFunctions()) {
    Outcome o = invoke(*mod_.start, {});
    if (o.kind == Outcome::Kind::Trapped) {
      *error = "trap in the start function: " + std::string(trapName(o.trap->kind));
      if (startOutcome) *startOutcome = std::move(o);
      return false;
    }
    if (o.kind == Outcome::Kind::Exited) {
      *error = "the start function called exit(" + std::to_string(o.exitCode) + ")";
      if (startOutcome) *startOutcome = std::move(o);
      return false;
    }
  }
  return true;
}

Outcome Machine::invoke(uint32_t func, std::span<const Value> args) {
  Outcome out;
  size_t entryDepth = depth_, entryStack = stack_.size(), entryLabels = labels_.size();
  const FuncType& t = mod_.funcType(func);
  uint64_t fuelBefore = fuelLeft_;
  const bool outermost = hostCallDepth_ == 0;
  if (outermost) armDeadline();
  // Guest code a host function calls back runs outside that host function (for reports).
  std::string_view savedHost = currentHost_;
  currentHost_ = {};
  try {
    if (args.size() != t.params.size())
      trap(TrapKind::HostError, "bad call from the embedder",
           funcName(func) + " takes " + std::to_string(t.params.size()) + " arguments, " +
               std::to_string(args.size()) + " given");
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i].type != t.params[i])
        trap(TrapKind::HostError, "bad call from the embedder",
             "argument " + std::to_string(i) + " of " + funcName(func) + " must be " +
                 std::string(valTypeName(t.params[i])));
      const Handle& h = args[i].handle;
      if (args[i].type == ValType::Handle && !accepts(h))
        trap(TrapKind::HostError, "bad call from the embedder",
             "argument " + std::to_string(i) + " of " + funcName(func) +
                 " is a handle this instance never returned");
      stack_.push_back(Slot{args[i].bits, args[i].type == ValType::Handle ? h : Handle()});
    }
    if (func < mod_.imports.size()) {
      pc_ = 0;
      callImport(func);
    } else if (runsNative(func)) {
      invokeNative(func, entryStack);
    } else {
      pc_ = 0;
      pushFrame(func);
      execute(entryDepth);
    }
    out.kind = Outcome::Kind::Returned;
    size_t n = t.results.size();
    for (size_t i = 0; i < n; ++i) {
      const Slot& s = stack_[stack_.size() - n + i];
      Value v;
      v.type = t.results[i];
      v.bits = s.bits;
      if (v.type == ValType::Handle) {
        v.handle = s.h;
        giveOut(s.h);
      }
      out.results.push_back(v);
    }
  } catch (TrapSignal& sig) {
    out.kind = Outcome::Kind::Trapped;
    out.trap = std::move(sig.report);
  } catch (ExitSignal& e) {
    out.kind = Outcome::Kind::Exited;
    out.exitCode = e.code;
  } catch (const std::bad_alloc&) {
    out.kind = Outcome::Kind::Trapped;
    TrapReport r;
    r.kind = TrapKind::HostError;
    r.headline = "the engine ran out of host memory";
    r.message = r.headline;
    r.stack = resolve(captureStack(64));
    out.trap = std::move(r);
  }
  unwindTo(entryDepth);
  stack_.resize(entryStack);
  labels_.resize(entryLabels);
  currentHost_ = savedHost;
  if (!outermost) {
    // A nested call from a host function: its trap or exit ends the outer call too, once the
    // host function returns (the host still sees this outcome first).
    if (out.kind == Outcome::Kind::Trapped && !pendingTrap_) pendingTrap_ = out.trap;
    if (out.kind == Outcome::Kind::Exited && !pendingExit_) pendingExit_ = out.exitCode;
    return out;
  }
  stats_.instructions += fuelBefore - fuelLeft_;
  stats_.segmentsAllocated = store_.segmentsAllocated();
  stats_.idsReclaimed = store_.idsReclaimed();
  stats_.sweeps = store_.sweeps();
  stats_.peakLiveBytes = store_.peakLiveBytes();
  stats_.idPagesReleased = store_.idPagesReleased();
  return out;
}

void Machine::armDeadline() {
  if (opts_.timeoutSeconds <= 0) return;
  deadline_ = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                      std::chrono::duration<double>(opts_.timeoutSeconds));
  if (native_) rearmNativeWatchdog();
}

// ---- Instance ----

Instance::Instance(std::unique_ptr<Machine> m) : machine_(std::move(m)) {}
Instance::~Instance() = default;

std::unique_ptr<Instance> Instance::create(const Module& m, const Options& opts, std::string* error,
                                           std::optional<Outcome>* startOutcome,
                                           std::span<const HostImport> imports) {
  if (opts.idBits < 64 && (opts.idBits < 4 || opts.idBits > 24)) {
    *error = "id width must be 64 or between 4 and 24 bits";
    return nullptr;
  }
  if (!(opts.timeoutSeconds >= 0 && opts.timeoutSeconds <= 1e9)) {
    *error = "timeout must be between 0 and 1e9 seconds";
    return nullptr;
  }
  std::unique_ptr<Instance> inst(new Instance(std::make_unique<Machine>(m, opts)));
  inst->machine_->owner_ = inst.get();
  if (!inst->machine_->instantiate(error, startOutcome, imports)) return nullptr;
  return inst;
}

const FuncType* Instance::exportType(std::string_view name) const {
  for (const Export& e : machine_->module().exports)
    if (e.name == name && e.func < machine_->module().numFunctions()) return &machine_->module().funcType(e.func);
  return nullptr;
}

Outcome Instance::call(std::string_view name, std::span<const Value> args) {
  for (const Export& e : machine_->module().exports)
    if (e.name == name && e.func < machine_->module().numFunctions()) return machine_->invoke(e.func, args);
  Outcome o;
  o.kind = Outcome::Kind::Trapped;
  TrapReport r;
  r.kind = TrapKind::HostError;
  r.headline = "no export named '" + std::string(name) + "'";
  r.message = r.headline;
  o.trap = r;
  return o;
}

const Stats& Instance::stats() const { return machine_->stats_; }

}  // namespace mswasm::rt
