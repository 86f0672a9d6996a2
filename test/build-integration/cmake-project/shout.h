#ifndef SHOUT_H
#define SHOUT_H
/* Upper-cases a word into a static buffer (a SHARED library in CMakeLists.txt). */
const char *shout(const char *word);
#endif
