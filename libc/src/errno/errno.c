/* errno: a plain global (the engine runs one thread). */
int errno;
