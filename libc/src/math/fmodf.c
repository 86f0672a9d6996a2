/* fmodf: through fmod, exact (a float remainder is exactly representable as a double, and
 * fmod of the widened operands is the exact remainder, which fits in a float). */
#include <math.h>

float fmodf(float x, float y) { return (float)fmod(x, y); }
