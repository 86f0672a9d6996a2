/* plugin-host: a host program that runs untrusted plugins (C compiled with `mswasm-cc -shared`)
 * in the MSWasm sandbox through the C API (mswasm.h).
 *
 *   plugin-host [--text TEXT] PLUGIN.mswasm...
 *
 * Each plugin gets its own instance with small limits. Text plugins (export `transform`) get the
 * text and return a new string; image plugins (export `filter_image`) change a small grey image
 * in place. Plugins may call the host's `log`. When a plugin has a memory bug, the host prints
 * the engine's report and goes on serving the others; it exits 1 if any plugin failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mswasm.h"

/* host.log(const char *message): a guest string read through its handle, bounds-checked. */
static mswasm_trap_t *host_log(void *env, mswasm_instance_t *inst, const mswasm_val_t *args, size_t nargs,
                               mswasm_val_t *results, size_t nresults) {
  const char *plugin = (const char *)env;
  char *message = NULL;
  mswasm_error_t *err = mswasm_instance_read_string(inst, args[0].of.handle, 1024, &message);
  (void)nargs;
  (void)results;
  (void)nresults;
  if (err) {
    /* A bad pointer from the plugin: the guest's call ends with the engine's report. */
    mswasm_trap_t *trap = mswasm_trap_new(mswasm_error_message(err));
    mswasm_error_delete(err);
    return trap;
  }
  printf("  [%s] log: %s\n", plugin, message);
  free(message);
  return NULL;
}

static int has_export(const mswasm_module_t *module, const char *name) {
  size_t i, n = mswasm_module_export_count(module);
  for (i = 0; i < n; i++)
    if (strcmp(mswasm_module_export_name(module, i), name) == 0) return 1;
  return 0;
}

/* Prints an error or a trap; returns 1 if there was one. */
static int failed(const char *what, mswasm_error_t *err, mswasm_trap_t *trap) {
  if (err) {
    printf("  %s: error: %s\n", what, mswasm_error_message(err));
    if (mswasm_error_report_text(err)) fputs(mswasm_error_report_text(err), stdout);
    mswasm_error_delete(err);
    return 1;
  }
  if (trap) {
    printf("  %s: the plugin trapped (%s); its report:\n", what, mswasm_trap_kind(trap));
    fputs(mswasm_trap_text(trap), stdout);
    mswasm_trap_delete(trap);
    return 1;
  }
  return 0;
}

static int run_text(mswasm_instance_t *inst, const char *name, const char *text) {
  mswasm_handle_t input;
  mswasm_val_t arg, result;
  mswasm_trap_t *trap = NULL;
  char *output = NULL;
  if (failed(name, mswasm_instance_new_string(inst, text, &input), NULL)) return 1;
  arg = mswasm_val_handle(input);
  if (failed(name, mswasm_instance_call(inst, "transform", &arg, 1, &result, 1, &trap), trap)) return 1;
  if (mswasm_handle_is_null(result.of.handle)) {
    printf("  %s: returned NULL\n", name);
    return 1;
  }
  if (failed(name, mswasm_instance_read_string(inst, result.of.handle, 1 << 20, &output), NULL)) return 1;
  printf("  %s: \"%s\"\n", name, output);
  free(output);
  /* The plugin's malloc made the result and the host's string: the plugin's free releases them. */
  if (failed(name, mswasm_instance_free(inst, result.of.handle, &trap), trap)) return 1;
  return failed(name, mswasm_instance_free(inst, input, &trap), trap);
}

static int run_image(mswasm_instance_t *inst, const char *name) {
  enum { W = 8, H = 4 };
  unsigned char pixels[W * H];
  unsigned sum = 0;
  mswasm_handle_t image;
  mswasm_val_t args[3];
  mswasm_trap_t *trap = NULL;
  int i;
  for (i = 0; i < W * H; i++) pixels[i] = (unsigned char)(i * 8);
  if (failed(name, mswasm_instance_new_bytes(inst, pixels, sizeof pixels, &image), NULL)) return 1;
  args[0] = mswasm_val_handle(image);
  args[1] = mswasm_val_i32(W);
  args[2] = mswasm_val_i32(H);
  if (failed(name, mswasm_instance_call(inst, "filter_image", args, 3, NULL, 0, &trap), trap)) return 1;
  if (failed(name, mswasm_instance_read(inst, image, 0, pixels, sizeof pixels), NULL)) return 1;
  for (i = 0; i < W * H; i++) sum += pixels[i];
  printf("  %s: first pixels %u %u %u, sum %u\n", name, pixels[0], pixels[1], pixels[2], sum);
  return failed(name, mswasm_instance_free(inst, image, &trap), trap);
}

static int run_plugin(mswasm_engine_t *engine, const char *path, const char *text) {
  mswasm_module_t *module = NULL;
  mswasm_instance_t *inst = NULL;
  mswasm_linker_t *linker = mswasm_linker_new();
  mswasm_config_t *config = mswasm_config_new();
  mswasm_trap_t *trap = NULL;
  mswasm_valkind_t handle = MSWASM_HANDLE;
  mswasm_val_t name_val;
  char *name = NULL;
  int bad = 0;

  printf("plugin %s\n", path);
  bad = failed(path, mswasm_module_from_file(engine, path, &module), NULL);
  if (!bad) bad = failed(path, mswasm_linker_define(linker, "host", "log", &handle, 1, NULL, 0, host_log,
                                                      (void *)path, NULL), NULL);
  mswasm_config_set_max_memory(config, 16u << 20);
  if (!bad) bad = failed(path, mswasm_config_set_timeout(config, 5.0), NULL);
  if (!bad) bad = failed(path, mswasm_instance_new(module, linker, config, &inst, &trap), trap);
  if (!bad) bad = failed(path, mswasm_instance_call(inst, "plugin_name", NULL, 0, &name_val, 1, &trap), trap);
  if (!bad) bad = failed(path, mswasm_instance_read_string(inst, name_val.of.handle, 64, &name), NULL);
  if (!bad) {
    if (has_export(module, "transform")) bad = run_text(inst, name, text);
    else if (has_export(module, "filter_image")) bad = run_image(inst, name);
    else bad = failed(name, NULL, mswasm_trap_new("exports neither transform nor filter_image"));
  }
  if (inst && mswasm_instance_poisoned(inst)) printf("  (instance discarded: a memory error poisoned it)\n");
  free(name);
  mswasm_instance_delete(inst);
  mswasm_config_delete(config);
  mswasm_linker_delete(linker);
  mswasm_module_delete(module);
  return bad;
}

int main(int argc, char **argv) {
  const char *text = "Hello, sandbox";
  int i, first = 1, failures = 0, plugins = 0;
  mswasm_engine_t *engine;
  if (argc > 2 && strcmp(argv[1], "--text") == 0) {
    text = argv[2];
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: plugin-host [--text TEXT] PLUGIN.mswasm...\n");
    return 2;
  }
  engine = mswasm_engine_new();
  for (i = first; i < argc; i++, plugins++) failures += run_plugin(engine, argv[i], text);
  mswasm_engine_delete(engine);
  printf("%d plugins, %d failed\n", plugins, failures);
  return failures ? 1 : 0;
}
