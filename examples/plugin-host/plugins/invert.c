/* An image plugin: inverts grey levels and logs the image size. */
#include <stdio.h>

#include "plugin.h"

const char *plugin_name(void) { return "invert"; }

void filter_image(unsigned char *pixels, int width, int height) {
  for (int i = 0; i < width * height; i++) pixels[i] = (unsigned char)(255 - pixels[i]);
  char msg[64];
  snprintf(msg, sizeof msg, "inverted a %dx%d image", width, height);
  host_log(msg);
}
