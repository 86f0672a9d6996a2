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
      auto pos = [&] {
        Pos p{};
        p.file = r.u32();
        p.line = r.u32();
        p.col = r.u32();
        p.scope = r.u32();
        if (p.file >= files.size() || p.scope > files.size()) r.ok = false;
        return p;
      };
      for (uint32_t j = 0; r.ok && j < n; ++j) {
        Entry e;
        e.instr = r.u32();
        e.frames.push_back(pos());
        uint32_t inlined = r.u32();
        if (inlined > c.bytes.size()) r.ok = false;
        for (uint32_t k = 0; r.ok && k < inlined; ++k) e.frames.push_back(pos());
        entries.push_back(std::move(e));
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

SourceLoc SourceLocations::toLoc(const Pos& p) const {
  SourceLoc l;
  l.file = &files_[p.file];
  l.line = p.line;
  l.col = p.col;
  l.scope = p.scope ? &files_[p.scope - 1] : nullptr;
  return l;
}

std::vector<SourceLoc> SourceLocations::lookup(uint32_t func, uint32_t instr) const {
  std::vector<SourceLoc> out;
  auto it = funcs_.find(func);
  if (it == funcs_.end() || it->second.empty()) return out;
  const auto& v = it->second;
  auto e = std::upper_bound(v.begin(), v.end(), instr,
                            [](uint32_t i, const Entry& en) { return i < en.instr; });
  if (e == v.begin()) return out;
  --e;
  if (e->frames.empty() || e->frames[0].line == 0) return out;
  for (const Pos& p : e->frames) out.push_back(toLoc(p));
  return out;
}

}  // namespace mswasm::rt
