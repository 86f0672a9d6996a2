// One-line rendering of format-library errors.
#include "mswasm/error.h"

#include <cstdio>

namespace mswasm {

std::string Error::str() const {
  char buf[64];
  std::string out;
  switch (where) {
    case Where::None: break;
    case Where::Byte:
      std::snprintf(buf, sizeof buf, "offset 0x%llx: ", static_cast<unsigned long long>(offset));
      out = buf;
      break;
    case Where::Text:
      std::snprintf(buf, sizeof buf, "%u:%u: ", line, col);
      out = buf;
      break;
    case Where::Instr:
      std::snprintf(buf, sizeof buf, "func %u instr %u: ", func, instr);
      out = buf;
      break;
  }
  out += message;
  if (!code.empty()) out += " [" + code + "]";
  return out;
}

}  // namespace mswasm
