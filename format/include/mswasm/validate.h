// Validation: the static rules of docs/spec.md, "Validation". Type-checks every function body
// with handles as a distinct type (no instruction turns an integer into a handle with authority),
// rejects Wasm's linear-memory and table instructions and sections, and checks indices, section
// contents, relocations, exports and the start function.
#pragma once

#include <vector>

#include "mswasm/error.h"
#include "mswasm/module.h"

namespace mswasm {

// Every kind of validation error, with its stable code (Error::code). Expanded from
// validation_errors.def; test/ must hold a test for each (checked by test/check-coverage.py).
enum class ValidationErrorKind : uint16_t {
#define MSW_VERROR(Name, code, summary) Name,
#include "mswasm/validation_errors.def"
#undef MSW_VERROR
};

// All errors found (empty = valid). Stops checking a function at its first error, so one
// broken function yields one error; other functions and sections are still checked.
std::vector<Error> validate(const Module& m);

}  // namespace mswasm
