/* mswasm.h must compile as strict ISO C90 (and link as C): declares every kind of object the API
 * has and makes the simplest calls that need no module. Run as a test: exits 0 when the
 * declarations behave. */
#include <stdio.h>

#include "mswasm.h"

int main(void) {
  mswasm_engine_t *engine = mswasm_engine_new();
  mswasm_config_t *config = mswasm_config_new();
  mswasm_linker_t *linker = mswasm_linker_new();
  mswasm_module_t *module = NULL;
  mswasm_error_t *error;
  mswasm_handle_t h = mswasm_handle_null();
  mswasm_val_t v = mswasm_val_i32(7);
  int failures = 0;

  if (mswasm_api_version() != MSWASM_API_VERSION) failures++;
  if (!mswasm_handle_is_null(h) || mswasm_handle_remaining(h) != 0) failures++;
  if (v.kind != MSWASM_I32 || v.of.i32 != 7) failures++;
  error = mswasm_module_from_file(engine, "/nonexistent.mswasm", &module);
  if (!error || module) failures++;
  if (error) mswasm_error_delete(error);
  error = mswasm_config_set_timeout(config, 1.0 / 0.0 - 1.0 / 0.0); /* NaN is refused */
  if (!error) failures++;
  else mswasm_error_delete(error);
  mswasm_linker_delete(linker);
  mswasm_config_delete(config);
  mswasm_engine_delete(engine);
  if (failures) printf("%d failures\n", failures);
  return failures != 0;
}
