// libFuzzer target: runs mutated modules on the reference interpreter.
// Input bytes are decoded and validated; a valid module is instantiated with small limits
// (fuel, memory, stack, call depth; no directories granted, output to /dev/null) and every
// export is called with zero arguments. Whatever the module does, the engine must return an
// outcome (result, exit or trap): a host crash, hang, leak or sanitizer report is a finding.
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "mswasm/binary.h"
#include "mswasm/runtime/instance.h"
#include "mswasm/validate.h"

namespace {

int devNull() {
  static int fd = open("/dev/null", O_WRONLY);
  return fd;
}

mswasm::rt::Value zeroOf(mswasm::ValType t) {
  using mswasm::rt::Value;
  switch (t) {
    case mswasm::ValType::I32: return Value::i32(0);
    case mswasm::ValType::I64: return Value::i64(0);
    case mswasm::ValType::F32: return Value::f32(0);
    case mswasm::ValType::F64: return Value::f64(0);
    case mswasm::ValType::Handle: return Value::fromHandle(mswasm::rt::Handle::null());
  }
  return Value::i32(0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mswasm::Module m;
  if (mswasm::readBinary(std::span<const uint8_t>(data, size), m)) return 0;
  if (!mswasm::validate(m).empty()) return 0;
  mswasm::rt::Options opts;
  opts.fuel = 200000;
  opts.maxMemory = 16 << 20;
  opts.stackLimit = 1 << 20;
  opts.maxCallDepth = 200;
  opts.deterministic = true;
  opts.stdinFd = devNull();
  opts.stdoutFd = devNull();
  opts.stderrFd = devNull();
  opts.args = {"fuzz"};
  std::string error;
  auto inst = mswasm::rt::Instance::create(m, opts, &error);
  if (!inst) return 0;
  for (const mswasm::Export& e : m.exports) {
    const mswasm::FuncType* t = inst->exportType(e.name);
    if (!t) continue;
    std::vector<mswasm::rt::Value> args;
    for (mswasm::ValType p : t->params) args.push_back(zeroOf(p));
    (void)inst->call(e.name, args);
  }
  return 0;
}
