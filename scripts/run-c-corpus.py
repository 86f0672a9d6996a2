#!/usr/bin/env python3
"""Run the C test corpus (test/c-corpus) on the MSWasm toolchain.

Every program is built natively as the reference (ILP32 with wasm32's struct layout):

    clang-19 -m32 -malign-double -msse2 -mfpmath=sse -O2 -w prog.c -o prog -lm

and with mswasm-cc at each optimisation level (default -O0 and -O2); each MSWasm build is run
on the engine (`mswasm run prog.mswasm args...`; --engine-arg=ARG adds an option to every
`mswasm run`, e.g. --engine-arg=--tier=interp) and its stdout and exit code are compared
with the native run.  One line per program (PASS / FAIL / ERROR with the reason), then a
final summary line `N passed, M failed` (failures include errors).

Per-program directives, in the comment lines at the top of the file:
    // ARGS: a b c        arguments passed to the program (shell-like quoting)
    // STDIN: file.txt    a file next to the program fed to its stdin
    // SCRATCH            run in a fresh empty directory (the engine gets --dir=.), for
                          programs that create, rename and remove files

Expected results (--expected FILE): lines `path: pass` or `path: xfail <reason>` (path relative
to test/c-corpus, `#` comments allowed).  Any difference from the file is unexpected, including
a program expected to xfail that passes ("unexpectedly passed").  Programs missing from the file
are expected to pass.  --write-expected regenerates the file from the current results (entries
of programs not selected by --filter are kept).

Other modes:
    --native-only   build natively, run twice, check the output is identical and the program
                    exits normally (the determinism check)
    --sanitize      build natively with ASan+UBSan (x86-64 and -m32), check there is no report
                    and that stdout and exit code match the reference build

Exit status: 0 when every result is as expected, 1 otherwise, 2 for usage errors.
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "test", "c-corpus")
NATIVE_FLAGS = ["-m32", "-malign-double", "-msse2", "-mfpmath=sse", "-O2", "-w"]
SANITIZE_FLAGS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=all",
                  "-fno-omit-frame-pointer", "-g", "-O1", "-w"]
SANITIZER_MARKERS = ("runtime error:", "AddressSanitizer", "LeakSanitizer",
                     "UndefinedBehaviorSanitizer")


class Program:
    def __init__(self, rel):
        self.rel = rel                       # e.g. "data-structures/list.c"
        self.path = os.path.join(CORPUS, rel)   # CORPUS may be changed by --corpus
        self.args = []
        self.stdin = None                    # absolute path or None
        self.scratch = False                 # run in a fresh empty directory
        self._parse_directives()

    def _parse_directives(self):
        with open(self.path, encoding="utf-8", errors="replace") as f:
            for _ in range(10):
                line = f.readline()
                if not line:
                    break
                if re.match(r"\s*//\s*SCRATCH\s*$", line):
                    self.scratch = True
                    continue
                m = re.match(r"\s*//\s*(ARGS|STDIN):\s*(.*?)\s*$", line)
                if not m:
                    continue
                if m.group(1) == "ARGS":
                    self.args = shlex.split(m.group(2))
                else:
                    self.stdin = os.path.join(os.path.dirname(self.path), m.group(2))


class Outcome:
    def __init__(self, status, reason=""):
        self.status = status                 # "pass", "fail", "error"
        self.reason = reason


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return "(no output)"


def run(cmd, timeout, stdin_path=None, cwd=None):
    """Run cmd; return (rc, stdout, stderr, note).  rc None when it could not run."""
    stdin = None
    try:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, cwd=cwd)
        return (p.returncode, p.stdout, p.stderr.decode("utf-8", "replace"), "")
    except subprocess.TimeoutExpired:
        return (None, b"", "", "timed out after %gs" % timeout)
    except OSError as e:
        return (None, b"", "", "cannot run %s: %s" % (cmd[0], e.strerror or e))
    finally:
        if stdin_path and stdin not in (None, subprocess.DEVNULL):
            stdin.close()


def describe_rc(rc):
    if rc is None:
        return "none"
    if rc < 0:
        return "signal %d" % -rc
    return str(rc)


def diff_first(expected, got):
    e = expected.decode("utf-8", "replace").split("\n")
    g = got.decode("utf-8", "replace").split("\n")
    for i in range(max(len(e), len(g))):
        el = e[i] if i < len(e) else None
        gl = g[i] if i < len(g) else None
        if el != gl:
            def show(x):
                return "<end of output>" if x is None else repr(x)[:120]
            return "stdout differs at line %d: expected %s, got %s" % (i + 1, show(el), show(gl))
    return "stdout differs"


def tool_problem(path, what):
    if not os.path.exists(path):
        return "%s not found: %s (build it first)" % (what, path)
    if not os.access(path, os.X_OK):
        return "%s not executable: %s" % (what, path)
    return None


class Runner:
    def __init__(self, opts, workdir):
        self.o = opts
        self.work = workdir

    def out_base(self, prog):
        base = os.path.join(self.work, prog.rel[:-2].replace(os.sep, "__"))
        return base

    def native_build(self, prog, flags, suffix):
        exe = self.out_base(prog) + suffix
        cmd = [self.o.native_cc] + flags + [prog.path, "-o", exe, "-lm"]
        rc, _, err, note = run(cmd, self.o.compile_timeout)
        if rc is None:
            return None, "native compile: " + note
        if rc != 0:
            return None, "native compile: " + first_line(err)
        return exe, None

    def run_dir(self, prog, tag):
        """The directory a program runs in: next to its source, or a fresh empty one."""
        if not prog.scratch:
            return os.path.dirname(prog.path)
        d = self.out_base(prog) + "." + tag + ".scratch"
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        return d

    def native_run(self, prog, exe):
        return run([exe] + prog.args, self.o.timeout, prog.stdin,
                   cwd=self.run_dir(prog, os.path.basename(exe)))

    def reference(self, prog):
        exe, why = self.native_build(prog, NATIVE_FLAGS, ".native")
        if why:
            return None, why
        rc, out, err, note = self.native_run(prog, exe)
        if rc is None:
            return None, "native run: " + note
        if rc < 0:
            return None, "native run: killed by signal %d" % -rc
        return (rc, out), None

    # --- modes -------------------------------------------------------------------------

    def check_mswasm(self, prog):
        ref, why = self.reference(prog)
        if why:
            return Outcome("error", why)
        ref_rc, ref_out = ref
        problem = tool_problem(self.o.cc, "compiler") or tool_problem(self.o.engine, "engine")
        if problem:
            return Outcome("error", problem)
        fails = []
        for lvl in self.o.levels:
            tag = "-O%s" % lvl
            mod = self.out_base(prog) + ".O%s.mswasm" % lvl
            cmd = [self.o.cc, "-O%s" % lvl] + self.o.cc_flags + [prog.path, "-o", mod]
            rc, _, err, note = run(cmd, self.o.compile_timeout)
            if rc is None:
                return Outcome("error", "%s: compile: %s" % (tag, note))
            if rc != 0 or not os.path.exists(mod):
                return Outcome("error", "%s: compile: %s" % (tag, first_line(err)))
            grant = ["--dir=."] if prog.scratch else []
            rc, out, err, note = run([self.o.engine, "run"] + self.o.engine_args + grant +
                                     [mod] + prog.args,
                                     self.o.timeout, prog.stdin, cwd=self.run_dir(prog, tag))
            if rc is None:
                return Outcome("error", "%s: run: %s" % (tag, note))
            if out != ref_out:
                fails.append("%s: %s" % (tag, diff_first(ref_out, out)))
            elif rc != ref_rc:
                extra = "" if rc == 0 else " (%s)" % first_line(err)
                fails.append("%s: exit code %s, expected %s%s" % (tag, describe_rc(rc), ref_rc,
                                                                 extra))
        if fails:
            return Outcome("fail", "; ".join(fails))
        return Outcome("pass")

    def check_native(self, prog):
        exe, why = self.native_build(prog, NATIVE_FLAGS, ".native")
        if why:
            return Outcome("error", why)
        results = []
        for i in range(2):
            rc, out, err, note = self.native_run(prog, exe)
            if rc is None:
                return Outcome("error", "run %d: %s" % (i + 1, note))
            if rc < 0:
                return Outcome("fail", "run %d: killed by signal %d" % (i + 1, -rc))
            if rc >= 128:
                return Outcome("fail", "run %d: exit code %d (abnormal)" % (i + 1, rc))
            if not out:
                return Outcome("fail", "run %d: no output on stdout" % (i + 1))
            results.append((rc, out))
        if results[0][1] != results[1][1]:
            return Outcome("fail", "nondeterministic: " + diff_first(results[0][1], results[1][1]))
        if results[0][0] != results[1][0]:
            return Outcome("fail", "nondeterministic exit code: %d then %d" %
                           (results[0][0], results[1][0]))
        return Outcome("pass")

    def check_sanitize(self, prog):
        ref, why = self.reference(prog)
        if why:
            return Outcome("error", why)
        ref_rc, ref_out = ref
        fails, notes = [], []
        for tag, extra in (("x86-64", []), ("i386", NATIVE_FLAGS[:4])):
            exe, why = self.native_build(prog, extra + SANITIZE_FLAGS, ".san-" + tag)
            if why:
                return Outcome("error", "%s: %s" % (tag, why))
            rc, out, err, note = self.native_run(prog, exe)
            if rc is None:
                return Outcome("error", "%s: run: %s" % (tag, note))
            report = [l for l in err.splitlines() if any(m in l for m in SANITIZER_MARKERS)]
            if report:
                fails.append("%s: %s" % (tag, report[0].strip()))
            elif tag == "x86-64":
                # LP64 may legitimately differ (long is 64 bits there); only the report counts.
                if out != ref_out or rc != ref_rc:
                    notes.append("%s output differs from the ILP32 reference (LP64)" % tag)
            elif out != ref_out:
                fails.append("%s: %s" % (tag, diff_first(ref_out, out)))
            elif rc != ref_rc:
                fails.append("%s: exit code %s, expected %s" % (tag, describe_rc(rc), ref_rc))
        if fails:
            return Outcome("fail", "; ".join(fails + notes))
        return Outcome("pass", "; ".join(notes))


def discover(filters, names):
    progs = []
    for root, dirs, files in os.walk(CORPUS):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".c"):
                progs.append(os.path.relpath(os.path.join(root, f), CORPUS))
    progs.sort()
    if names:
        wanted = []
        for n in names:
            a = os.path.abspath(n)
            rel = os.path.relpath(a, CORPUS) if a.startswith(CORPUS + os.sep) else n
            if rel not in progs:
                raise SystemExit("run-c-corpus: no such program in the corpus: %s" % n)
            wanted.append(rel)
        progs = wanted
    for flt in filters:
        progs = [p for p in progs if flt in p]
    return progs


def read_expected(path):
    exp = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = re.match(r"^(\S+):\s*(pass|xfail)\b\s*(.*)$", line)
            if not m:
                raise SystemExit("run-c-corpus: %s:%d: cannot parse %r" % (path, n, line))
            exp[m.group(1)] = (m.group(2), m.group(3))
    return exp


def main():
    global CORPUS
    ap = argparse.ArgumentParser(description="Run the MSWasm C corpus against native builds.")
    ap.add_argument("programs", nargs="*", help="programs to run (default: all)")
    ap.add_argument("--corpus", default=CORPUS,
                    help="directory of programs (default: test/c-corpus; test/libc/headers "
                         "holds the per-header libc tests)")
    ap.add_argument("--subset", type=int, default=1, metavar="N",
                    help="run every Nth program of the sorted list (CI runs fixed subsets of the "
                         "native-tier suites; the full run is the default)")
    ap.add_argument("--filter", action="append", default=[],
                    help="only programs whose path contains this text (repeatable)")
    ap.add_argument("--cc", default=os.path.join(REPO, "build", "tools", "mswasm-cc"))
    ap.add_argument("--engine", default=os.path.join(REPO, "build", "tools", "mswasm"))
    ap.add_argument("--cc-flag", dest="cc_flags", action="append", default=[],
                    help="extra flag for mswasm-cc (repeatable)")
    ap.add_argument("--engine-arg", dest="engine_args", action="append", default=[],
                    metavar="ARG",
                    help="extra option for every `mswasm run` (repeatable; write it "
                         "--engine-arg=ARG), e.g. --engine-arg=--tier=interp")
    ap.add_argument("--native-cc", default="clang-19")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--opt-levels", default="0,2")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run")
    ap.add_argument("--compile-timeout", type=float, default=120.0)
    ap.add_argument("--expected", help="expected-results file")
    ap.add_argument("--write-expected", action="store_true",
                    help="write the current results to the --expected file")
    ap.add_argument("--keep-going", "-k", action="store_true",
                    help="run everything even after an unexpected result")
    ap.add_argument("--native-only", action="store_true",
                    help="determinism check: native build run twice, outputs identical")
    ap.add_argument("--sanitize", action="store_true",
                    help="native ASan+UBSan builds (x86-64 and i386) must be clean and agree")
    ap.add_argument("--work-dir", help="keep build products here (default: a temporary dir)")
    o = ap.parse_args()
    CORPUS = os.path.abspath(o.corpus)

    if o.native_only and o.sanitize:
        ap.error("--native-only and --sanitize are exclusive")
    if o.write_expected and not o.expected:
        ap.error("--write-expected needs --expected FILE")
    if o.write_expected and (o.native_only or o.sanitize):
        ap.error("--write-expected records MSWasm results; drop --native-only/--sanitize")
    try:
        o.levels = [l.strip().lstrip("-").lstrip("O") for l in o.opt_levels.split(",")
                    if l.strip()]
    except ValueError:
        ap.error("bad --opt-levels")
    if not o.levels or any(l not in ("0", "1", "2", "3", "s", "z") for l in o.levels):
        ap.error("bad --opt-levels %r (e.g. 0,2)" % o.opt_levels)
    o.cc = os.path.abspath(o.cc)
    o.engine = os.path.abspath(o.engine)
    if shutil.which(o.native_cc) is None:
        print("ERROR: native compiler %s not found" % o.native_cc)
        print("0 passed, 1 failed")
        return 1

    if o.subset < 1:
        ap.error("--subset must be at least 1")
    progs = discover(o.filter, o.programs)[::o.subset]
    if not progs:
        print("run-c-corpus: no programs selected", file=sys.stderr)
        print("0 passed, 0 failed")
        return 1

    expected = {}
    if o.expected and not o.write_expected:
        if not os.path.exists(o.expected):
            ap.error("expected-results file not found: %s" % o.expected)
        expected = read_expected(o.expected)

    tmp = None
    if o.work_dir:
        os.makedirs(o.work_dir, exist_ok=True)
        work = os.path.abspath(o.work_dir)
    else:
        tmp = tempfile.mkdtemp(prefix="c-corpus-")
        work = tmp
    runner = Runner(o, work)
    check = (runner.check_native if o.native_only else
             runner.check_sanitize if o.sanitize else runner.check_mswasm)
    use_expected = bool(o.expected) and not (o.write_expected or o.native_only or o.sanitize)

    lock = threading.Lock()
    stop = threading.Event()
    results = {}
    counts = {"passed": 0, "failed": 0, "unexpected": 0, "xfail": 0}

    def judge(rel, out):
        """Return (line, unexpected)."""
        label = {"pass": "PASS", "fail": "FAIL", "error": "ERROR"}[out.status]
        line = "%s %s" % (label, rel) + (": " + out.reason if out.reason else "")
        if not use_expected:
            return line, out.status != "pass"
        want, why = expected.get(rel, ("pass", ""))
        if want == "pass":
            return line, out.status != "pass"
        if out.status == "pass":
            return "FAIL %s: unexpectedly passed (expected xfail: %s)" % (rel, why), True
        return "XFAIL %s: %s" % (rel, out.reason), False

    def work_one(rel):
        if stop.is_set():
            return
        try:
            out = check(Program(rel))
        except Exception as e:  # never a traceback for one program
            out = Outcome("error", "internal error: %s: %s" % (type(e).__name__, e))
        with lock:
            results[rel] = out
            line, unexpected = judge(rel, out)
            if out.status == "pass" and not unexpected:
                counts["passed"] += 1
            else:  # includes a pass that was expected to fail: the file must be updated
                counts["failed"] += 1
            if unexpected:
                counts["unexpected"] += 1
                if not o.keep_going and not o.write_expected:
                    stop.set()
            elif out.status != "pass":
                counts["xfail"] += 1
            print(line, flush=True)

    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, o.jobs)) as ex:
            list(ex.map(work_one, progs))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    stale = []
    if use_expected and not o.filter and not o.programs and o.subset == 1:
        stale = sorted(set(expected) - set(progs))
        for s in stale:
            print("FAIL %s: listed in %s but not in the corpus" % (s, o.expected))

    if o.write_expected:
        # Merge: programs not run this time (filtered out) keep their previous entry; entries for
        # programs that no longer exist are dropped.
        entries = {}
        if os.path.exists(o.expected):
            entries = {k: ("%s %s" % v).strip() for k, v in read_expected(o.expected).items()}
        all_progs = set(discover([], []))
        for rel, r in results.items():
            if r.status == "pass":
                entries[rel] = "pass"
            else:
                reason = re.sub(r"\s+", " ", r.reason).strip()
                entries[rel] = "xfail %s %s" % (r.status.upper(), reason)
        with open(o.expected, "w", encoding="utf-8") as f:
            f.write("# Expected results of scripts/run-c-corpus.py (regenerate with "
                    "--write-expected).\n# path: pass | path: xfail <reason>\n")
            for rel in sorted(k for k in entries if k in all_progs):
                f.write("%s: %s\n" % (rel, entries[rel]))
        print("wrote %s" % o.expected)

    skipped = len(progs) - len(results)
    if skipped:
        print("stopped after an unexpected result; %d program(s) not run "
              "(use --keep-going)" % skipped)
    if use_expected:
        print("%d expected failure(s), %d unexpected result(s)" %
              (counts["xfail"], counts["unexpected"] + len(stale)))
    print("%d passed, %d failed" % (counts["passed"], counts["failed"] + len(stale)))
    if o.write_expected:
        return 0
    return 1 if (counts["unexpected"] or stale or skipped) else 0


if __name__ == "__main__":
    sys.exit(main())
