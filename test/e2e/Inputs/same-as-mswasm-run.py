#!/usr/bin/env python3
"""Runs a linked program two ways, as `PROG ARGS...` (through its "#!" interpreter line) and as
`mswasm run PROG ARGS...`, with the same standard input, and checks that stdout, stderr and the
exit code are identical. Prints the program's stdout, its stderr and "exit N" (so a test can
FileCheck them); exits 1 with both results when they differ.
  same-as-mswasm-run.py PROG STDIN-TEXT [ARGS...]
"""
import shutil
import subprocess
import sys


def main():
    prog, stdin_text, args = sys.argv[1], sys.argv[2].encode(), sys.argv[3:]
    mswasm = shutil.which("mswasm")
    direct = subprocess.run([prog] + args, input=stdin_text, capture_output=True)
    engine = subprocess.run([mswasm, "run", prog] + args, input=stdin_text, capture_output=True)
    if (direct.stdout, direct.stderr, direct.returncode) != (engine.stdout, engine.stderr, engine.returncode):
        for name, r in (("./prog", direct), ("mswasm run", engine)):
            print(f"== {name}: exit {r.returncode}\n-- stdout\n{r.stdout.decode(errors='replace')}"
                  f"-- stderr\n{r.stderr.decode(errors='replace')}")
        sys.exit(1)
    sys.stdout.write(direct.stdout.decode(errors="replace"))
    sys.stdout.write(direct.stderr.decode(errors="replace"))
    print(f"exit {direct.returncode}")


if __name__ == "__main__":
    main()
