// Trap reports: building them from the machine state (trap, trapAccess, call stacks resolved
// through the name section and mswasm.loc) and rendering them ASan-style or as JSON.
#include <cinttypes>
#include <cstdio>
#include <sstream>

#include "machine.h"

namespace mswasm::rt {

std::string_view handleKindName(HandleKind k) {
  switch (k) {
    case HandleKind::Null: return "null";
    case HandleKind::Invalid: return "invalid";
    case HandleKind::Heap: return "heap";
    case HandleKind::Stack: return "stack";
    case HandleKind::Global: return "global";
    case HandleKind::Code: return "code";
    case HandleKind::Jump: return "jump";
  }
  return "?";
}

std::string_view invalidReasonName(InvalidReason r) {
  switch (r) {
    case InvalidReason::None: return "";
    case InvalidReason::FromData: return "from-data";
    case InvalidReason::FromInt: return "from-int";
    case InvalidReason::SliceOutOfBounds: return "slice-out-of-bounds";
  }
  return "?";
}

std::string_view trapName(TrapKind k) {
  switch (k) {
#define X(Name, text, cls) case TrapKind::Name: return text;
    MSWASM_TRAP_KINDS(X)
#undef X
  }
  return "?";
}

TrapClass trapClass(TrapKind k) {
  switch (k) {
#define X(Name, text, cls) case TrapKind::Name: return TrapClass::cls;
    MSWASM_TRAP_KINDS(X)
#undef X
  }
  return TrapClass::Other;
}

int trapExitCode(TrapKind k) {
  switch (trapClass(k)) {
    case TrapClass::Memory: return 134;
    case TrapClass::Other: return 135;
    case TrapClass::Limit: return 136;
  }
  return 135;
}

namespace {

std::string hex(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  return buf;
}

// The length of the well-formed UTF-8 sequence at s[i] (2-4 bytes: no overlong forms, no
// surrogates, at most U+10FFFF), or 0 when s[i] does not start one. ASCII is handled by callers.
size_t utf8Sequence(std::string_view s, size_t i) {
  auto cont = [&](size_t k) { return k < s.size() && (uint8_t(s[k]) & 0xC0) == 0x80; };
  uint8_t c = uint8_t(s[i]);
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    uint8_t c1 = uint8_t(s[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    uint8_t c1 = uint8_t(s[i + 1]);
    if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

// Strings from the module (names, file names) and from embedders (host-function messages) are
// untrusted: in text reports, control bytes and bytes of no well-formed UTF-8 sequence are
// written as \xNN (and a backslash as \\), so a module cannot put a line break, a forged
// "SUMMARY:" line or a terminal escape into a report; in JSON, invalid bytes become U+FFFD.
std::string printable(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint8_t c = uint8_t(s[i]);
    if (c >= 0x20 && c < 0x7f) {
      if (c == '\\') out += '\\';
      out += char(c);
      ++i;
    } else if (size_t n = c >= 0x80 ? utf8Sequence(s, i) : 0) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
    }
  }
  return out;
}

std::string jsonString(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    uint8_t c = uint8_t(s[i]);
    switch (c) {
      case '"': out += "\\\""; ++i; continue;
      case '\\': out += "\\\\"; ++i; continue;
      case '\n': out += "\\n"; ++i; continue;
      case '\t': out += "\\t"; ++i; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
      ++i;
    } else if (c < 0x80) {
      out += char(c);
      ++i;
    } else if (size_t n = utf8Sequence(s, i)) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out += "\\ufffd";  // not UTF-8: JSON text must be
      ++i;
    }
  }
  return out + "\"";
}

std::string frameText(const FrameInfo& f) {
  if (!f.file.empty())
    return printable(f.name) + " " + printable(f.file) + ":" + std::to_string(f.line) + ":" + std::to_string(f.col);
  return printable(f.name) + "+instr " + std::to_string(f.instr);
}

void stackText(std::ostringstream& o, const std::vector<FrameInfo>& st) {
  for (size_t i = 0; i < st.size(); ++i) o << "    #" << i << " " << frameText(st[i]) << "\n";
  if (st.empty()) o << "    (no guest frames)\n";
}

std::string stackJson(const std::vector<FrameInfo>& st) {
  std::string out = "[";
  for (size_t i = 0; i < st.size(); ++i) {
    const FrameInfo& f = st[i];
    if (i) out += ",";
    out += "{\"func\":" + jsonString(f.name) + ",\"index\":" + std::to_string(f.func) +
           ",\"instr\":" + std::to_string(f.instr);
    if (!f.file.empty())
      out += ",\"file\":" + jsonString(f.file) + ",\"line\":" + std::to_string(f.line) +
             ",\"col\":" + std::to_string(f.col);
    out += "}";
  }
  return out + "]";
}

std::string handleText(const Handle& h) {
  std::string s = std::string(handleKindName(h.kind())) + " handle";
  if (h.kind() == HandleKind::Invalid) s += " (" + std::string(invalidReasonName(h.reason())) + ")";
  if (h.authoritative())
    s += " id " + std::to_string(h.id()) + ", base " + hex(h.base()) + ", bound " + std::to_string(h.bound()) +
         ", offset " + std::to_string(h.offset()) + ",";
  s += " address " + hex(h.address());
  return s;
}

}  // namespace

std::string TrapReport::text() const {
  std::ostringstream o;
  o << "==mswasm== ERROR: " << trapName(kind) << ": " << printable(headline) << "\n";
  if (accessAddress && !accessMode.empty())
    o << "  " << accessMode << " of " << accessSize << " bytes at address " << hex(*accessAddress)
      << (instruction.empty() ? "" : " by " + printable(instruction)) << "\n";
  // Host-interface functions are named by field ("fd_write"), the embedder's as "module.name".
  if (!hostFunction.empty())
    o << "  in host function " << (hostFunction.find('.') == std::string::npos ? "mswasm." : "")
      << printable(hostFunction) << "\n";
  if (handle) o << "  through " << handleText(*handle) << "\n";
  stackText(o, stack);
  if (segment) {
    const SegmentInfo& s = *segment;
    o << "  ";
    if (accessAddress && !accessMode.empty()) {
      uint64_t a = *accessAddress, lo = s.address, hi = uint64_t(s.address) + s.size;
      if (a >= hi)
        o << hex(a) << " is " << (a - hi) << " bytes after the";
      else if (a < lo)
        o << hex(a) << " is " << (lo - a) << " bytes before the";
      else
        o << hex(a) << " is " << (a - lo) << " bytes inside the";
    } else {
      o << "the handle names the";
    }
    o << " " << s.size << "-byte " << s.kind << " segment";
    if (!s.name.empty()) o << " '" << printable(s.name) << "'";
    o << " [" << hex(s.address) << ", " << hex(uint64_t(s.address) + s.size) << ") id " << s.id
      << (s.readOnly ? ", read-only" : "") << ", " << s.state << "\n";
    if (!s.historyKnown) {
      o << "  (allocation history of this segment was discarded)\n";
    } else {
      if (!s.allocatedBy.empty() || s.kind != "global") {
        o << "  allocated by:\n";
        stackText(o, s.allocatedBy);
      }
      if (s.state != "live") {
        // A stack segment's scope ends at stack.free or stack.release; a segment closed by
        // stack.free is released when its frame exits.
        bool scope = s.state.rfind("out of scope", 0) == 0 || s.state == "dead (stack.release)";
        bool frame = s.state.rfind("dead (its frame", 0) == 0;
        o << (scope ? "  scope ended by:\n" : frame ? "  released when its frame exited, at:\n" : "  freed by:\n");
        stackText(o, s.freedBy);
      }
    }
  }
  if (!message.empty()) o << "  note: " << printable(message) << "\n";
  for (const std::string& n : notes) o << "  note: " << printable(n) << "\n";
  o << "SUMMARY: mswasm: " << trapName(kind);
  if (!stack.empty()) o << " in " << frameText(stack[0]);
  o << "\n";
  return o.str();
}

std::string TrapReport::json() const {
  std::string o = "{\"outcome\":\"trap\",\"kind\":" + jsonString(trapName(kind));
  const char* cls = trapClass(kind) == TrapClass::Memory ? "memory-safety"
                    : trapClass(kind) == TrapClass::Limit ? "limit"
                                                          : "other";
  o += ",\"class\":" + jsonString(cls) + ",\"exit_code\":" + std::to_string(trapExitCode(kind));
  o += ",\"headline\":" + jsonString(headline) + ",\"message\":" + jsonString(message);
  if (!accessMode.empty()) o += ",\"access\":" + jsonString(accessMode) + ",\"size\":" + std::to_string(accessSize);
  if (accessAddress) o += ",\"address\":" + std::to_string(*accessAddress);
  if (!hostFunction.empty()) o += ",\"host_function\":" + jsonString(hostFunction);
  if (!instruction.empty()) o += ",\"instruction\":" + jsonString(instruction);
  if (handle) {
    const Handle& h = *handle;
    o += ",\"handle\":{\"kind\":" + jsonString(handleKindName(h.kind()));
    if (h.kind() == HandleKind::Invalid) o += ",\"reason\":" + jsonString(invalidReasonName(h.reason()));
    o += ",\"id\":" + std::to_string(h.id()) + ",\"base\":" + std::to_string(h.base()) +
         ",\"bound\":" + std::to_string(h.bound()) + ",\"offset\":" + std::to_string(h.offset()) +
         ",\"address\":" + std::to_string(h.address()) + "}";
  }
  o += ",\"stack\":" + stackJson(stack);
  if (segment) {
    const SegmentInfo& s = *segment;
    o += ",\"segment\":{\"kind\":" + jsonString(s.kind) + ",\"id\":" + std::to_string(s.id) +
         ",\"address\":" + std::to_string(s.address) + ",\"size\":" + std::to_string(s.size) +
         ",\"read_only\":" + (s.readOnly ? "true" : "false") + ",\"state\":" + jsonString(s.state);
    if (!s.name.empty()) o += ",\"name\":" + jsonString(s.name);
    if (s.historyKnown) {
      o += ",\"allocated_by\":" + stackJson(s.allocatedBy);
      if (s.state != "live") o += ",\"freed_by\":" + stackJson(s.freedBy);
    }
    o += "}";
  }
  if (!notes.empty()) {
    o += ",\"notes\":[";
    for (size_t i = 0; i < notes.size(); ++i) o += (i ? "," : "") + jsonString(notes[i]);
    o += "]";
  }
  return o + "}\n";
}

std::string formatValue(const Value& v) {
  char buf[128];
  switch (v.type) {
    case ValType::I32: return "i32 " + std::to_string(v.asI32());
    case ValType::I64: return "i64 " + std::to_string(v.asI64());
    case ValType::F32:
      std::snprintf(buf, sizeof buf, "f32 %.9g (0x%08" PRIx32 ")", double(v.asF32()), uint32_t(v.bits));
      return buf;
    case ValType::F64:
      std::snprintf(buf, sizeof buf, "f64 %.17g (0x%016" PRIx64 ")", v.asF64(), v.bits);
      return buf;
    case ValType::Handle: return "handle " + hex(v.handle.address()) + " (" + handleText(v.handle) + ")";
  }
  return "?";
}

// ---- Machine: building reports ----

std::string Machine::funcName(uint32_t func) const {
  if (func < mod_.funcNames.size() && !mod_.funcNames[func].empty()) return mod_.funcNames[func];
  if (func < mod_.imports.size()) return mod_.imports[func].module + "." + mod_.imports[func].field;
  for (const Export& e : mod_.exports)
    if (e.func == func) return e.name;
  return "func[" + std::to_string(func) + "]";
}

std::string Machine::typeString(const FuncType& t) const {
  std::string s = "(";
  for (size_t i = 0; i < t.params.size(); ++i) s += (i ? " " : "") + std::string(valTypeName(t.params[i]));
  s += ") -> (";
  for (size_t i = 0; i < t.results.size(); ++i) s += (i ? " " : "") + std::string(valTypeName(t.results[i]));
  return s + ")";
}

std::vector<FrameInfo> Machine::resolve(const CallStack& cs) const {
  std::vector<FrameInfo> out;
  for (const CallSite& c : cs) {
    FrameInfo f;
    f.func = c.func;
    f.instr = c.instr;
    f.name = funcName(c.func);
    std::vector<SourceLoc> locs = locs_.lookup(c.func, c.instr);
    if (locs.empty()) {
      out.push_back(std::move(f));
      continue;
    }
    // One frame per inlining level, innermost first; the last is the function itself.
    for (const SourceLoc& loc : locs) {
      FrameInfo g = f;
      if (loc.scope) g.name = *loc.scope;
      g.file = *loc.file;
      g.line = loc.line;
      g.col = loc.col;
      out.push_back(std::move(g));
    }
  }
  return out;
}

SegmentInfo Machine::segmentInfo(const Segment& s) const {
  SegmentInfo i;
  i.kind = s.kind == SegKind::Heap ? "heap" : s.kind == SegKind::Stack ? "stack" : "global";
  if (s.kind == SegKind::Global && s.globalIndex < mod_.segmentNames.size())
    i.name = mod_.segmentNames[s.globalIndex];
  i.id = s.id;
  i.address = s.addr;
  i.size = s.size;
  i.readOnly = s.readOnly;
  switch (s.state) {
    case IdState::Live: i.state = "live"; break;
    case IdState::Freed: i.state = "freed"; break;
    case IdState::Scope: i.state = "out of scope (stack.free)"; break;
    case IdState::Returned: i.state = "dead (its frame exited)"; break;
    case IdState::Released: i.state = "dead (stack.release)"; break;
    default: i.state = "dead"; break;
  }
  i.allocatedBy = resolve(store_.depot().get(s.allocStack));
  i.freedBy = resolve(store_.depot().get(s.freeStack));
  return i;
}

std::string Machine::originNote(const Handle& h) const {
  uint64_t o = h.origin();
  if (!o) return "";
  uint32_t func = uint32_t(o >> 32) - 1, instr = uint32_t(o);
  std::string what = "an instruction";
  if (func >= mod_.imports.size() && func - mod_.imports.size() < mod_.functions.size()) {
    const Function& f = mod_.functions[func - mod_.imports.size()];
    if (instr < f.body.size()) what = std::string(name(f.body[instr].op));
  }
  std::vector<FrameInfo> site = resolve({CallSite{func, instr}});
  return "the handle was made without authority by " + what + " at " + frameText(site[0]);
}

void Machine::trap(TrapKind k, std::string headline, std::string message, std::vector<std::string> notes) {
  TrapSignal sig;
  for (std::string& n : notes)
    if (!n.empty()) sig.report.notes.push_back(std::move(n));
  sig.report.kind = k;
  sig.report.headline = std::move(headline);
  sig.report.message = std::move(message);
  sig.report.hostFunction = std::string(currentHost_);
  sig.report.stack = resolve(captureStack(64));
  throw sig;
}

void Machine::trapUnreachable() { trap(TrapKind::Unreachable, "unreachable executed", "'unreachable' executed"); }

void Machine::trapDivideByZero() {
  trap(TrapKind::IntegerDivideByZero, "integer division by zero", "integer division or remainder by zero");
}

void Machine::trapIntegerOverflow() {
  trap(TrapKind::IntegerOverflow, "integer overflow", "signed division of the minimum value by -1");
}

void Machine::trapBadConversion(bool nan) {
  trap(TrapKind::InvalidConversionToInteger, "invalid conversion to integer",
       nan ? "truncation of NaN to an integer" : "truncation of an out-of-range value to an integer");
}

void Machine::trapCallDepth(uint32_t callee) {
  trap(TrapKind::CallStackExhausted, "call depth over " + std::to_string(opts_.maxCallDepth),
       "calling " + funcName(callee) + " would exceed the maximum call depth (" +
           std::to_string(opts_.maxCallDepth) + " frames)");
}

void Machine::trapTimeout() {
  trap(TrapKind::Timeout, "timeout",
       "the run exceeded --timeout=" + std::to_string(opts_.timeoutSeconds) + " seconds (wall-clock; not deterministic)");
}

void Machine::trapAccess(TrapKind k, const Handle& h, uint64_t effective, uint32_t n, Mode mode,
                         std::string message) {
  TrapSignal sig;
  TrapReport& r = sig.report;
  r.kind = k;
  r.message = std::move(message);
  r.hostFunction = std::string(currentHost_);
  r.handle = h;
  r.accessAddress = uint32_t(effective);
  if (activeDepth() > 0 && currentHost_.empty()) {
    CallSite top = activeFrame(activeDepth() - 1);
    if (top.func >= mod_.imports.size()) {
      const Function& f = mod_.functions[top.func - mod_.imports.size()];
      if (top.instr < f.body.size()) r.instruction = std::string(name(f.body[top.instr].op));
    }
  }
  if (h.origin()) r.notes.push_back(originNote(h));
  bool isFree = k == TrapKind::InvalidFree || k == TrapKind::DoubleFree || n == 0;
  if (k == TrapKind::BadLongjmp || k == TrapKind::LongjmpToExitedFrame) {
    r.headline = "jmp.long through buffer at " + hex(h.address());
  } else if (isFree) {
    r.headline = "free of " + std::string(handleKindName(h.kind())) + " handle at address " + hex(h.address());
  } else {
    r.accessMode = mode == Mode::Read ? "read" : "write";
    r.accessSize = n;
    r.headline = r.accessMode + " of size " + std::to_string(n);
  }
  if (h.isData())
    if (const Segment* s = store_.record(h.id())) r.segment = segmentInfo(*s);
  if (h.isData() && !r.segment) {
    SegmentInfo si;
    si.kind = std::string(handleKindName(h.kind()));
    si.id = h.id();
    si.state = store_.state(h.id()) == IdState::Live ? "live" : "dead";
    si.historyKnown = false;
    si.address = h.base();
    si.size = h.bound();
    r.segment = si;
  }
  r.stack = resolve(captureStack(64));
  throw sig;
}

}  // namespace mswasm::rt
