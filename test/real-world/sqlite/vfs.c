/* A minimal VFS for SQLITE_OS_OTHER: in-memory databases only (the sandbox has no file system
 * unless granted; this keeps the test about the engine), deterministic randomness and sleep. */
#include <string.h>
#include <time.h>
#include "sqlite3.h"
static int xOpen(sqlite3_vfs *v, const char *n, sqlite3_file *f, int fl, int *o) { (void)v; (void)n; (void)f; (void)fl; (void)o; return SQLITE_CANTOPEN; }
static int xDelete(sqlite3_vfs *v, const char *n, int s) { (void)v; (void)n; (void)s; return SQLITE_IOERR_DELETE; }
static int xAccess(sqlite3_vfs *v, const char *n, int f, int *r) { (void)v; (void)n; (void)f; *r = 0; return SQLITE_OK; }
static int xFullPathname(sqlite3_vfs *v, const char *n, int len, char *out) { (void)v; sqlite3_snprintf(len, out, "%s", n); return SQLITE_OK; }
static int xRandomness(sqlite3_vfs *v, int n, char *out) { (void)v; for (int i = 0; i < n; i++) out[i] = (char)(i * 37 + 11); return n; }
static int xSleep(sqlite3_vfs *v, int us) { (void)v; return us; }
static int xCurrentTime(sqlite3_vfs *v, double *t) { (void)v; *t = 2440587.5 + (double)time(0) / 86400.0; return SQLITE_OK; }
static int xGetLastError(sqlite3_vfs *v, int n, char *b) { (void)v; (void)n; (void)b; return 0; }
static sqlite3_vfs memvfs = {1, 0, 1024, 0, "mem", 0, xOpen, xDelete, xAccess, xFullPathname, 0, 0, 0, 0, xRandomness, xSleep, xCurrentTime, xGetLastError};
int sqlite3_os_init(void) { return sqlite3_vfs_register(&memvfs, 1); }
int sqlite3_os_end(void) { return SQLITE_OK; }
