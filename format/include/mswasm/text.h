// Text format: printing a module as text and parsing text into a module
// (docs/spec.md, "Text format"). The printer's output parses back to an identical module.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "mswasm/error.h"
#include "mswasm/module.h"

namespace mswasm {

std::string printText(const Module& m);

// One instruction with its immediates, as printText writes it inside a function body.
std::string printInstr(const Module& m, const Instr& instr);

// Parses one `(module ...)`. On failure returns the first error with line and column.
std::optional<Error> parseText(std::string_view text, Module& out);

}  // namespace mswasm
