/* SQLite, unmodified, on MSWasm: a workout of the SQL engine on an in-memory database. The
 * output is compared with the same program built natively (scripts/run-real-world.py). */
#include <stdio.h>
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
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    printf("open failed\n");
    return 1;
  }
  run(db, "schema",
      "create table emp(id integer primary key, name text not null, dept text, salary real, boss int references emp(id));"
      "create index emp_dept on emp(dept, salary);"
      "create table audit(at integer, what text);"
      "create trigger emp_raise after update of salary on emp begin insert into audit values (new.id, 'raise ' || old.salary || ' -> ' || new.salary); end;");
  run(db, "insert",
      "begin;"
      "insert into emp(name, dept, salary, boss) values ('ada', 'eng', 120000, null), ('bob', 'eng', 95000.5, 1),"
      " ('cy', 'ops', 70000, 1), ('dee', 'ops', 72000, 3), ('eve', 'sales', 65000.25, 1), ('fay', 'eng', 99000, 2);"
      "commit;");
  run(db, "by-dept", "select dept, count(*) n, round(avg(salary), 2) avg, max(name) from emp group by dept order by dept;");
  run(db, "join", "select e.name, b.name boss from emp e left join emp b on e.boss = b.id order by e.id;");
  run(db, "window", "select name, dept, rank() over (partition by dept order by salary desc) r, sum(salary) over (order by id) running from emp order by id;");
  run(db, "cte", "with recursive chain(id, name, depth) as (select id, name, 0 from emp where boss is null"
                 " union all select e.id, e.name, c.depth + 1 from emp e join chain c on e.boss = c.id)"
                 " select name, depth from chain order by depth, name;");
  run(db, "update", "update emp set salary = salary * 1.1 where dept = 'ops'; select * from audit order by at;");
  run(db, "rollback", "begin; delete from emp; rollback; select count(*) from emp;");
  run(db, "strings", "select upper(name) || '/' || substr(name, 2) || '/' || length(name) || '/' || replace(name, 'e', 'E') || '/' || instr(name, 'e') from emp order by name;");
  run(db, "numbers", "select 1/3.0, 7/2, 7%3, abs(-4.5), round(2.675, 2), 1e308*10, -0.0, 2.5e-320, 9223372036854775807 + 0, cast('12abc' as integer), printf('%08.3f|%-5d|%x|%e', 3.14159, 42, 255, 12345.678);");
  run(db, "json", "select json_object('a', 1, 'b', json_array(1, 2.5, 'x')), json_extract('{\"k\":[10,20,30]}', '$.k[1]');");
  run(db, "blob", "select hex(x'00ff10'), length(zeroblob(100)), quote(x'abcd'), typeof(x'01');");
  run(db, "like", "select name from emp where name like '_e%' or name glob '[ab]*' order by name;");
  run(db, "dates", "select date('2024-02-28', '+1 day'), julianday('2000-01-01'), strftime('%Y-%m-%d %H:%M', '2021-03-04 05:06:07', '+90 minutes');");
  run(db, "big", "create table n(x); with recursive c(i) as (select 1 union all select i+1 from c where i < 5000) insert into n select i*7919 % 10007 from c;"
                 " select count(*), count(distinct x), min(x), max(x), sum(x) from n; select x from n order by x desc limit 3;");
  run(db, "bad-sql", "select * from nowhere;");
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "select name, salary from emp where salary > ? order by salary", -1, &st, 0);
  sqlite3_bind_double(st, 1, 90000);
  while (sqlite3_step(st) == SQLITE_ROW) printf("bound: %s %.2f\n", sqlite3_column_text(st, 0), sqlite3_column_double(st, 1));
  sqlite3_finalize(st);
  sqlite3_close(db);
  printf("sqlite %s ok\n", sqlite3_libversion());
  return 0;
}
