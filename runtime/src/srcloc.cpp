// Parser of the `mswasm.loc` custom section (format in srcloc.h / docs/spec.md).
#include "srcloc.h"

#include <algorithm>

namespace mswasm::rt {

namespace {
struct Reader {
  const std::vector<uint8_t>& b;
  size_t pos = 0;
  bool ok = true;
  uint32_t u32() {
    uint64_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (pos >= b.size()) {
        ok = false;
        return 0;
      }
      uint8_t byte = b[pos++];
      v |= uint64_t(byte & 0x7f) << shift;
      if (!(byte & 0x80)) {
        if (v > UINT32_MAX) ok = false;
        return uint32_t(v);
      }
    }
    ok = false;
    return 0;
  }
  std::string name() {
    uint32_t n = u32();
    if (!ok || n > b.size() - pos) {
      ok = false;
      return {};
    }
    std::string s(b.begin() + long(pos), b.begin() + long(pos + n));
    pos += n;
    return s;
  }
};
}  // namespace

void SourceLocations::load(const Module& m) {
  for (const CustomSection& c : m.customs) {
    if (c.name != "mswasm.loc") continue;
    Reader r{c.bytes};
    std::vector<std::string> files;
    std::unordered_map<uint32_t, std::vector<Entry>> funcs;
    uint32_t nfiles = r.u32();
    for (uint32_t i = 0; r.ok && i < nfiles; ++i) files.push_back(r.name());
    uint32_t nfuncs = r.ok ? r.u32() : 0;
    for (uint32_t i = 0; r.ok && i < nfuncs; ++i) {
      uint32_t func = r.u32();
      uint32_t n = r.u32();
      std::vector<Entry> entries;
      for (uint32_t j = 0; r.ok && j < n; ++j) {
        Entry e;
        e.instr = r.u32();
        e.file = r.u32();
        e.line = r.u32();
        e.col = r.u32();
        if (e.file >= files.size()) r.ok = false;
        entries.push_back(e);
      }
      std::sort(entries.begin(), entries.end(),
                       [](const Entry& a, const Entry& b) { return a.instr < b.instr; });
      funcs[func] = std::move(entries);
    }
    if (!r.ok) continue;
    files_ = std::move(files);
    funcs_ = std::move(funcs);
    return;
  }
}

bool SourceLocations::lookup(uint32_t func, uint32_t instr, SourceLoc* out) const {
  auto it = funcs_.find(func);
  if (it == funcs_.end() || it->second.empty()) return false;
  const auto& v = it->second;
  auto e = std::upper_bound(v.begin(), v.end(), instr,
                            [](uint32_t i, const Entry& en) { return i < en.instr; });
  if (e == v.begin()) return false;
  --e;
  if (e->line == 0) return false;
  out->file = &files_[e->file];
  out->line = e->line;
  out->col = e->col;
  return true;
}

}  // namespace mswasm::rt
