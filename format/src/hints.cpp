// Reader of the `mswasm.hints` custom section (docs/spec.md, "Compilation hints"): which
// defined functions the compiler marked compile-fast. Hints never change execution, so a
// malformed section is ignored as a whole rather than reported.
#include "leb128.h"
#include "mswasm/module.h"

namespace mswasm {

std::vector<bool> compileFastFunctions(const Module& m) {
  std::vector<bool> fast(m.numFunctions(), false);
  for (const CustomSection& c : m.customs) {
    if (c.name != "mswasm.hints") continue;
    std::vector<bool> found(m.numFunctions(), false);
    const uint8_t* p = c.bytes.data();
    const uint8_t* end = p + c.bytes.size();
    auto u32 = [&](uint32_t& out) {
      leb::Result r = leb::read(p, end, 32, false);
      if (r.status != leb::Status::Ok) return false;
      p += r.length;
      out = uint32_t(r.value);
      return true;
    };
    uint32_t count = 0;
    if (!u32(count)) continue;
    bool ok = true;
    int64_t previous = -1;
    for (uint32_t k = 0; k < count && ok; ++k) {
      uint32_t index = 0;
      ok = u32(index) && p < end && int64_t(index) > previous && index >= m.imports.size() &&
           index < m.numFunctions();
      if (!ok) break;
      uint8_t flags = *p++;
      previous = index;
      if (flags & 1) found[index] = true;
    }
    if (ok && p == end) fast = std::move(found);
  }
  return fast;
}

}  // namespace mswasm
