#!/usr/bin/env python3
"""Run the memory-error detection corpus (test/memory-errors) under mswasm.

Each program test/memory-errors/<category>/<name>.c holds one deliberate memory-safety bug and,
behind `#ifdef FIXED`, its fixed twin. Its header says what the engine must report:

    // EXPECT: <kind> [read|write]        e.g. `heap-buffer-overflow write`, `double-free`
    // EXPECT: none (<reason>)            a bug the toolchain is known not to catch by design
                                          (intra-object overflow): recorded as an expected miss
    // CFLAGS: -fmswasm-field-bounds      optional: mswasm-cc options this program needs
    // STDIN: <text>                      optional: one line fed to standard input (a newline
                                          is appended); without it stdin is empty
    // ARGS: <a> <b> ...                  optional: program arguments

and exactly one line of the file carries the marker comment `// BUG`: the line of the faulting
access, free or call. When the fault happens inside libc (strcpy, memcpy, free...), the first
stack frame of the report whose file is the program itself must be on that line.

For every program and optimisation level the runner
  1. compiles it with `mswasm-cc -g -O<n>`, runs it with `mswasm run --report=json` (plus any
     --engine-arg options, e.g. --engine-arg=--tier=interp) and checks
     exit 134, the trap kind, read/write (when given) and the line;
  2. compiles it with -DFIXED, runs it and checks exit 0, no report on stderr and the same
     stdout as a native build (clang-19 -m32 -malign-double -msse2 -mfpmath=sse -O0 -DFIXED).

Results are compared with test/memory-errors/expected.txt, one line per program and level:
    <path> -O<n>: pass
    <path> -O<n>: xfail <reason>
    <path> -O<n> -fmswasm-keep-accesses: pass       (a run with --cc-flag -fmswasm-keep-accesses)
(--write-expected rewrites it from this run, keeping the reasons of xfails that still fail).
Exit status: 0 when every result is as expected, 1 otherwise.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "test", "memory-errors")
EXPECTED = os.path.join(CORPUS, "expected.txt")
DEFAULT_BUILD = os.environ.get("MSWASM_BUILD", os.path.join(os.path.dirname(ROOT), "build-main"))
NATIVE_CC = ["clang-19", "-m32", "-malign-double", "-msse2", "-mfpmath=sse", "-O0", "-w"]
ACCESS_KINDS = {"read", "write"}


def parse_program(path):
    """Return the program's expectations: kind, access, line, stdin, args, reason."""
    info = {"path": path, "kind": None, "access": None, "line": None, "stdin": "", "args": [],
            "reason": None, "cflags": []}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    bug_lines = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\s*//\s*EXPECT:\s*(.*)$", text)
        if m and info["kind"] is None:
            spec = m.group(1).strip()
            if spec.startswith("none"):
                info["kind"] = "none"
                info["reason"] = spec[4:].strip().strip("()") or "not caught by design"
            else:
                words = spec.split()
                info["kind"] = words[0]
                if len(words) > 1 and words[1] in ACCESS_KINDS:
                    info["access"] = words[1]
        m = re.match(r"\s*//\s*STDIN:\s?(.*)$", text)
        if m:
            info["stdin"] = m.group(1) + "\n"
        m = re.match(r"\s*//\s*ARGS:\s*(.*)$", text)
        if m:
            info["args"] = m.group(1).split()
        m = re.match(r"\s*//\s*CFLAGS:\s*(.*)$", text)
        if m:
            info["cflags"] = m.group(1).split()
        if re.search(r"//\s*BUG\b", text):
            bug_lines.append(i)
    if info["kind"] is None:
        raise ValueError(f"{path}: no `// EXPECT:` line")
    if len(bug_lines) != 1:
        raise ValueError(f"{path}: expected exactly one `// BUG` marker, found {len(bug_lines)}")
    info["line"] = bug_lines[0]
    return info


def parse_report(stderr):
    """The JSON report (last line of stderr that is a JSON object with an outcome), or None."""
    for text in reversed(stderr.splitlines()):
        text = text.strip()
        if text.startswith("{") and '"outcome"' in text:
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                return None
    return None


def first_own_frame(frames, path):
    """The first frame of a stack whose file is the program itself."""
    real = os.path.realpath(path)
    for fr in frames or []:
        f = fr.get("file") or ""
        if f and (os.path.realpath(f) == real or
                  (not os.path.isabs(f) and real.endswith("/" + f.lstrip("./")))):
            return fr
    return None


def run(cmd, stdin="", timeout=60, env=None):
    # The tools may be relinked while the corpus runs (a busy or half-written binary): retry.
    for attempt in range(40):
        try:
            p = subprocess.run(cmd, input=stdin.encode(), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout, env=env)
            return (p.returncode, p.stdout.decode(errors="replace"),
                    p.stderr.decode(errors="replace"))
        except subprocess.TimeoutExpired:
            return None, "", "timeout"
        except OSError as e:
            if attempt == 39:
                return None, "", f"cannot run {cmd[0]}: {e}"
            time.sleep(0.5)


class Runner:
    def __init__(self, build, tmp, verbose=False, cc_flags=(), engine_args=()):
        self.cc = os.path.join(build, "tools", "mswasm-cc")
        self.cc_flags = list(cc_flags)
        self.engine = os.path.join(build, "tools", "mswasm")
        self.engine_args = list(engine_args)   # after `mswasm run`, e.g. --tier=interp
        self.tmp = tmp
        self.verbose = verbose
        self.native_cache = {}

    def out(self, info, tag):
        rel = os.path.relpath(info["path"], CORPUS)
        return os.path.join(self.tmp, rel.replace("/", "__")[:-2] + tag)

    def compile(self, info, level, fixed):
        out = self.out(info, f".O{level}{'.fixed' if fixed else ''}.mswasm")
        cmd = ([self.cc, "-g", f"-O{level}", "-w"] + self.cc_flags + info["cflags"] +
               [info["path"], "-o", out])
        if fixed:
            cmd.insert(1, "-DFIXED")
        rc, so, se = run(cmd, timeout=120)
        return (out if rc == 0 else None), se

    def native(self, info):
        exe = self.out(info, ".native")
        rc, so, se = run(NATIVE_CC + ["-DFIXED", info["path"], "-o", exe], timeout=120)
        if rc != 0:
            return None, "native build failed: " + se.strip()[:300]
        rc, so, se = run([exe] + info["args"], info["stdin"])
        if rc != 0:
            return None, f"native FIXED build exits {rc}"
        return so, None

    def check(self, info, level):
        """Return (ok, message) for one program at one level."""
        errs = []
        # The buggy program.
        mod, se = self.compile(info, level, False)
        if mod is None:
            return False, "compile failed: " + se.strip()[:300]
        rc, so, se = run([self.engine, "run"] + self.engine_args +
                         ["--report=json", "--timeout=20", mod] + info["args"], info["stdin"])
        rep = parse_report(se)
        if info["kind"] == "none":
            if rep is not None and rep.get("outcome") == "trap":
                errs.append(f"expected no report ({info['reason']}), got {rep.get('kind')}")
        elif rep is None or rep.get("outcome") != "trap":
            errs.append(f"no report (exit {rc}), expected {info['kind']}")
        else:
            if rc != 134:
                errs.append(f"exit {rc}, expected 134")
            if rep.get("kind") != info["kind"]:
                errs.append(f"kind {rep.get('kind')}, expected {info['kind']}")
            if info["access"] and rep.get("access") != info["access"]:
                errs.append(f"access {rep.get('access')}, expected {info['access']}")
            fr = first_own_frame(rep.get("stack"), info["path"])
            if fr is None:
                errs.append("no frame in the program's file")
            elif fr.get("line") != info["line"]:
                errs.append(f"line {fr.get('line')}, expected {info['line']}")
        # The fixed twin.
        mod, se = self.compile(info, level, True)
        if mod is None:
            errs.append("FIXED compile failed: " + se.strip()[:300])
        else:
            rc, so, se = run([self.engine, "run"] + self.engine_args +
                             ["--report=json", "--timeout=20", mod] + info["args"], info["stdin"])
            rep = parse_report(se)
            if rc != 0 or (rep is not None and rep.get("outcome") == "trap"):
                what = rep.get("kind") if rep else se.strip()[:200]
                errs.append(f"FIXED exits {rc} ({what})")
            else:
                key = info["path"]
                if key not in self.native_cache:
                    self.native_cache[key] = self.native(info)
                nat, nerr = self.native_cache[key]
                if nerr:
                    errs.append(nerr)
                elif nat != so:
                    errs.append(f"FIXED stdout differs from native: {so[:80]!r} vs {nat[:80]!r}")
        return (not errs), "; ".join(errs)


def find_programs(paths):
    progs = []
    roots = paths or [CORPUS]
    for r in roots:
        r = os.path.abspath(r)
        if os.path.isfile(r):
            progs.append(r)
            continue
        for d, _, files in os.walk(r):
            progs += [os.path.join(d, f) for f in files if f.endswith(".c")]
    return sorted(progs)


def read_expected():
    exp = {}
    if os.path.exists(EXPECTED):
        with open(EXPECTED, encoding="utf-8") as f:
            for text in f:
                text = text.strip()
                if not text or text.startswith("#"):
                    continue
                key, _, val = text.partition(": ")   # key: "<path> -O<n> [flags]"
                status, _, reason = val.partition(" ")
                exp[key] = (status, reason)
    return exp


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="programs or directories (default: whole corpus)")
    ap.add_argument("--build", default=DEFAULT_BUILD, help="build directory with tools/")
    ap.add_argument("--opt-levels", default="0", help="comma-separated levels, e.g. 0,1,2")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--subset", type=int, default=1, metavar="N",
                    help="run every Nth program of the sorted list (CI's native-tier run)")
    ap.add_argument("--write-expected", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--cc-flag", dest="cc_flags", action="append", default=[],
                    help="extra mswasm-cc flag (repeatable), e.g. -fmswasm-keep-accesses; the "
                         "expected-results keys then end with the flags")
    ap.add_argument("--engine-arg", dest="engine_args", action="append", default=[],
                    metavar="ARG",
                    help="extra option for every `mswasm run` (repeatable; write it "
                         "--engine-arg=ARG), e.g. --engine-arg=--tier=interp; the expected "
                         "results are the same whatever the engine options")
    args = ap.parse_args()

    levels = [int(x) for x in args.opt_levels.split(",") if x.strip()]
    tmp = tempfile.mkdtemp(prefix="memory-errors.")
    runner = Runner(args.build, tmp, cc_flags=args.cc_flags, engine_args=args.engine_args)
    infos = []
    bad = 0
    if args.subset < 1:
        ap.error("--subset must be at least 1")
    for p in find_programs(args.paths)[::args.subset]:
        try:
            infos.append(parse_program(p))
        except ValueError as e:
            print(f"ERROR {e}")
            bad += 1
    # Native builds are cached by path; compute them first so the pool does not race on them.
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for info, res in zip(infos, pool.map(runner.native, infos)):
            runner.native_cache[info["path"]] = res
        jobs = [(info, lvl) for info in infos for lvl in levels]
        results = list(pool.map(lambda j: runner.check(*j), jobs))

    expected = read_expected()
    new_expected = {}
    counts = {"pass": 0, "fail": 0, "xfail": 0, "xpass": 0}
    unexpected = 0
    for (info, lvl), (ok, msg) in zip(jobs, results):
        key = " ".join([os.path.relpath(info['path'], CORPUS), f"-O{lvl}"] + args.cc_flags)
        exp_status, exp_reason = expected.get(key, ("pass", ""))
        if ok:
            status = "XPASS" if exp_status == "xfail" else "PASS"
            if info["kind"] == "none":
                msg = f"expected miss: {info['reason']}"
        else:
            status = "XFAIL" if exp_status == "xfail" else "FAIL"
        if status in ("FAIL", "XPASS"):
            unexpected += 1
        counts[status.lower()] += 1
        line = f"{status:5} {key}"
        if msg:
            line += f"  ({msg})"
        if status == "XFAIL" and exp_reason:
            line += f"  [xfail: {exp_reason}]"
        print(line, flush=True)
        if ok:
            new_expected[key] = "pass"
        else:
            reason = exp_reason if exp_status == "xfail" and exp_reason else msg
            new_expected[key] = "xfail " + reason
    passed = counts["pass"] + counts["xfail"]
    failed = counts["fail"] + counts["xpass"] + bad
    print(f"\n{passed} passed, {failed} failed "
          f"({counts['pass']} pass, {counts['xfail']} expected failures, "
          f"{counts['fail']} unexpected failures, {counts['xpass']} unexpected passes, "
          f"{bad} malformed); {len(infos)} programs at -O{',-O'.join(map(str, levels))}")
    if args.write_expected:
        # Entries of programs or levels not run this time are kept (unless the program is gone).
        merged = {k: f"{s} {r}".strip() for k, (s, r) in expected.items()
                  if os.path.exists(os.path.join(CORPUS, k.split(" ", 1)[0]))}
        merged.update(new_expected)
        with open(EXPECTED, "w", encoding="utf-8") as f:
            f.write("# Expected results of scripts/run-memory-errors.py, one line per program and\n"
                    "# optimisation level: `pass`, or `xfail <reason>` for a known miss or\n"
                    "# misattribution of the toolchain. Regenerate with --write-expected.\n")
            for k in sorted(merged):
                f.write(f"{k}: {merged[k]}\n")
        print(f"wrote {os.path.relpath(EXPECTED, ROOT)}")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"kept {tmp}")
    return 1 if (unexpected or bad) else 0


if __name__ == "__main__":
    sys.exit(main())
