/* SQLite, unmodified, with its own unix VFS on a database file: opened by a relative name in
 * the working directory (the engine gets only --dir=.; SQLite makes the name absolute with
 * getcwd and lstat-s each component), written, shrunk by VACUUM (ftruncate), checked, closed
 * and reopened. Built without WAL and memory mapping (no mmap in the sandbox). The output is
 * compared with the same program built natively (scripts/run-real-world.py). */
#include <stdio.h>
#include <string.h>
#include "sqlite3.h"

static int rows(void *label, int n, char **v, char **c) {
  printf("%s:", (const char *)label);
  for (int i = 0; i < n; i++) printf(" %s=%s", c[i], v[i] ? v[i] : "NULL");
  printf("\n");
  return 0;
}

static void run(sqlite3 *db, const char *label, const char *sql) {
  char *err = 0;
  if (sqlite3_exec(db, sql, rows, (void *)label, &err) != SQLITE_OK) {
    printf("%s: error: %s\n", label, err);
    sqlite3_free(err);
  }
}

int main(void) {
  sqlite3 *db;
  remove("file-test.db");
  printf("open: %d\n", sqlite3_open("file-test.db", &db));
  const char *name = sqlite3_db_filename(db, "main");
  printf("absolute name ends in /file-test.db: %d\n",
         name && name[0] == '/' && strlen(name) >= 13 && strcmp(name + strlen(name) - 13, "/file-test.db") == 0);
  run(db, "schema", "create table t(a integer primary key, b text, c blob);");
  run(db, "fill", "begin; with recursive n(i) as (select 1 union all select i + 1 from n where i < 2000) "
                  "insert into t select i, 'row ' || i, zeroblob(500) from n; commit;");
  run(db, "pages", "select page_count > 200 as big from pragma_page_count;");
  run(db, "delete", "delete from t where a > 10;");
  run(db, "vacuum", "vacuum;");
  run(db, "pages", "select page_count < 20 as small from pragma_page_count;");
  run(db, "rollback", "begin; delete from t; rollback; select count(*) as n from t;");
  run(db, "check", "pragma integrity_check;");
  printf("close: %d\n", sqlite3_close(db));
  printf("reopen: %d\n", sqlite3_open("file-test.db", &db));
  run(db, "rows", "select a, b, length(c) as len from t where a in (1, 10);");
  printf("close: %d\n", sqlite3_close(db));
  printf("remove: %d\n", remove("file-test.db"));
  printf("ok\n");
  return 0;
}
