// Facts the text printer and parser share (internal to the format library):
// - the names of binary sections in a custom section's `(after name)` clause. `after` 0 means
//   "before all known sections" and is written by omitting the clause; an id with no name here
//   is written as its number, e.g. `(after 42)`;
// - the natural (default) alignment of a memory access, which a memarg omits.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "mswasm/module.h"

namespace mswasm::text {

struct SectionName {
  uint8_t id;
  std::string_view name;
};

inline constexpr SectionName kSectionNames[] = {
    {section::Type, "type"},       {section::Import, "import"}, {section::Function, "function"},
    {section::Table, "table"},     {section::Memory, "memory"}, {section::Global, "global"},
    {section::Export, "export"},   {section::Start, "start"},   {section::Element, "elem"},
    {section::Code, "code"},       {section::Data, "data"},     {section::DataCount, "datacount"},
    {section::Segment, "segment"},
};

inline std::string_view sectionName(uint8_t id) {
  for (const SectionName& s : kSectionNames)
    if (s.id == id) return s.name;
  return {};
}

// Also accepts "func" (the Wasm annotations proposal's spelling of "function").
inline std::optional<uint8_t> sectionFromName(std::string_view name) {
  if (name == "func") return section::Function;
  for (const SectionName& s : kSectionNames)
    if (s.name == name) return s.id;
  return std::nullopt;
}

// log2 of the smallest power of two >= accessBytes (0 for 0 or 1; 16-byte handles give 4).
inline uint32_t naturalAlignLog2(uint8_t accessBytes) {
  uint32_t log2 = 0;
  while (log2 < 8 && (1u << log2) < accessBytes) ++log2;
  return log2;
}

}  // namespace mswasm::text
