// libFuzzer target for the binary reader and writer.
// Any input: readBinary must return (an error or a module) without crashing, hanging or
// over-allocating. When it decodes, the module is written, the bytes read again (which must
// succeed) and written again: the two writes must be identical (the writer is canonical and the
// reader loses nothing the writer emits). Any violation aborts, so libFuzzer records the input.
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

#include "mswasm/binary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mswasm::Module module;
  if (mswasm::readBinary(std::span<const uint8_t>(data, size), module)) return 0;
  std::vector<uint8_t> first = mswasm::writeBinary(module);
  mswasm::Module again;
  if (auto err = mswasm::readBinary(first, again)) {
    std::fprintf(stderr, "re-reading the writer's output failed: %s\n", err->str().c_str());
    std::abort();
  }
  if (mswasm::writeBinary(again) != first) {
    std::fprintf(stderr, "writing the re-read module gave different bytes\n");
    std::abort();
  }
  return 0;
}
