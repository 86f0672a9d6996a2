// Source locations from the `mswasm.loc` custom section (docs/spec.md, "Source locations"):
// parsed once; lookup gives the entry covering an instruction of a function.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "mswasm/module.h"

namespace mswasm::rt {

struct SourceLoc {
  const std::string* file = nullptr;
  uint32_t line = 0, col = 0;
};

class SourceLocations {
 public:
  // Parses the section if present; a malformed section is ignored (reports fall back to
  // instruction numbers), never an error: custom sections never change execution.
  void load(const Module& m);
  bool lookup(uint32_t func, uint32_t instr, SourceLoc* out) const;

 private:
  struct Entry {
    uint32_t instr, file, line, col;
  };
  std::vector<std::string> files_;
  std::unordered_map<uint32_t, std::vector<Entry>> funcs_;
};

}  // namespace mswasm::rt
