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
  const std::string* scope = nullptr;  // source function for inlined code; null = the function
};

class SourceLocations {
 public:
  // Parses the section if present; a malformed section is ignored (reports fall back to
  // instruction numbers), never an error: custom sections never change execution.
  void load(const Module& m);
  // The position of an instruction, innermost first: one SourceLoc per inlining level, the last
  // being the physical function's own. Empty when the instruction has no known position.
  std::vector<SourceLoc> lookup(uint32_t func, uint32_t instr) const;

 private:
  struct Pos {
    uint32_t file, line, col, scope;  // scope: 0 = the function itself, else strings[scope - 1]
  };
  struct Entry {
    uint32_t instr;
    std::vector<Pos> frames;  // innermost first
  };
  SourceLoc toLoc(const Pos& p) const;
  std::vector<std::string> files_;
  std::unordered_map<uint32_t, std::vector<Entry>> funcs_;
};

}  // namespace mswasm::rt
