#!/usr/bin/env python3
"""C libraries from Debian's source packages, built unmodified by their own build systems with
CC=mswasm-cc, running their own test suites on the engine (issue 13's real-world suite).

Each library's upstream tarball is fetched from deb.debian.org at run time (its sha256 pinned
below; nothing is committed), unpacked in --work, configured and built with the library's own
build system (the flags a cross-compiling user passes are in the table LIBRARIES), and its own
tests are run: `make test`, `make check` or ctest (Lua ships none: the scripts of
test/real-world/lua run under it and under a native lua from the same source, outputs
compared). Programs the build links are runnable files (`./prog` starts `mswasm run`), so the
test drivers run them as they would native ones; the
tests get the build directory through MSWASM_RUN_OPTIONS=--dir=. (docs/compiler.md, "Build
systems"). The same library is also built and tested natively (host cc) for the time ratio.

  scripts/run-debian-libraries.py --tools build/tools --work build/debian-libraries \\
      [--only cjson,bzip2] [--tier interp|native] [--write-table docs/real-world.md]

Prints one line per library: tests passed / total, engine and native test times. Results are
compared with test/real-world/debian-expected.txt (library: passed/total); exit status 0 when
every library matches, 1 otherwise, 77 when no source could be fetched (no network).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POOL = "http://deb.debian.org/debian/pool/main/"
EXPECTED = os.path.join(REPO, "test", "real-world", "debian-expected.txt")

# name: (pool path of the upstream tarball, sha256, directory it unpacks to, recipe)
LIBRARIES = {
    "zlib": ("z/zlib/zlib_1.2.13.dfsg.orig.tar.bz2",
             "71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1",
             "zlib-1.2.13.dfsg", "zlib"),
    "bzip2": ("b/bzip2/bzip2_1.0.8.orig.tar.gz",
              "ab5a03176ee106d3f0fa90e381da478ddae405918153cca248e682cd0c4a2269",
              "bzip2-1.0.8", "bzip2"),
    "cjson": ("c/cjson/cjson_1.7.15.orig.tar.gz",
              "5308fd4bd90cef7aa060558514de6a1a4a0819974a26e6ed13973c5f624c24b2",
              "cJSON-1.7.15", "cjson"),
    "lz4": ("l/lz4/lz4_1.9.4.orig.tar.gz",
            "0b0e3aa07c8c063ddf40b082bdf7e37a1562bda40a0ff5272957f3e987e0e54b",
            "lz4-1.9.4", "lz4"),
    "xz": ("x/xz-utils/xz-utils_5.4.1.orig.tar.xz",
           "5d9827aa1875b21c288f78864bb26d2650b436ea8d2cad364e4921eb6266a5a5",
           "xz-5.4.1", "xz"),
    "lua": ("l/lua5.4/lua5.4_5.4.4.orig.tar.gz",
            "164c7849653b80ae67bec4b7473b884bf5cc8d2dca05653475ec2ed27b9ebf61",
            "lua-5.4.4", "lua"),
}

# The Lua scripts run by the lua recipe (the package ships no test suite): each one's output
# and exit status under the MSWasm lua must equal those under a native lua from the same source.
LUA_SCRIPTS = os.path.join(REPO, "test", "real-world", "lua")

# How each library is configured (the one table of flags a user passes; empty = none).
FLAGS = {
    "zlib": "./configure --static (zlib's own script; CC, AR, RANLIB from the environment)",
    "bzip2": "make CC=mswasm-cc AR=mswasm-ar RANLIB=mswasm-ranlib (its Makefile's variables)",
    "cjson": "cmake -DCMAKE_TOOLCHAIN_FILE=build/mswasm-toolchain.cmake -DENABLE_CJSON_UTILS=ON "
             "-DENABLE_CJSON_TEST=ON",
    "lz4": "make CC=mswasm-cc AR=mswasm-ar RANLIB=mswasm-ranlib lz4; make -C tests test-lz4-basic",
    "xz": "./configure CC=mswasm-cc AR=mswasm-ar RANLIB=mswasm-ranlib --host=wasm32-unknown-none; "
          "make; make check",
    "lua": "make CC=mswasm-cc 'AR=mswasm-ar rcu' RANLIB=mswasm-ranlib linux (its Makefile's "
           "variables; linux = LUA_USE_LINUX: POSIX calls, dlopen); scripts of "
           "test/real-world/lua against a native lua",
}


def fetch(cache, pool_path, sha256):
    """The tarball's local path, downloaded once and checked; None when it cannot be fetched."""
    import hashlib
    os.makedirs(cache, exist_ok=True)
    path = os.path.join(cache, os.path.basename(pool_path))
    if not os.path.exists(path):
        try:
            with urllib.request.urlopen(POOL + pool_path, timeout=120) as r, open(path + ".part", "wb") as out:
                shutil.copyfileobj(r, out)
        except OSError as e:
            print("run-debian-libraries: cannot fetch %s: %s" % (pool_path, e))
            return None
        os.replace(path + ".part", path)
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != sha256:
        os.remove(path)
        raise SystemExit("run-debian-libraries: %s: sha256 %s, expected %s" % (path, digest, sha256))
    return path


def unpack(tarball, dest, dirname):
    src = os.path.join(dest, dirname)
    shutil.rmtree(src, ignore_errors=True)
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(tarball) as tar:
        try:
            tar.extractall(dest, filter="data")
        except TypeError:  # a Python without extraction filters (before 3.11.4): pinned tarballs
            tar.extractall(dest)
    return src


def sh(cmd, cwd, env, timeout=3600):
    p = subprocess.run(cmd, cwd=cwd, env=env, shell=isinstance(cmd, str), capture_output=True,
                       text=True, errors="replace", timeout=timeout)  # test output may be binary
    return p.returncode, p.stdout + p.stderr


class Build:
    """One build of a library: with the MSWasm tools (mswasm=True) or the host's cc."""

    def __init__(self, opts, src, mswasm):
        self.opts, self.src, self.mswasm = opts, src, mswasm
        self.env = dict(os.environ)
        if mswasm:
            tools = os.path.abspath(opts.tools)
            self.env["PATH"] = tools + os.pathsep + self.env["PATH"]
            self.env.update(CC="mswasm-cc", AR="mswasm-ar", RANLIB="mswasm-ranlib",
                            MSWASM_RUN_OPTIONS="--dir=.", MSWASM_TIER=opts.tier)
            if opts.cache_dir:
                self.env["MSWASM_CACHE_DIR"] = os.path.abspath(opts.cache_dir)
        else:
            self.env.update(CC="clang-19", AR="ar", RANLIB="ranlib")
        self.log = []

    def step(self, cmd, cwd=None, timeout=3600):
        rc, out = sh(cmd, cwd or self.src, self.env, timeout)
        self.log.append("$ %s\n%s" % (cmd if isinstance(cmd, str) else " ".join(cmd), out))
        return rc, out

    # Each library has NAME_build (raises RuntimeError on failure) and NAME_test, which returns
    # (tests passed, tests in all).
    def zlib_build(self):
        if self.step("./configure --static")[0]:
            raise RuntimeError("configure failed")
        if self.step(["make", "-j2", "libz.a", "example", "minigzip"])[0]:
            raise RuntimeError("build failed")

    def zlib_test(self):
        # teststatic: minigzip compresses and decompresses, then example's nine API checks; one
        # "zlib test OK" when all pass.
        rc, out = self.step(["make", "test"])
        return (1 if rc == 0 and "*** zlib test OK ***" in out else 0), 1

    def bzip2_make(self):
        return ["make"] + (["CC=mswasm-cc", "AR=mswasm-ar", "RANLIB=mswasm-ranlib"] if self.mswasm else [])

    def bzip2_build(self):
        if self.step(self.bzip2_make() + ["libbz2.a", "bzip2", "bzip2recover"])[0]:
            raise RuntimeError("build failed")

    def bzip2_test(self):
        # `make test` compresses and decompresses three samples and compares each with cmp:
        # make stops at the first difference.
        rc, out = self.step(self.bzip2_make() + ["test"])
        cmps = sum(1 for line in out.splitlines() if line.startswith("cmp "))
        return (6 if rc == 0 else max(cmps - 1, 0)), 6

    def cjson_build(self):
        self.build_dir = os.path.join(self.src, "b")
        cmake = ["cmake", "-S", self.src, "-B", self.build_dir, "-G", "Ninja", "-DENABLE_CJSON_UTILS=ON",
                 "-DENABLE_CJSON_TEST=ON", "-DENABLE_VALGRIND=OFF", "-DENABLE_SANITIZERS=OFF"]
        if self.mswasm:
            cmake.append("-DCMAKE_TOOLCHAIN_FILE=" + os.path.join(os.path.abspath(self.opts.tools),
                                                                  "..", "mswasm-toolchain.cmake"))
        else:
            cmake += ["-DCMAKE_C_COMPILER=clang-19"]
        if self.step(cmake)[0]:
            raise RuntimeError("cmake failed")
        if self.step(["ninja", "-C", self.build_dir, "-j2"])[0]:
            raise RuntimeError("build failed")

    def cjson_test(self):
        rc, out = self.step(["ctest", "-j2", "--timeout", "600"], cwd=self.build_dir)
        m = re.search(r"(\d+)% tests passed, (\d+) tests? failed out of (\d+)", out)
        if not m:
            raise RuntimeError("no ctest summary")
        total = int(m.group(3))
        return total - int(m.group(2)), total

    def lz4_make(self):
        return ["make"] + (["CC=mswasm-cc", "AR=mswasm-ar", "RANLIB=mswasm-ranlib"] if self.mswasm else [])

    def lz4_build(self):
        if self.step(self.lz4_make() + ["-j2", "lz4"])[0]:
            raise RuntimeError("build failed")

    def lz4_test(self):
        # test-lz4-basic: the command-line tool's round trips, pipes, sparse and empty files,
        # legacy frames, -m/-r and error cases (about 60 shell steps; make stops at the first
        # failure). The rest of lz4's suite (fuzzer, frametest, hugefile) runs for minutes.
        rc, out = self.step(self.lz4_make() + ["-C", "tests", "test-lz4-basic"])
        return (1 if rc == 0 else 0), 1

    def xz_build(self):
        # A cross-compiling user's configure: --host makes configure skip its run tests (the
        # programs would run, but a user building for another system passes --host). libtool
        # finds no shared-library support and builds liblzma static; NLS and iconv are absent.
        conf = ["./configure"]
        if self.mswasm:
            conf += ["CC=mswasm-cc", "AR=mswasm-ar", "RANLIB=mswasm-ranlib", "--host=wasm32-unknown-none"]
        else:
            conf += ["CC=clang-19"]
        if self.step(conf)[0]:
            raise RuntimeError("configure failed")
        if self.step(["make", "-j2"])[0]:
            raise RuntimeError("build failed")

    def xz_test(self):
        # `make check`: liblzma's API tests (tuktest programs), the xz tool on the good and bad
        # .xz/.lzma/.lz files, compression round trips, and the xzdiff/xzgrep scripts. The
        # automake driver's summary counts them; a skipped test is not a pass.
        rc, out = self.step(["make", "-j2", "check"])
        total = re.search(r"^# TOTAL: *(\d+)", out, re.M)
        passed = re.search(r"^# PASS: *(\d+)", out, re.M)
        if not total or not passed:
            raise RuntimeError("no test summary")
        return int(passed.group(1)), int(total.group(1))

    def lua_make(self):
        if self.mswasm:
            return ["make", "CC=mswasm-cc", "AR=mswasm-ar rcu", "RANLIB=mswasm-ranlib", "linux"]
        return ["make", "CC=clang-19", "linux"]

    def lua_build(self):
        if self.step(self.lua_make())[0]:
            raise RuntimeError("build failed")

    def lua_test(self):
        # Each script of test/real-world/lua is run by this build's lua (in a scratch directory,
        # granted to the engine) and by a native lua built from the same source; it passes when
        # stdout, stderr and the exit status are the same.
        scripts = sorted(f for f in os.listdir(LUA_SCRIPTS) if f.endswith(".lua"))
        native = os.path.abspath(os.path.join(self.opts.work, "native", "lua-5.4.4", "src", "lua"))
        if self.mswasm and not os.path.exists(native):  # --no-native: build the reference here
            ref = Build(self.opts, unpack(self.tarball, os.path.join(self.opts.work, "native"), "lua-5.4.4"), False)
            ref.lua_build()
        passed = 0
        scratch = os.path.join(self.src, "lua-scratch")
        tmp = os.path.abspath(os.path.join(self.src, "lua-tmp"))  # the guest's /tmp (os.tmpname: /tmp/lua_XXXXXX)
        env = dict(self.env)
        if self.mswasm:
            env["MSWASM_RUN_OPTIONS"] = "--dir=. --dir=%s:/tmp" % tmp

        def fresh(name):  # the scratch directory with only the script in it
            for d in (scratch, tmp):
                shutil.rmtree(d, ignore_errors=True)
                os.makedirs(d)
            shutil.copy(os.path.join(LUA_SCRIPTS, name), scratch)

        for name in scripts:
            fresh(name)
            rc, out = sh([os.path.abspath(os.path.join(self.src, "src", "lua")), name], scratch, env, 600)
            self.log.append("$ lua %s\n%s" % (name, out))
            if self.mswasm:
                fresh(name)
                nrc, nout = sh([native, name], scratch, dict(os.environ), 600)
                same = rc == nrc and out == nout
                self.log.append("%s: %s" % (name, "same as native" if same else
                                            "DIFFERS from native (exit %d, native %d):\n%s" % (rc, nrc, nout)))
            else:
                same = True
            passed += same
        return passed, len(scripts)

    def run(self, recipe, again):
        """(passed, total, seconds of the first test run, seconds of a second run or None)."""
        getattr(self, recipe + "_build")()
        t0 = time.time()
        passed, total = getattr(self, recipe + "_test")()
        first = time.time() - t0
        second = None
        if again:  # the native tier's code is cached now: what a developer's next run costs
            t0 = time.time()
            getattr(self, recipe + "_test")()
            second = time.time() - t0
        return passed, total, first, second


def read_expected():
    exp = {}
    if os.path.exists(EXPECTED):
        for line in open(EXPECTED, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, val = line.partition(":")
                exp[name.strip()] = val.strip()
    return exp


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tools", default=os.path.join(REPO, "build", "tools"), help="directory of mswasm-cc and mswasm")
    ap.add_argument("--work", default=os.path.join(REPO, "build", "debian-libraries"))
    ap.add_argument("--only", default="", help="comma-separated library names (default: all)")
    ap.add_argument("--tier", default="auto", choices=["auto", "interp", "native"],
                    help="engine tier for the tests (MSWASM_TIER)")
    ap.add_argument("--cache-dir", default="", help="native-code cache (MSWASM_CACHE_DIR)")
    ap.add_argument("--no-native", action="store_true", help="skip the native reference build")
    ap.add_argument("--write-table", default="", help="rewrite the results table in this Markdown file")
    o = ap.parse_args()
    o.work = os.path.abspath(o.work)  # recipes run in the source tree and pass paths under it on
    names = [n for n in o.only.split(",") if n] or list(LIBRARIES)
    for n in names:
        if n not in LIBRARIES:
            ap.error("unknown library %r (known: %s)" % (n, ", ".join(LIBRARIES)))
    expected = read_expected()
    rows, bad, fetched = [], 0, 0
    for name in names:
        pool_path, sha, dirname, recipe = LIBRARIES[name]
        tarball = fetch(os.path.join(o.work, "downloads"), pool_path, sha)
        if not tarball:
            continue
        fetched += 1
        result = {}
        for kind in (["mswasm"] if o.no_native else ["native", "mswasm"]):  # the reference first
            src = unpack(tarball, os.path.join(o.work, kind), dirname)
            b = Build(o, src, kind == "mswasm")
            b.tarball = tarball
            try:
                result[kind] = b.run(recipe, again=kind == "mswasm" and o.tier != "interp")
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                result[kind] = None
                with open(os.path.join(o.work, "%s-%s.log" % (name, kind)), "w") as f:
                    f.write("\n".join(b.log))
                print("ERROR %s (%s): %s; log in %s" % (name, kind, e, os.path.join(o.work, "%s-%s.log" % (name, kind))))
            else:
                with open(os.path.join(o.work, "%s-%s.log" % (name, kind)), "w") as f:
                    f.write("\n".join(b.log))
        m = result.get("mswasm")
        n = result.get("native")
        got = "%d/%d" % (m[0], m[1]) if m else "build failed"
        want = expected.get(name, "")
        ok = got == want
        bad += not ok
        steady = m[3] if m and m[3] is not None else (m[2] if m else 0)
        ratio = ("%.1fx" if steady < 10 * n[2] else "%.0fx") % (steady / n[2]) if m and n and n[2] > 0 else "-"
        print("%s %s: tests %s%s; tests took %.1f s on the engine (%s tier)%s%s" % (
            "PASS" if ok else "FAIL", name, got, "" if ok else " (expected %s)" % (want or "no entry"),
            m[2] if m else 0, o.tier, ", %.1f s again with cached native code" % m[3] if m and m[3] is not None else "",
            ", %.2f s natively (%s)" % (n[2], ratio) if n else ""))
        rows.append((name, got, m, n, ratio))
    if not fetched:
        print("run-debian-libraries: no source could be fetched: skipped")
        return 77
    if o.write_table:
        write_table(o.write_table, rows, o.tier)
    print("%d libraries, %d as expected" % (len(rows), len(rows) - bad))
    return 1 if bad else 0


def write_table(path, rows, tier):
    lines = ["| library | how it is built | own tests passed | tests on the engine (%s tier): first run | again (cached native code) | natively | ratio (again / natively) |" % tier,
             "|---------|-----------------|------------------|-----------|-------|----------|-------|"]
    for name, got, m, n, ratio in rows:
        lines.append("| %s | `%s` | %s | %s | %s | %s | %s |" % (
            name, FLAGS[name], got, "%.1f s" % m[2] if m else "-",
            "%.1f s" % m[3] if m and m[3] is not None else "-", "%.2f s" % n[2] if n else "-", ratio))
    table = "\n".join(lines)
    text = open(path, encoding="utf-8").read()
    start, end = "<!-- debian-libraries table: begin -->", "<!-- debian-libraries table: end -->"
    i, j = text.index(start) + len(start), text.index(end)
    open(path, "w", encoding="utf-8").write(text[:i] + "\n" + table + "\n" + text[j:])


if __name__ == "__main__":
    sys.exit(main())
