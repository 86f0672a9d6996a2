// Names of value types.
#include "mswasm/types.h"

namespace mswasm {

std::string_view valTypeName(ValType t) {
  switch (t) {
    case ValType::I32: return "i32";
    case ValType::I64: return "i64";
    case ValType::F32: return "f32";
    case ValType::F64: return "f64";
    case ValType::Handle: return "handle";
  }
  return "?";
}

std::optional<ValType> valTypeFromName(std::string_view s) {
  if (s == "i32") return ValType::I32;
  if (s == "i64") return ValType::I64;
  if (s == "f32") return ValType::F32;
  if (s == "f64") return ValType::F64;
  if (s == "handle") return ValType::Handle;
  return std::nullopt;
}

}  // namespace mswasm
