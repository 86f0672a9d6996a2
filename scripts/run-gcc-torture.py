#!/usr/bin/env python3
"""Run GCC's execution torture tests (gcc.c-torture/execute) on the MSWasm toolchain.

The tests come from Debian's gcc-12-source package (a tarball under /usr/src/gcc-12), extracted at
test time into a cache directory and never committed. Each test is built natively as the
reference (clang-19 -m32 -malign-double -msse2 -mfpmath=sse, ILP32 like us) and with mswasm-cc;
a test passes when its program exits with status 0 (the tests call abort() on failure). Tests the
native build does not pass are not counted.

Results are compared with a committed expected-results file (test/gcc-torture/expected.txt):
lines `name: pass` or `name: xfail <reason>`. Any difference is reported and fails the run,
including an expected failure that now passes, so the file stays true; --write-expected rewrites
it from the current results (then review the reasons). --subset N runs every Nth test (the same
ones every time), which is what CI runs. --engine-arg=ARG (repeatable) adds an option to every
`mswasm run`, e.g. --engine-arg=--tier=interp; the expected results are the same for every tier.

Summary line: `N passed, M failed` (failed = unexpected results), and the pass rate over the
tests native clang passes.
"""

import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gcc_testsuite  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED = os.path.join(REPO, "test", "gcc-torture", "expected.txt")
# The tests are old-style C (implicit int, implicit declarations) that GCC accepts by default.
OLD_C = ["-w", "-Wno-error=implicit-int", "-Wno-error=implicit-function-declaration",
         "-Wno-error=int-conversion", "-Wno-error=incompatible-pointer-types", "-Wno-error=return-type"]
NATIVE = ["clang-19", "-m32", "-malign-double", "-msse2", "-mfpmath=sse"] + OLD_C
MEMBER = re.compile(r"^[^/]+/gcc/testsuite/gcc\.c-torture/execute/[^/]+\.c$")


def extract(cache):
    """Extracts the execute tests once; returns the directory holding them."""
    gcc_testsuite.extract(cache, "run-gcc-torture", MEMBER,
                          lambda m: os.path.join("execute", os.path.basename(m.group(0))))
    return os.path.join(cache, "execute")


def options(path):
    """dg-options of a test, or None when the test needs something we do not model."""
    with open(path, errors="replace") as f:
        text = f.read()
    if re.search(r"dg-(require|skip-if|xfail-run-if|additional-sources)", text):
        return None
    m = re.search(r'dg-options\s+"([^"]*)"', text)
    return m.group(1).split() if m else []


def run(cmd, timeout, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout)
        return p.returncode, p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return None, "timed out"
    except OSError as e:
        return None, "cannot run %s: %s" % (cmd[0], e)


def first_line(text):
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:160]
    return ""


def test_one(name, src, work, args):
    d = os.path.join(work, name)
    os.makedirs(d, exist_ok=True)
    opts = options(src)
    if opts is None:
        return name, "skip", "needs a DejaGnu feature"
    rc, err = run(NATIVE + [args.opt] + opts + [src, "-o", "native", "-lm"], 60, d)
    if rc != 0:
        return name, "skip", "native build fails"
    rc, err = run(["./native"], args.timeout, d)
    if rc != 0:
        return name, "skip", "native run fails"
    rc, err = run([args.cc, args.opt] + OLD_C + opts + [src, "-o", "t.mswasm"], 120, d)
    if rc != 0:
        return name, "fail", "compile: " + first_line(err)
    rc, err = run([args.engine, "run"] + args.engine_args + ["t.mswasm"], args.timeout, d)
    if rc != 0:
        kind = re.search(r"ERROR: ([a-z-]+)", err)
        return name, "fail", "run: exit %s%s" % (rc, " " + kind.group(1) if kind else "")
    return name, "pass", ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cc", default=os.path.join(REPO, "build", "tools", "mswasm-cc"))
    ap.add_argument("--engine", default=os.path.join(REPO, "build", "tools", "mswasm"))
    ap.add_argument("--engine-arg", dest="engine_args", action="append", default=[],
                    metavar="ARG",
                    help="extra option for every `mswasm run` (repeatable; write it "
                         "--engine-arg=ARG), e.g. --engine-arg=--tier=interp")
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--subset", type=int, default=1, help="run every Nth test")
    ap.add_argument("--cache", default=os.path.join(REPO, "build", "gcc-torture"))
    ap.add_argument("--expected", default=EXPECTED)
    ap.add_argument("--write-expected", action="store_true")
    ap.add_argument("--filter", help="only tests whose name contains this")
    args = ap.parse_args()
    for tool in (args.cc, args.engine):
        if not os.path.exists(tool):
            sys.exit("run-gcc-torture: %s not found (build first: scripts/build.sh)" % tool)

    tests_dir = extract(args.cache)
    names = sorted(os.path.basename(p)[:-2] for p in glob.glob(os.path.join(tests_dir, "*.c")))
    names = names[::args.subset]
    if args.filter:
        names = [n for n in names if args.filter in n]
    work = os.path.join(args.cache, "work" + args.opt)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(test_one, n, os.path.join(tests_dir, n + ".c"), work, args) for n in names]
        for f in concurrent.futures.as_completed(futures):
            name, status, why = f.result()
            results[name] = (status, why)

    expected = {}
    if os.path.exists(args.expected):
        for line in open(args.expected):
            line = line.split("#", 1)[0].strip()
            if line:
                n, _, rest = line.partition(":")
                expected[n.strip()] = rest.strip()

    if args.write_expected:
        with open(args.expected, "w") as out:
            out.write("# GCC torture execute tests at %s: `name: pass` or `name: xfail <reason>`.\n" % args.opt)
            out.write("# Written by scripts/run-gcc-torture.py --write-expected; reasons may be refined by hand.\n")
            for n in sorted(set(expected) | set(results)):
                if n in results:
                    status, why = results[n]
                    if status == "skip":
                        continue
                    out.write("%s: %s\n" % (n, "pass" if status == "pass" else "xfail " + why))
                else:
                    out.write("%s: %s\n" % (n, expected[n]))

    unexpected = 0
    counted = passed = 0
    for n in sorted(results):
        status, why = results[n]
        if status == "skip":
            continue
        counted += 1
        passed += status == "pass"
        want = expected.get(n, "pass")
        want_pass = want == "pass"
        if (status == "pass") != want_pass:
            unexpected += 1
            print("UNEXPECTED %s: %s (expected %s)" % (n, "passed" if status == "pass" else why, want))
    skipped = sum(1 for s, _ in results.values() if s == "skip")
    print("gcc torture %s: %d of %d tests native clang passes (%.1f%%); %d skipped"
          % (args.opt, passed, counted, 100.0 * passed / max(counted, 1), skipped))
    print("%d passed, %d failed" % (counted - unexpected, unexpected))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
