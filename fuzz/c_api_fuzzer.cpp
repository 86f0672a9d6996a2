// libFuzzer target: the C embedding API's module path (mswasm.h). Any bytes go through
// mswasm_module_new (binary or text); a module that loads is instantiated on the interpreter
// with small limits and host functions host.i32 (i32 -> i32) and host.buf (handle, i32 -> i32,
// which reads the guest buffer), and every export is called with zero arguments and, for
// handle parameters, a fresh 8-byte guest buffer. Whatever happens must come back as an error
// or a trap object: a crash, hang, leak or sanitizer report is a finding.
#include <fcntl.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "mswasm.h"

namespace {

mswasm_trap_t* hostI32(void*, mswasm_instance_t*, const mswasm_val_t* a, size_t, mswasm_val_t* r, size_t) {
  r[0].of.i32 = a[0].of.i32 + 1;
  return a[0].of.i32 == 7 ? mswasm_trap_new("seven") : nullptr;
}

mswasm_trap_t* hostBuf(void*, mswasm_instance_t* inst, const mswasm_val_t* a, size_t, mswasm_val_t* r, size_t) {
  char buf[64];
  size_t n = uint32_t(a[1].of.i32) % sizeof buf;
  mswasm_error_t* e = mswasm_instance_read(inst, a[0].of.handle, 0, buf, n);
  r[0].of.i32 = e ? -1 : int32_t(n);
  mswasm_error_delete(e);
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static int devNull = open("/dev/null", O_WRONLY);
  mswasm_engine_t* engine = mswasm_engine_new();
  mswasm_engine_set_tier(engine, MSWASM_TIER_INTERP);
  mswasm_module_t* module = nullptr;
  if (mswasm_error_t* e = mswasm_module_new(engine, data, size, &module)) {
    mswasm_error_delete(e);
    mswasm_engine_delete(engine);
    return 0;
  }
  mswasm_linker_t* linker = mswasm_linker_new();
  const mswasm_valkind_t i32 = MSWASM_I32, hi[2] = {MSWASM_HANDLE, MSWASM_I32};
  mswasm_error_delete(mswasm_linker_define(linker, "host", "i32", &i32, 1, &i32, 1, hostI32, nullptr, nullptr));
  mswasm_error_delete(mswasm_linker_define(linker, "host", "buf", hi, 2, &i32, 1, hostBuf, nullptr, nullptr));
  mswasm_config_t* config = mswasm_config_new();
  mswasm_config_set_fuel(config, 200000);
  mswasm_config_set_max_memory(config, 16 << 20);
  mswasm_config_set_max_call_depth(config, 200);
  mswasm_config_set_stdio(config, -1, devNull, devNull);
  mswasm_instance_t* inst = nullptr;
  mswasm_trap_t* trap = nullptr;
  mswasm_error_t* e = mswasm_instance_new(module, linker, config, &inst, &trap);
  mswasm_error_delete(e);
  mswasm_trap_delete(trap);
  if (inst) {
    for (size_t i = 0; i < mswasm_module_export_count(module); ++i) {
      const char* name = mswasm_module_export_name(module, i);
      mswasm_valkind_t kinds[16];
      size_t np = mswasm_module_export_params(module, name, kinds, 16);
      size_t nr = mswasm_module_export_results(module, name, nullptr, 0);
      if (np > 16 || nr > 16) continue;
      std::vector<mswasm_val_t> args(np), results(nr + 1);
      for (size_t k = 0; k < np; ++k) {
        args[k] = mswasm_val_i32(0);
        args[k].kind = kinds[k];
        if (kinds[k] == MSWASM_HANDLE) {
          mswasm_handle_t h = mswasm_handle_null();
          mswasm_trap_t* t = nullptr;
          mswasm_error_delete(mswasm_instance_alloc(inst, 8, &h, &t));
          mswasm_trap_delete(t);
          args[k] = mswasm_val_handle(h);
        }
      }
      trap = nullptr;
      mswasm_error_delete(mswasm_instance_call(inst, name, args.data(), np, results.data(), nr, &trap));
      mswasm_trap_delete(trap);
    }
    mswasm_instance_delete(inst);
  }
  mswasm_config_delete(config);
  mswasm_linker_delete(linker);
  mswasm_module_delete(module);
  mswasm_engine_delete(engine);
  return 0;
}
