#!/usr/bin/env python3
"""Differential testing with Csmith: random C programs, native checksum vs MSWasm checksum.

For each seed, `csmith --seed S` writes a program; it is built natively as the reference
(clang-19 -m32 -malign-double -msse2 -mfpmath=sse -O2, ILP32 like us) and with mswasm-cc at the
chosen level; both run with a timeout and their output (the checksum line) must match.
Programs whose native build times out are skipped (Csmith can generate very long runs).

  scripts/run-csmith.py --seeds 1-500 --log test/csmith/log-500.txt     (a long local run)
  scripts/run-csmith.py --seeds 1-20                                     (what CI runs)
  scripts/run-csmith.py --seeds 1-20 --engine-arg=--tier=interp          (one engine tier)

One line per seed (PASS / MISMATCH / ERROR / SKIP) and a summary `N passed, M failed`; exit 1 on
any mismatch or MSWasm-side error. The seeds and the log of long runs are committed under
test/csmith/ so they can be re-checked. With --expected FILE (lines `<seed>: pass | skip <why> |
xfail <why>`), a result is unexpected only when it differs from the file (a known failure with
its reason is expected; a seed missing from the file must pass); --write-expected writes the
file from this run, keeping the reasons of known failures:

  scripts/run-csmith.py --seeds 1-500 --expected test/csmith/expected-500.txt --log test/csmith/log-500.txt
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = "/usr/include/csmith"
NATIVE = ["clang-19", "-m32", "-malign-double", "-msse2", "-mfpmath=sse", "-O2", "-w", "-I" + INCLUDE]


def seeds(spec):
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out += range(int(a), int(b or a) + 1)
    return out


def run(cmd, timeout, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return None, "", "timed out"


def one(seed, args):
    with tempfile.TemporaryDirectory(prefix="csmith-") as d:
        rc, out, err = run(["csmith", "--seed", str(seed), "--output", "p.c"], 60, d)
        if rc != 0:
            return seed, "ERROR", "csmith failed: " + err.strip()[:100]
        rc, _, err = run(NATIVE + ["p.c", "-o", "native"], 120, d)
        if rc != 0:
            return seed, "SKIP", "native build fails"
        rc, want, _ = run(["./native"], args.timeout, d)
        if rc is None:
            return seed, "SKIP", "native run times out"
        rc, _, err = run([args.cc, args.opt, "-w", "-I" + INCLUDE, "p.c", "-o", "p.mswasm"], 300, d)
        if rc != 0:
            return seed, "ERROR", "compile: " + (err.strip().splitlines() or [""])[0][:160]
        rc, got, err = run([args.engine, "run"] + args.engine_args + ["p.mswasm"],
                           args.timeout * 20, d)
        if rc is None:
            return seed, "ERROR", "engine timed out"
        if got != want:
            detail = (err.strip().splitlines() or [""])[0][:160]
            return seed, "MISMATCH", "native %r, mswasm %r (exit %s) %s" % (want.strip(), got.strip(), rc, detail)
        return seed, "PASS", want.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="1-20")
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--cc", default=os.path.join(REPO, "build", "tools", "mswasm-cc"))
    ap.add_argument("--engine", default=os.path.join(REPO, "build", "tools", "mswasm"))
    ap.add_argument("--engine-arg", dest="engine_args", action="append", default=[],
                    metavar="ARG",
                    help="extra option for every `mswasm run` (repeatable; write it "
                         "--engine-arg=ARG), e.g. --engine-arg=--tier=interp")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10, help="native run timeout (engine gets 20x)")
    ap.add_argument("--log", help="also write the result lines to this file")
    ap.add_argument("--expected", help="expected-results file (see above)")
    ap.add_argument("--write-expected", action="store_true", help="write --expected from this run")
    args = ap.parse_args()
    if args.write_expected and not args.expected:
        ap.error("--write-expected needs --expected FILE")
    expected = {}
    if args.expected and os.path.exists(args.expected):
        with open(args.expected) as f:
            for n, text in enumerate(f, 1):
                text = text.strip()
                if not text or text.startswith("#"):
                    continue
                seed, _, val = text.partition(":")
                status, _, why = val.strip().partition(" ")
                if not seed.strip().isdigit() or status not in ("pass", "skip", "xfail"):
                    sys.exit("run-csmith: %s:%d: cannot parse %r" % (args.expected, n, text))
                expected[int(seed)] = (status, why)
    for tool in ("csmith", "clang-19"):
        if subprocess.run(["sh", "-c", "command -v " + tool], capture_output=True).returncode != 0:
            sys.exit("run-csmith: %s not found (scripts/setup.sh installs it)" % tool)
    results = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for seed, status, detail in pool.map(lambda s: one(s, args), seeds(args.seeds)):
            line = "%s %d %s" % (status, seed, detail)
            print(line, flush=True)
            results.append(line)
    bad = sum(1 for r in results if r.startswith(("MISMATCH", "ERROR")))
    good = sum(1 for r in results if r.startswith("PASS"))
    skipped = len(results) - bad - good
    summary = "csmith %s seeds %s: %d match, %d skipped (native timeout/failure), %d mismatch or error" % (
        args.opt, args.seeds, good, skipped, bad)
    print(summary)
    unexpected = bad
    if args.expected:
        unexpected = 0
        new = {}
        for r in results:
            status, seed, detail = r.split(" ", 2)
            got = {"PASS": "pass", "SKIP": "skip"}.get(status, "xfail")
            want, why = expected.get(int(seed), ("pass", ""))
            if got != want:
                unexpected += 1
                print("UNEXPECTED seed %s: %s, expected %s %s" % (seed, r, want, why))
            new[int(seed)] = (got, why if got == want and why else ("" if got == "pass" else
                                                                     status + ": " + detail))
        if args.write_expected:
            expected.update(new)
            with open(args.expected, "w") as f:
                f.write("# Expected results of scripts/run-csmith.py %s (seed: pass | skip <why> | "
                        "xfail <why>);\n# regenerate with --write-expected.\n" % args.opt)
                for seed in sorted(expected):
                    status, why = expected[seed]
                    f.write(("%d: %s %s" % (seed, status, why)).rstrip() + "\n")
            print("wrote %s" % args.expected)
            unexpected = 0
        print("%d as expected, %d unexpected" % (len(results) - unexpected, unexpected))
    print("%d passed, %d failed" % (good, unexpected))
    if args.log:
        with open(args.log, "w") as f:
            f.write("\n".join(results + [summary]) + "\n")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
