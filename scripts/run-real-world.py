#!/usr/bin/env python3
"""Real-world C libraries, unmodified, compiled with mswasm-cc and compared with native.

SQLite (the amalgamation, fetched at test time from npm's better-sqlite3 package and never
committed) is built with test/real-world/sqlite/{main.c,vfs.c} natively (clang-19 -m32
-malign-double -msse2 -mfpmath=sse -O2, ILP32 like us) and with mswasm-cc at each level; each
build's output must equal the native one, and the MSWasm run must end without a report.
test/real-world/sqlite/file.c uses SQLite's own unix VFS on a database file named relatively,
run in a fresh directory granted as --dir=. (at the last level only: the same SQL engine).

  scripts/run-real-world.py --cc build/tools/mswasm-cc --engine build/tools/mswasm \\
      --cache build/real-world [--levels 0,2]

Exit status 0: all equal; 1: a difference or a failure; 77 (ctest's skip code): the sources
could not be fetched (no npm or no network), with a message saying so.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tarfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SQLITE_PACKAGE = "better-sqlite3@12.11.1"   # ships deps/sqlite3/sqlite3.c (SQLite 3.53.2)
SQLITE_FLAGS = ["-DSQLITE_THREADSAFE=0", "-DSQLITE_OS_OTHER=1", "-DSQLITE_TEMP_STORE=3",
                "-DSQLITE_OMIT_LOAD_EXTENSION", "-w"]
# The unix VFS: no WAL and no memory mapping (the sandbox has no mmap).
SQLITE_FILE_FLAGS = ["-DSQLITE_THREADSAFE=0", "-DSQLITE_OMIT_WAL", "-DSQLITE_MAX_MMAP_SIZE=0",
                     "-DSQLITE_OMIT_LOAD_EXTENSION", "-w"]
NATIVE = ["clang-19", "-m32", "-malign-double", "-msse2", "-mfpmath=sse", "-O2"]


def fetch_sqlite(cache):
    """The directory holding sqlite3.c and sqlite3.h, fetched once; None if it cannot be."""
    src = os.path.join(cache, "sqlite")
    if os.path.exists(os.path.join(src, "sqlite3.c")):
        return src
    os.makedirs(cache, exist_ok=True)
    if not shutil.which("npm"):
        print("run-real-world: npm is not installed: cannot fetch SQLite")
        return None
    p = subprocess.run(["npm", "pack", SQLITE_PACKAGE, "--silent"], cwd=cache,
                       capture_output=True, text=True, timeout=300)
    tgz = p.stdout.strip().splitlines()[-1] if p.returncode == 0 and p.stdout.strip() else ""
    if not tgz or not os.path.exists(os.path.join(cache, tgz)):
        print("run-real-world: npm pack %s failed: %s" % (SQLITE_PACKAGE, p.stderr.strip()[:300]))
        return None
    os.makedirs(src, exist_ok=True)
    with tarfile.open(os.path.join(cache, tgz)) as tar:
        for name in ("sqlite3.c", "sqlite3.h"):
            member = tar.getmember("package/deps/sqlite3/" + name)
            with tar.extractfile(member) as f, open(os.path.join(src, name), "wb") as out:
                out.write(f.read())
    return src


def run(cmd, timeout, cwd=None):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def file_vfs(args, src, tests, work):
    """file.c natively and at the last level, each in a fresh directory: 0 if equal, else 1."""
    inputs = [os.path.join(tests, "file.c"), os.path.join(src, "sqlite3.c")]
    lvl = [x for x in args.levels.split(",") if x][-1]
    native = os.path.join(work, "sqlite-file.native")
    mod = os.path.join(work, "sqlite-file.O%s.mswasm" % lvl)
    # Without -malign-double: glibc's i386 struct stat would not match its own system calls.
    native_cc = [f for f in NATIVE if f != "-malign-double"]
    rc, _, err = run(native_cc + SQLITE_FILE_FLAGS + ["-I" + src] + inputs + ["-o", native, "-lm"], 600)
    if rc != 0:
        print("FAIL sqlite file: native build: " + err.strip()[:300])
        return 1
    rc, _, err = run([args.cc, "-O" + lvl] + SQLITE_FILE_FLAGS + ["-I" + src] + inputs + ["-o", mod], 1200)
    if rc != 0:
        print("FAIL sqlite file -O%s: compile: %s" % (lvl, err.strip()[:300]))
        return 1
    outs = []
    for name, cmd in (("native", [native]), ("mswasm", [os.path.abspath(args.engine), "run", "--timeout=300", "--dir=.", mod])):
        d = os.path.join(work, "file-" + name)
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        rc, out, err = run(cmd, 400, cwd=d)
        outs.append((rc, out, err))
    (nrc, want, _), (rc, got, err) = outs
    if nrc != 0 or not want.endswith("ok\n"):
        print("FAIL sqlite file: native run exits %d" % nrc)
        return 1
    if rc != 0 or got != want:
        print("FAIL sqlite file -O%s: exit %d; %s" % (lvl, rc, (got[-300:] + err[-300:]).strip()))
        return 1
    print("PASS sqlite file -O%s (%d lines equal to native)" % (lvl, len(want.splitlines())))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cc", default=os.path.join(REPO, "build", "tools", "mswasm-cc"))
    ap.add_argument("--engine", default=os.path.join(REPO, "build", "tools", "mswasm"))
    ap.add_argument("--cache", default=os.path.join(REPO, "build", "real-world"))
    ap.add_argument("--levels", default="0,2")
    args = ap.parse_args()
    src = fetch_sqlite(os.path.abspath(args.cache))
    if not src:
        return 77
    tests = os.path.join(REPO, "test", "real-world", "sqlite")
    inputs = [os.path.join(tests, "main.c"), os.path.join(tests, "vfs.c"), os.path.join(src, "sqlite3.c")]
    work = os.path.join(os.path.abspath(args.cache), "out")
    os.makedirs(work, exist_ok=True)
    native = os.path.join(work, "sqlite.native")
    rc, _, err = run(NATIVE + SQLITE_FLAGS + ["-I" + src] + inputs + ["-o", native, "-lm"], 600)
    if rc != 0:
        print("FAIL sqlite: native build: " + err.strip()[:300])
        return 1
    rc, want, _ = run([native], 120)
    if rc != 0 or not want.endswith(" ok\n"):
        print("FAIL sqlite: native run exits %d" % rc)
        return 1
    failed = 0
    for lvl in [x for x in args.levels.split(",") if x]:
        mod = os.path.join(work, "sqlite.O%s.mswasm" % lvl)
        rc, _, err = run([args.cc, "-O" + lvl] + SQLITE_FLAGS + ["-I" + src] + inputs + ["-o", mod], 1200)
        if rc != 0:
            print("FAIL sqlite -O%s: compile: %s" % (lvl, err.strip()[:300]))
            failed += 1
            continue
        rc, got, err = run([args.engine, "run", "--timeout=300", mod], 400)
        if rc != 0 or got != want:
            diff = next((f"line {i + 1}: expected {a!r}, got {b!r}"
                         for i, (a, b) in enumerate(zip(want.splitlines(), got.splitlines())) if a != b),
                        "output lengths differ")
            print("FAIL sqlite -O%s: exit %d; %s; %s" % (lvl, rc, diff, err.strip()[:400]))
            failed += 1
        else:
            print("PASS sqlite -O%s (%d lines equal to native)" % (lvl, len(want.splitlines())))
    failed += file_vfs(args, src, tests, work)
    print("%d failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
