#!/usr/bin/env python3
"""Run GCC's own AddressSanitizer run tests (c-c++-common/asan, gcc.dg/asan) on the MSWasm toolchain.

The tests come from Debian's gcc-12-source package (a tarball under /usr/src/gcc-12), extracted
at test time into a cache directory and never committed. Every `.c` file of
gcc/testsuite/c-c++-common/asan and gcc/testsuite/gcc.dg/asan is listed; the ones with
`{ dg-do run }` are run:

  * a test with `{ dg-shouldfail "asan" }` expects a run-time error. The ASan kind it expects
    comes from its dg-output patterns ("ERROR: AddressSanitizer: heap-use-after-free", "SEGV on
    unknown address") or, when the patterns do not name it, from KIND_BY_TEST below; it is
    mapped to our trap kind (ASAN_KINDS). When the patterns name an access ("READ of size 4")
    the access (read/write) is compared, and the size when our faulting instruction is in the
    test's own file (inside libc we report the byte that faulted, ASan the interceptor's range);
    when they name a line of the test's file in a stack frame ("#0 ... in foo .*file.c:12") the
    first frame of our report in the test's file must be on that line;
  * a test without dg-shouldfail must run clean: exit 0 and no report. A report there is a
    false alarm, the worst result. Exception: UB_IN_CLEAN_TESTS, programs that GCC expects to run
    clean only because ASan is told not to look (no_sanitize_address, --param asan-stack=0,
    -fno-sanitize-address-use-after-scope) or because they rely on ASan's stack layout; they
    have undefined behaviour in C, we trap on it by design, and they are counted on their own.

Tests about ASan itself (its __asan_* interface, -fsanitize-recover, ASAN_OPTIONS that change the
report, pointer-pair checking, its mmap failure message) are recorded as `skip <reason>`, and so
are the tests that are not run tests (dg-do compile: they scan GCC's assembly or dumps).
dg-skip-if is ignored: it encodes where GCC's instrumentation is reliable, while the bug is in
the program at every level; dg-require-effective-target and target selectors are ignored too.

Each test is compiled with `mswasm-cc -g -O<n> -w` plus the dg-options we can honour (KEEP_OPTION)
and run with `mswasm run --report=json --timeout=20` (plus any --engine-arg=ARG, e.g.
--engine-arg=--tier=interp). Levels (columns): -O0, -O2, and -O2 with
-fmswasm-keep-accesses (LEVELS). Results, one per test and level:

  caught                        the report has the expected kind (and access/size/line)
  caught-mismatch <details>     the kind is right, the access, size or line is not
  caught-other-kind <ours> (asan: <theirs>)
  missed <reason>               the program ran without a memory-safety report
  clean                         a test expecting a clean run exited 0 without a report
  false-alarm <kind> <where>    a test expecting a clean run got a report
  fail <details>                a test expecting a clean run exited non-zero without a report
  compile-error <first line>
  skip <reason>

They are compared with test/gcc-asan/expected.txt (`<relpath> <level>: <result>`): the result word
must match, and for caught-other-kind and false-alarm our kind too; what follows is a reason or a
note written by hand and is kept by --write-expected while the result does not change. Any
difference fails the run (exit 1); a result that differs is first run again, twice, since the
toolchain may be being rebuilt. --subset N runs every Nth run test (the same ones every time).
"""

import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gcc_testsuite  # noqa: E402
import importlib.util  # noqa: E402

# The engine's JSON report is read as scripts/run-memory-errors.py reads it.
_spec = importlib.util.spec_from_file_location(
    "run_memory_errors", os.path.join(os.path.dirname(os.path.abspath(__file__)), "run-memory-errors.py"))
rme = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rme)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECTED = os.path.join(REPO, "test", "gcc-asan", "expected.txt")
DIRS = ("c-c++-common/asan", "gcc.dg/asan")
MEMBER = re.compile(r"^[^/]+/gcc/testsuite/((?:c-c\+\+-common|gcc\.dg)/asan/[^/]+\.c)$")
LEVELS = {
    "-O0": ["-O0"],
    "-O2": ["-O2"],
    "-O2-keep": ["-O2", "-fmswasm-keep-accesses"],
}

# ASan's error names (the word after "ERROR: AddressSanitizer:") and our trap kinds (docs/spec.md
# "Traps and exit codes"). None: ASan checks something we do not (the test is skipped).
ASAN_KINDS = gcc_testsuite.ASAN_KINDS

# Tests expecting an error whose dg-output does not name the ASan kind: the kind ASan reports
# for what the program does.
KIND_BY_TEST = {
    # VLA str[len] indexed out of range: ASan says dynamic-stack-buffer-overflow.
    "c-c++-common/asan/alloca_big_alignment.c": "dynamic-stack-buffer-overflow",
    "c-c++-common/asan/alloca_detect_custom_size.c": "dynamic-stack-buffer-overflow",
    "c-c++-common/asan/alloca_overflow_partial.c": "dynamic-stack-buffer-overflow",
    "c-c++-common/asan/alloca_overflow_right.c": "dynamic-stack-buffer-overflow",
    "c-c++-common/asan/alloca_underflow_left.c": "dynamic-stack-buffer-overflow",
    # "located 0 bytes to the right of global variable YYY".
    "c-c++-common/asan/global-overflow-1.c": "global-buffer-overflow",
    # "located 0 bytes to the right of 10-byte region ... allocated by".
    "c-c++-common/asan/heap-overflow-1.c": "heap-buffer-overflow",
    "c-c++-common/asan/strncpy-overflow-1.c": "heap-buffer-overflow",
    # "Address ... is located in stack": x[10] of char x[10].
    "c-c++-common/asan/stack-overflow-1.c": "stack-buffer-overflow",
    # A packed 4-byte read at offset 15 of a 16-byte local struct.
    "c-c++-common/asan/misalign-1.c": "stack-buffer-overflow",
    "c-c++-common/asan/misalign-2.c": "stack-buffer-overflow",
    # Func1 returns the address of its local, Func2 writes through it.
    "c-c++-common/asan/use-after-return-1.c": "stack-use-after-return",
}

# Tests GCC expects to run clean although the program has undefined behaviour: we trap on it by
# design. Value: (our expected kind, why the test is clean under ASan).
UB_IN_CLEAN_TESTS = {
    "c-c++-common/asan/asan-stack-small.c":
        ("stack-buffer-overflow", "access(pa + 32) reaches `b` only in ASan's frame layout "
         "(32-byte redzones); in C it is 31 bytes past the 1-byte `a`"),
    "gcc.dg/asan/use-after-scope-4.c":
        ("use-after-scope", "*(ptr2+9) after my_char[9]'s block ended, in functions marked "
         "no_sanitize(\"address\")"),
    "gcc.dg/asan/use-after-scope-6.c":
        ("use-after-scope", "*ptr after my_char's block ended; ASan told not to check: "
         "--param asan-stack=0"),
    "gcc.dg/asan/use-after-scope-7.c":
        ("use-after-scope", "*ptr after my_char's block ended; ASan told not to check: "
         "-fno-sanitize-address-use-after-scope"),
}

# Run tests about ASan itself. Value: the reason recorded as `skip <reason>`.
SKIP = {
    "c-c++-common/asan/halt_on_error-1.c":
        "-fsanitize-recover=address with halt_on_error=false: reports and continues; we stop at "
        "the first error (same bug as halt_on_error-2.c)",
    "c-c++-common/asan/halt_on_error-2.c":
        "-fsanitize-recover=address and ASAN_OPTIONS=halt_on_error=true: tests the recover mode",
    "c-c++-common/asan/sleep-before-dying-1.c":
        "tests ASAN_OPTIONS=sleep_before_dying (the program is use-after-free-1.c)",
    "c-c++-common/asan/strip-path-prefix-1.c":
        "tests ASAN_OPTIONS=strip_path_prefix (the program is use-after-free-1.c)",
    "c-c++-common/asan/rlimit-mmap-test-1.c":
        "tests the ASan runtime's own message when its mmap fails under setrlimit(RLIMIT_AS)",
    "c-c++-common/asan/pointer-compare-1.c":
        "-fsanitize=pointer-compare: comparing pointers into different objects is not checked "
        "by us (not a memory access)",
    "c-c++-common/asan/pointer-subtract-1.c":
        "-fsanitize=pointer-subtract: subtracting pointers into different objects is not "
        "checked by us (not a memory access)",
    "c-c++-common/asan/pointer-subtract-4.c":
        "-fsanitize=pointer-subtract across threads: not checked by us (and needs pthreads)",
}

# dg-options we pass on; everything else is GCC- or ASan-specific (-fsanitize*, --param,
# -fdump-*, -static-libasan, -fstack-protector*, -fno-shrink-wrap...) and dropped.
KEEP_OPTION = re.compile(r"^(-D.*|-U.*|-std=.*|-fno-builtin.*|-fmerge-all-constants|-fno-common)$")


def extract(cache):
    """Extracts the asan tests once; returns the directory holding c-c++-common/ and gcc.dg/."""
    gcc_testsuite.extract(cache, "run-gcc-asan", MEMBER, lambda m: os.path.join("src", m.group(1)))
    return os.path.join(cache, "src")


def directives(text, name):
    """The rest of the line after each `dg-<name>` directive of a test, in order."""
    return re.findall(r"\{\s*dg-%s\s+(.*)$" % re.escape(name), text, re.M)


def tcl_words(s):
    """The "..." arguments of a directive, unquoted (backslash escapes kept)."""
    return re.findall(r'"((?:[^"\\]|\\.)*)"', s)


def parse_test(rel, path):
    """What a test expects: a dict with status ('run', 'skip'), options, expectations."""
    with open(path, errors="replace") as f:
        text = f.read()
    t = {"rel": rel, "path": path, "opts": [], "kind": None, "asan_kind": None, "access": None,
         "size": None, "line": None, "ub": None, "skip": None}
    do = re.search(r"\{\s*dg-do\s+(\w+)", text)
    if not do or do.group(1) != "run":
        t["skip"] = "not a run test (dg-do %s): checks GCC's instrumentation, not a run" % (
            do.group(1) if do else "compile")
        return t
    if rel in SKIP:
        t["skip"] = SKIP[rel]
        return t
    if "__asan_" in text or "sanitizer/asan_interface.h" in text:
        t["skip"] = "calls the ASan interface (__asan_*)"
        return t
    opts = []
    for d in directives(text, "options"):
        opts += tcl_words(d)[0].split() if tcl_words(d) else []
    for d in directives(text, "additional-options"):
        if "target" in d:        # target-specific (darwin, powerpc, x86 frame pointers)
            continue
        opts += tcl_words(d)[0].split() if tcl_words(d) else []
    t["opts"] = [o for o in opts if KEEP_OPTION.match(o)]
    outputs = [w for d in directives(text, "output") for w in tcl_words(d)[:1]]
    shouldfail = bool(directives(text, "shouldfail"))
    if not shouldfail:
        if any("AddressSanitizer" in o for o in outputs):
            t["skip"] = "expects ASan reports without stopping (halt_on_error=0)"
        elif rel in UB_IN_CLEAN_TESTS:
            t["kind"], t["ub"] = UB_IN_CLEAN_TESTS[rel]
        return t
    joined = "\n".join(outputs)
    m = re.search(r"AddressSanitizer:\?? ([a-z-]+(?: [a-z-]+)*)", joined)
    asan = None
    if m:
        word = m.group(1)
        for k in ASAN_KINDS:
            if word.startswith(k):
                asan = k
    if asan is None:                                # a bare kind: "heap-use-after-free.*"
        for k in ASAN_KINDS:
            if re.search(r"(^|[^a-z-])%s($|[^a-z-])" % re.escape(k), joined):
                asan = k
                break
    if asan is None:
        asan = KIND_BY_TEST.get(rel)
    if asan is None:
        t["skip"] = "dg-shouldfail without a known ASan error kind in its dg-output"
        return t
    t["asan_kind"] = asan
    t["kind"] = ASAN_KINDS[asan]
    if t["kind"] is None:
        t["skip"] = "ASan's %s: not a check we make" % asan
        return t
    m = re.search(r"(READ|WRITE) of size", joined)
    if m:
        t["access"] = m.group(1).lower()
    m = re.search(r"(READ|WRITE) of size (\d+) at", joined)
    if m:
        t["size"] = int(m.group(2))
    # The first stack-frame pattern of the access's stack naming a line of the test's own file
    # (not of the "freed by"/"allocated by" stacks, which start with ASan's free/malloc
    # interceptor). An optional line, `pr64820.(c:21)?`, constrains nothing.
    stem = re.escape(os.path.basename(rel)[:-2])
    for o in outputs:
        if re.search(r"freed by|allocated by|\(interceptor_\|wrap_\|?\)(free|malloc)", o):
            break
        if not re.search(r"#(\d|\\\[)", o):
            continue
        m = re.search(stem + r"\.(\()?c:((?:\d|\\?\[|\\?\])+)(\)\?)?", o)
        if m:
            if not (m.group(1) and m.group(3)):
                t["line"] = m.group(2).replace("\\", "")
            break
    return t


def run(cmd, timeout, cwd):
    # The tools may be relinked while we run (another engineer rebuilds build-main): retry.
    for attempt in range(40):
        try:
            p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout)
            return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")
        except subprocess.TimeoutExpired:
            return None, "", "timed out"
        except OSError as e:
            if attempt == 39:
                return None, "", "cannot run %s: %s" % (cmd[0], e)
            time.sleep(0.5)


def first_line(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("In file included"):
            line = re.sub(r"^\S*/", "", line)      # drop the cache directory from paths
            return line[:200]
    return ""


def own_frame(stack, path):
    real = os.path.realpath(path)
    for fr in stack or []:
        f = fr.get("file") or ""
        if f and os.path.realpath(f) == real:
            return fr
    return None


def where(rep, path):
    fr = own_frame(rep.get("stack"), path)
    top = (rep.get("stack") or [{}])[0]
    if fr is None:
        return "in %s" % top.get("func", "?")
    return "at line %s" % fr.get("line")


def compile_test(t, level, args, d):
    out = os.path.join(d, "t%s.mswasm" % level)
    cmd = [args.cc, "-g", "-w"] + LEVELS[level] + t["opts"] + [t["path"], "-o", out]
    for attempt in range(3):
        rc, so, se = run(cmd, 180, d)
        if rc == 0:
            return out, ""
        if rc is not None and "error:" in se and "mswasm-cc" not in first_line(se):
            break                                   # a real diagnostic, not a rebuild race
        time.sleep(5)
    return None, se or so or "exit %s" % rc


def run_module(mod, args, d):
    for attempt in range(3):
        rc, so, se = run([args.engine, "run"] + args.engine_args +
                         ["--report=json", "--timeout=%d" % args.timeout, mod],
                         args.timeout + 30, d)
        if rc != 2:                                 # 2: unreadable module or engine usage error
            break
        time.sleep(5)
    return rc, se, rme.parse_report(se)


def classify(t, level, args, work):
    """(result word, details) of one test at one level."""
    if t["skip"]:
        return "skip", t["skip"]
    d = os.path.join(work, t["rel"].replace("/", "__")[:-2])
    os.makedirs(d, exist_ok=True)
    mod, err = compile_test(t, level, args, d)
    if mod is None:
        return "compile-error", first_line(err)
    rc, se, rep = run_module(mod, args, d)
    trapped = rep is not None and rep.get("outcome") == "trap"
    memory = trapped and rep.get("class") == "memory-safety"
    if t["kind"] is None:                           # expects a clean run
        if memory:
            return "false-alarm", "%s %s" % (rep.get("kind"), where(rep, t["path"]))
        if trapped:
            return "fail", "trap %s %s" % (rep.get("kind"), where(rep, t["path"]))
        if rc != 0:
            return "fail", "exit %s: %s" % (rc, first_line(se))
        return "clean", ""
    if not memory:
        what = ("trap %s" % rep.get("kind")) if trapped else ("exit %s" % rc)
        return "missed", "(%s)" % what
    if rep.get("kind") != t["kind"]:
        return "caught-other-kind", "%s (asan: %s) %s" % (
            rep.get("kind"), t["asan_kind"] or "none", where(rep, t["path"]))
    bad = []
    if t["access"] and rep.get("access") != t["access"]:
        bad.append("%s, expected %s" % (rep.get("access"), t["access"]))
    top = (rep.get("stack") or [{}])[0]
    in_test = os.path.realpath(top.get("file") or "/") == os.path.realpath(t["path"])
    if t["size"] is not None and in_test and rep.get("size") != t["size"]:
        bad.append("size %s, expected %s" % (rep.get("size"), t["size"]))
    if t["line"]:
        fr = own_frame(rep.get("stack"), t["path"])
        if fr is None:
            bad.append("no frame in the test's file, expected line %s" % t["line"])
        elif not re.fullmatch(t["line"], str(fr.get("line"))):
            bad.append("line %s, expected %s" % (fr.get("line"), t["line"]))
    if bad:
        return "caught-mismatch", "; ".join(bad)
    return "caught", ""


def read_expected(path):
    exp = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                key, _, val = line.partition(": ")
                word, _, rest = val.partition(" ")
                exp[key] = (word, rest)
    return exp


def same(word, rest, exp):
    """Whether a result matches an expected (word, rest)."""
    if exp is None or exp[0] != word:
        return False
    if word in ("caught-other-kind", "false-alarm"):
        return rest.split(" ", 1)[0] == exp[1].split(" ", 1)[0]
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cc", default=os.path.join(REPO, "build", "tools", "mswasm-cc"))
    ap.add_argument("--engine", default=os.path.join(REPO, "build", "tools", "mswasm"))
    ap.add_argument("--engine-arg", dest="engine_args", action="append", default=[],
                    metavar="ARG",
                    help="extra option for every `mswasm run` (repeatable; write it "
                         "--engine-arg=ARG), e.g. --engine-arg=--tier=interp; the expected "
                         "results are the same whatever the engine options")
    ap.add_argument("--levels", default=",".join(LEVELS),
                    help="comma-separated columns among %s" % ", ".join(LEVELS))
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=20)
    ap.add_argument("--subset", type=int, default=1, help="run every Nth run test")
    ap.add_argument("--cache", default=os.path.join(REPO, "build", "gcc-asan"))
    ap.add_argument("--expected", default=EXPECTED)
    ap.add_argument("--write-expected", action="store_true")
    ap.add_argument("--filter", help="only tests whose path contains this")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every result")
    args = ap.parse_args()
    levels = [l for l in args.levels.split(",") if l]
    for l in levels:
        if l not in LEVELS:
            sys.exit("run-gcc-asan: unknown level %s (known: %s)" % (l, ", ".join(LEVELS)))
    for tool in (args.cc, args.engine):
        if not os.path.exists(tool):
            sys.exit("run-gcc-asan: %s not found (build first: scripts/build.sh)" % tool)

    root = extract(args.cache)
    rels = sorted(os.path.relpath(p, root) for d in DIRS for p in glob.glob(os.path.join(root, d, "*.c")))
    tests = [parse_test(r, os.path.join(root, r)) for r in rels]
    runnable = [t for t in tests if not t["skip"]]
    keep = set(id(t) for t in runnable[::args.subset]) | set(id(t) for t in tests if t["skip"])
    tests = [t for t in tests if id(t) in keep]
    if args.filter:
        tests = [t for t in tests if args.filter in t["rel"]]
    work = os.path.join(args.cache, "work")
    jobs = [(t, l) for t in tests for l in levels]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda j: classify(j[0], j[1], args, work), jobs))

    expected = read_expected(args.expected)
    # The toolchain may be being rebuilt (a compile or run failing for a few seconds): run what
    # differs from the expected file again, twice, before concluding.
    for attempt in range(2):
        again = [i for i, ((t, l), (w, r)) in enumerate(zip(jobs, results))
                 if not args.write_expected and not same(w, r, expected.get("%s %s" % (t["rel"], l)))]
        if not again:
            break
        time.sleep(10)
        for i in again:
            results[i] = classify(jobs[i][0], jobs[i][1], args, work)
    unexpected = 0
    counts = {}
    new = {}
    for (t, level), (word, rest) in zip(jobs, results):
        key = "%s %s" % (t["rel"], level)
        exp = expected.get(key)
        ok = same(word, rest, exp)
        group = "skip" if word == "skip" else ("ub" if t["ub"] else
                                                ("error" if t["kind"] else "clean"))
        counts.setdefault((level, group), {}).setdefault(word, 0)
        counts[(level, group)][word] += 1
        if ok and exp[1] and word not in ("skip",):
            new[key] = "%s %s" % (word, exp[1])     # keep the hand-written reason or note
        else:
            new[key] = ("%s %s" % (word, rest)).strip()
        if not ok:
            unexpected += 1
            print("UNEXPECTED %s: %s (expected %s)" % (
                key, ("%s %s" % (word, rest)).strip(),
                ("%s %s" % exp).strip() if exp else "no entry"))
        elif args.verbose:
            print("%s: %s" % (key, new[key]))

    not_run = sum(1 for t in tests if t["skip"] and t["skip"].startswith("not a run test"))
    for level in levels:
        def c(group, *words):
            got = counts.get((level, group), {})
            return sum(got.get(w, 0) for w in words) if words else sum(got.values())
        print("gcc asan %s:" % level)
        print("  expecting an error (dg-shouldfail): %d; caught with the right kind %d (%d also "
              "with ASan's access/size/line), caught-other-kind %d, missed %d, compile errors %d"
              % (c("error"), c("error", "caught", "caught-mismatch"), c("error", "caught"),
                 c("error", "caught-other-kind"), c("error", "missed"), c("error", "compile-error")))
        print("  expecting a clean run: %d; clean %d, FALSE ALARMS %d, fail %d, compile errors %d"
              % (c("clean"), c("clean", "clean"), c("clean", "false-alarm"), c("clean", "fail"),
                 c("clean", "compile-error")))
        print("  clean under ASan only because it is told not to look (UB in C): %d; trapped with "
              "the right kind %d, other kind %d, missed %d"
              % (c("ub"), c("ub", "caught", "caught-mismatch"), c("ub", "caught-other-kind"),
                 c("ub", "missed")))
        print("  skipped: %d (%d not run tests, %d about ASan itself)"
              % (c("skip"), not_run, c("skip") - not_run))

    if args.write_expected:
        merged = {k: ("%s %s" % v).strip() for k, v in expected.items()}
        merged.update(new)
        with open(args.expected, "w") as out:
            out.write("# Expected results of scripts/run-gcc-asan.py (GCC 12's asan tests), one line per\n"
                      "# test and level: caught | caught-mismatch <details> | caught-other-kind <ours>\n"
                      "# (asan: <theirs>) | missed <reason> | clean | false-alarm <kind> | fail <details>\n"
                      "# | compile-error <first line> | skip <reason>. Regenerate with --write-expected\n"
                      "# (hand-written reasons are kept while the result word stays the same).\n")
            for k in sorted(merged):
                out.write("%s: %s\n" % (k, merged[k]))
        print("wrote %s" % os.path.relpath(args.expected, REPO))
    print("%d as expected, %d unexpected" % (len(jobs) - unexpected, unexpected))
    return 1 if unexpected and not args.write_expected else 0


if __name__ == "__main__":
    sys.exit(main())
