// Binary format: reading and writing .mswasm modules (docs/spec.md, "Binary format").
// The reader never crashes, hangs or allocates more than a small multiple of its input on any
// input: every count is checked against the bytes that remain before anything is reserved.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "mswasm/error.h"
#include "mswasm/module.h"

namespace mswasm {

// A module file may begin with one interpreter line: "#!" up to and including the first newline
// (docs/spec.md, "Binary format"), so that a linked program runs by itself (`./prog`). Every
// loader skips it; the module's bytes begin after the newline. A "#!" with no newline within
// this many bytes is a decoding error (at offset 0).
inline constexpr size_t kMaxInterpreterLine = 4096;

// The length of the interpreter line at the start of `bytes`, its newline included: 0 when
// `bytes` does not begin with "#!", std::nullopt when "#!" has no newline within
// kMaxInterpreterLine bytes.
std::optional<size_t> interpreterLineLength(std::span<const uint8_t> bytes);

// Whether a loader should decode `bytes` as a binary module rather than text: they begin with
// a 0 byte (the magic's first) or with an interpreter line (only binary modules carry one).
bool looksBinary(std::span<const uint8_t> bytes);

// Decodes `bytes` into `out`. An interpreter line at the start is skipped; error offsets count
// from the start of `bytes` (the file), line included. On failure returns the first error (byte offset + what was
// expected); `out` is then unspecified. Decoding checks the encoding only (well-formed LEBs,
// known opcodes, section order, sizes that match); typing is the validator's job.
std::optional<Error> readBinary(std::span<const uint8_t> bytes, Module& out);

// Encodes `m` canonically (minimal LEBs, maximal runs in local declarations, the name section
// last unless recorded elsewhere). Does not validate. Never writes an interpreter line: the
// line is not part of the module, so the encoding (and the native-code cache's hash of it) is
// the same whether the module was read with or without one.
std::vector<uint8_t> writeBinary(const Module& m);

// The encoding of one instruction (opcode and immediates), as it appears in a function body.
std::vector<uint8_t> encodeInstr(const Instr& instr);

}  // namespace mswasm
