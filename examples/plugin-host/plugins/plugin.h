/* The interface between plugin-host and its plugins (each plugin is C compiled with
 * `mswasm-cc -shared`). A text plugin exports plugin_name and transform; an image plugin exports
 * plugin_name and filter_image. Plugins may call the host's log function. */
#ifndef PLUGIN_H
#define PLUGIN_H

/* Provided by the host (module "host", field "log"). */
__attribute__((import_module("host"), import_name("log"))) void host_log(const char *message);

const char *plugin_name(void);
/* Text plugins: a new string made with malloc (the host frees it). */
char *transform(const char *input);
/* Image plugins: 8-bit grey pixels, row by row, changed in place. */
void filter_image(unsigned char *pixels, int width, int height);

#endif
