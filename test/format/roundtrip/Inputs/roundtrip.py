#!/usr/bin/env python3
"""Round-trips modules through the mswasm tool, for corpora too large for one RUN line each.

usage: roundtrip.py [--no-validate] OUTDIR FILE.wat...

For each FILE: text -> binary (1) -> text (1) -> binary (2) -> text (2), then checks that the two
binaries are byte-identical and the two texts identical. Prints "roundtrip ok: NAME" per file, or
what differed (the first differing byte, or a unified diff of the texts), and exits non-zero when
a step failed or differed. `mswasm` is taken from PATH.
"""
import difflib
import os
import subprocess
import sys


def run(args):
    p = subprocess.run(["mswasm"] + args, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("mswasm %s failed (exit %d):\n%s" % (" ".join(args), p.returncode, p.stderr))


def roundtrip(path, outdir, extra):
    base = os.path.join(outdir, os.path.basename(path))
    b1, t1, b2, t2 = base + ".1.mswasm", base + ".1.wat", base + ".2.mswasm", base + ".2.wat"
    run(["as", path, "-o", b1] + extra)
    run(["dis", b1, "-o", t1])
    run(["as", t1, "-o", b2] + extra)
    run(["dis", b2, "-o", t2])
    with open(b1, "rb") as f1, open(b2, "rb") as f2:
        d1, d2 = f1.read(), f2.read()
    if d1 != d2:
        k = next((i for i in range(min(len(d1), len(d2))) if d1[i] != d2[i]), min(len(d1), len(d2)))
        return "binaries differ at offset 0x%x (sizes %d and %d)" % (k, len(d1), len(d2))
    with open(t1) as f1, open(t2) as f2:
        s1, s2 = f1.read(), f2.read()
    if s1 != s2:
        return "texts differ:\n" + "".join(difflib.unified_diff(
            s1.splitlines(True), s2.splitlines(True), t1, t2))
    return None


def main():
    args = sys.argv[1:]
    extra = []
    if args and args[0] == "--no-validate":
        extra = ["--no-validate"]
        args = args[1:]
    outdir, files = args[0], args[1:]
    os.makedirs(outdir, exist_ok=True)
    failed = False
    for path in files:
        try:
            problem = roundtrip(path, outdir, extra)
        except RuntimeError as e:
            problem = str(e)
        name = os.path.basename(path)
        if problem:
            failed = True
            print("roundtrip FAILED: %s: %s" % (name, problem))
        else:
            print("roundtrip ok: %s" % name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
