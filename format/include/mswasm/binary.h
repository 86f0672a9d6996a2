// Binary format: reading and writing .mswasm modules (docs/spec.md, "Binary format").
// The reader never crashes, hangs or allocates more than a small multiple of its input on any
// input: every count is checked against the bytes that remain before anything is reserved.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "mswasm/error.h"
#include "mswasm/module.h"

namespace mswasm {

// Decodes `bytes` into `out`. On failure returns the first error (byte offset + what was
// expected); `out` is then unspecified. Decoding checks the encoding only (well-formed LEBs,
// known opcodes, section order, sizes that match); typing is the validator's job.
std::optional<Error> readBinary(std::span<const uint8_t> bytes, Module& out);

// Encodes `m` canonically (minimal LEBs, maximal runs in local declarations, the name section
// last unless recorded elsewhere). Does not validate.
std::vector<uint8_t> writeBinary(const Module& m);

// The encoding of one instruction (opcode and immediates), as it appears in a function body.
std::vector<uint8_t> encodeInstr(const Instr& instr);

}  // namespace mswasm
