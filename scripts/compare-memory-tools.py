#!/usr/bin/env python3
"""Compare memory-error detection of mswasm, AddressSanitizer and valgrind on test/memory-errors.

Every program of the corpus (see scripts/run-memory-errors.py for its conventions) is built
without -DFIXED, so it runs its one deliberate bug, under four tools and at -O0, -O1 and -O2:

  mswasm    mswasm-cc -g -O<n> [the program's // CFLAGS]; mswasm run --report=json
  mswasm-keep  the same with -fmswasm-keep-accesses
  asan      clang-19 -g -O<n> -fsanitize=address -fno-omit-frame-pointer (x86-64), run with
            ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0
  valgrind  clang-19 -g -gdwarf-4 -O<n> (x86-64), run under valgrind memcheck

For each run it records whether the tool reported an error, the kind (translated to the mswasm
names: ASan's heap-use-after-free is use-after-free, stack-buffer-underflow is
stack-buffer-overflow, "attempting free on address which was not malloc()-ed" is invalid-free,
a SEGV near address 0 is null-dereference...), read or write, and the line of the first stack
frame in the program's own file. A result is

  caught         the expected kind (and read/write when both are known) at the `// BUG` line
  misattributed  an error was reported, but of another kind or at another line
  missed         no error was reported

and it writes docs/memory-errors.md: the tables and one full report of each kind from mswasm.
"""
import argparse
import concurrent.futures
import datetime
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location(
    "run_memory_errors", os.path.join(ROOT, "scripts", "run-memory-errors.py"))
rme = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rme)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import gcc_testsuite  # noqa: E402

CORPUS = rme.CORPUS
DOC = os.path.join(ROOT, "docs", "memory-errors.md")
TOOLS = ["mswasm", "mswasm-keep", "asan", "valgrind"]
LEVELS = [0, 1, 2]

ASAN_KINDS = gcc_testsuite.ASAN_KINDS
# Kinds that name the same class of bug for the purpose of "caught".
EQUIVALENT = {
    "pointer-built-from-data": {"pointer-built-from-data"},
}


def parse_asan(stderr, path):
    m = re.search(r"ERROR: AddressSanitizer: (.*)", stderr)
    if not m:
        return None
    line0 = m.group(1)
    raw = re.split(r" on | \(| for ", line0)[0]
    kind = None
    for k, v in ASAN_KINDS.items():
        if line0.startswith(k) and v and not k.startswith("SEGV"):  # SEGV: by address below
            kind = v
            break
    if kind is None:
        if line0.startswith("SEGV") or line0.startswith("BUS"):
            a = re.search(r"unknown address (0x[0-9a-f]+)", line0)
            addr = int(a.group(1), 16) if a else None
            if addr is not None and addr < 4096:
                kind = "null-dereference"
            else:
                kind = "segv"
        else:
            kind = "other: " + raw
    acc = re.search(r"^(READ|WRITE) of size (\d+)", stderr, re.M)
    access = acc.group(1).lower() if acc else None
    if kind == "null-dereference":
        h = re.search(r"The signal is caused by a (READ|WRITE) memory access", stderr)
        access = h.group(1).lower() if h else None
    line = None
    base = os.path.basename(path)
    # The first report stack (up to the first blank line after the ERROR line).
    body = stderr[stderr.find("ERROR: AddressSanitizer"):]
    for fr in re.finditer(r"^\s*#\d+ 0x[0-9a-f]+ in \S+ (\S+?):(\d+)(?::\d+)?\s*$", body, re.M):
        if os.path.basename(fr.group(1)) == base:
            line = int(fr.group(2))
            break
        if body.find("\n\n", 0, fr.start()) != -1:
            break
    return {"kind": kind, "access": access, "line": line}


def parse_valgrind(stderr, path):
    base = os.path.basename(path)
    lines = [re.sub(r"^==\d+== ?", "", t) for t in stderr.splitlines() if re.match(r"==\d+==", t)]
    i = 0
    heads = ("Invalid read of size", "Invalid write of size", "Invalid free()",
             "Jump to the invalid address", "Process terminating with default action",
             "Source and destination overlap", "Invalid realloc")
    while i < len(lines) and not lines[i].startswith(heads):
        i += 1
    if i == len(lines):
        return None
    head = lines[i]
    block = []
    j = i + 1
    while j < len(lines) and lines[j].strip() != "":
        block.append(lines[j])
        j += 1
    # A following "Address ..." paragraph belongs to the same error.
    while j < len(lines) and lines[j].strip() == "":
        j += 1
    if j < len(lines) and lines[j].lstrip().startswith("Address"):
        while j < len(lines) and lines[j].strip() != "":
            block.append(lines[j])
            j += 1
    text = "\n".join(block)
    access = None
    m = re.match(r"Invalid (read|write) of size", head)
    kind = "other"
    if m:
        access = m.group(1)
        if re.search(r"Address 0x0*([0-9a-f]{1,3}) is not stack'd", text):
            kind = "null-dereference"
        elif "free'd" in text or "freed" in text:
            kind = "use-after-free"
        elif re.search(r"bytes (after|before) a block of size", text) and "alloc'd" in text:
            kind = "heap-buffer-overflow"
        elif "stack" in text:
            kind = "stack-access"
        else:
            kind = "invalid-access"
    elif head.startswith("Invalid free()") or head.startswith("Invalid realloc"):
        kind = "double-free" if "free'd" in text else "invalid-free"
    elif head.startswith("Jump to the invalid address"):
        kind = "null-dereference" if re.search(r"address 0x0\b|Address 0x0 ", text) else \
            "invalid-jump"
    elif head.startswith("Process terminating"):
        kind = "null-dereference" if re.search(r"at address 0x0*[0-9A-Fa-f]{1,3}\b", text) \
            else "segv"
    elif head.startswith("Source and destination overlap"):
        kind = "overlap"
    line = None
    for fr in re.finditer(r"(?:at|by) 0x[0-9A-F]+: .*? \((\S+?):(\d+)\)", text):
        if os.path.basename(fr.group(1)) == base:
            line = int(fr.group(2))
            break
    return {"kind": kind, "access": access, "line": line}


class Compare:
    def __init__(self, build, tmp):
        self.r = rme.Runner(build, tmp)
        self.keep = rme.Runner(build, os.path.join(tmp, "keep"), cc_flags=["-fmswasm-keep-accesses"])
        os.makedirs(os.path.join(tmp, "keep"), exist_ok=True)
        self.tmp = tmp

    def run_mswasm(self, info, lvl, runner=None):
        mod, se = (runner or self.r).compile(info, lvl, False)
        if mod is None:
            return {"error": "compile failed"}
        rc, so, se = rme.run([self.r.engine, "run", "--report=json", "--timeout=20", mod] +
                             info["args"], info["stdin"])
        rep = rme.parse_report(se)
        if rep is None or rep.get("outcome") != "trap":
            return None
        fr = rme.first_own_frame(rep.get("stack"), info["path"])
        return {"kind": rep.get("kind"), "access": rep.get("access"),
                "line": fr.get("line") if fr else None}

    def run_mswasm_keep(self, info, lvl):
        return self.run_mswasm(info, lvl, self.keep)

    def run_asan(self, info, lvl):
        exe = self.r.out(info, f".asan.O{lvl}")
        rc, so, se = rme.run(["clang-19", "-g", f"-O{lvl}", "-w", "-fsanitize=address",
                              "-fno-omit-frame-pointer", info["path"], "-o", exe], timeout=120)
        if rc != 0:
            return {"error": "compile failed"}
        env = dict(os.environ)
        env["ASAN_OPTIONS"] = ("detect_stack_use_after_return=1:detect_leaks=0:"
                               "allocator_may_return_null=1:halt_on_error=1")
        env["ASAN_SYMBOLIZER_PATH"] = "/usr/lib/llvm-19/bin/llvm-symbolizer"
        rc, so, se = rme.run([exe] + info["args"], info["stdin"], env=env)
        return parse_asan(se, info["path"])

    def run_valgrind(self, info, lvl):
        exe = self.r.out(info, f".vg.O{lvl}")
        rc, so, se = rme.run(["clang-19", "-g", "-gdwarf-4", f"-O{lvl}", "-w", info["path"],
                              "-o", exe], timeout=120)
        if rc != 0:
            return {"error": "compile failed"}
        rc, so, se = rme.run(["valgrind", "-q", "--error-exitcode=99", "--leak-check=no", exe] +
                             info["args"], info["stdin"], timeout=120)
        return parse_valgrind(se, info["path"])

    def job(self, info, lvl):
        return {t: getattr(self, "run_" + t.replace("-", "_"))(info, lvl) for t in TOOLS}


def classify(info, res):
    """caught / misattributed / missed (and for expected misses: missed = as expected)."""
    if res is None:
        return "missed"
    if "error" in res:
        return "error"
    if info["kind"] == "none":
        return "misattributed"  # reported something where the corpus expects no report
    ok_kinds = EQUIVALENT.get(info["kind"], {info["kind"]})
    if res.get("kind") not in ok_kinds or res.get("line") != info["line"]:
        return "misattributed"
    if info["access"] and res.get("access") and res["access"] != info["access"]:
        return "misattributed"
    return "caught"


def describe(res):
    if res is None:
        return "-"
    if "error" in res:
        return res["error"]
    s = res.get("kind") or "?"
    if res.get("access"):
        s += " " + res["access"]
    s += f"@{res['line']}" if res.get("line") else "@?"
    return s


def full_reports(cmp, infos, results):
    """One text report of each kind from mswasm at -O0 (the first program that shows it)."""
    seen = {}
    for info in infos:
        res = results[(info["path"], 0)]["mswasm"]
        if res and "error" not in res and res.get("kind") and res["kind"] not in seen \
                and classify(info, res) == "caught":
            seen[res["kind"]] = info
    out = {}
    for kind, info in sorted(seen.items()):
        mod, _ = cmp.r.compile(info, 0, False)
        rc, so, se = rme.run([cmp.r.engine, "run", mod] + info["args"], info["stdin"])
        text = se.replace(ROOT + "/", "").rstrip()
        out[kind] = (info, text)
    return out


def write_doc(infos, results, reports, levels, stamp):
    rel = lambda p: os.path.relpath(p, CORPUS)
    cats = sorted({rel(i["path"]).split("/")[0] for i in infos})
    buggy = [i for i in infos if i["kind"] != "none"]
    misses = [i for i in infos if i["kind"] == "none"]
    cols = [(t, l) for t in TOOLS for l in levels]
    L = []
    w = L.append
    w("# Memory-error detection: mswasm, AddressSanitizer and valgrind")
    w("")
    w("**Generated by `scripts/compare-memory-tools.py` — do not edit by hand; rerun the script.**")
    w(f"Last run: {stamp}.")
    w("")
    w("## The corpus")
    w("")
    w(f"`test/memory-errors/<category>/<name>.c`: {len(infos)} C programs, each with exactly one "
      "deliberate memory-safety bug reached deterministically, and its fixed twin in the same "
      "file behind `#ifdef FIXED`. The header of each file says what must be reported:")
    w("")
    w("```")
    w("// EXPECT: heap-buffer-overflow write     kind (docs/spec.md, Traps), then read|write for an access")
    w("// EXPECT: double-free                    kinds that are not accesses have no read|write")
    w("// EXPECT: none (reason)                  a bug the toolchain does not catch by design")
    w("// STDIN: text                            optional: one line of standard input")
    w("...")
    w("  strcpy(d, s);  // BUG                   the line of the faulting access, free or call")
    w("```")
    w("")
    w("Exactly one line carries the `// BUG` marker. When the fault is inside libc (strcpy, "
      "memcpy, free, fgets...), the expected line is that of the first stack frame in the "
      "program's own file: the call.")
    w("")
    w("`scripts/run-memory-errors.py [--opt-levels 0,1,2] [-j2] [--write-expected]` checks mswasm "
      "alone: kind, read/write and line of the report of each program, and that the FIXED twin "
      "exits 0 without a report and prints what a native build "
      "(`clang-19 -m32 -malign-double -msse2 -mfpmath=sse -O0 -DFIXED`) prints. Its expected "
      "results are `test/memory-errors/expected.txt` (`<path> -O<n>: pass|xfail <reason>`); it "
      "exits non-zero on any unexpected result.")
    w("")
    w("Programs per category:")
    w("")
    w("| category | programs | expected misses (EXPECT: none) |")
    w("|---|---:|---:|")
    for c in cats:
        n = sum(1 for i in infos if rel(i["path"]).startswith(c + "/"))
        m = sum(1 for i in misses if rel(i["path"]).startswith(c + "/"))
        w(f"| {c} | {n} | {m} |")
    w(f"| **total** | **{len(infos)}** | **{len(misses)}** |")
    w("")
    w("## How the tools are run")
    w("")
    w("- **mswasm**: `mswasm-cc -g -O<n>`, `mswasm run --report=json`. Programs with a "
      "`// CFLAGS:` line get those options too (the intra-object ones: `-fmswasm-field-bounds`).")
    w("- **mswasm-keep**: the same with `-fmswasm-keep-accesses`, the option that keeps every "
      "access of the source checked at -O1/-O2 (docs/compiler.md, \"Bug hunting\").")
    w("- **asan**: `clang-19 -g -O<n> -fsanitize=address -fno-omit-frame-pointer` (x86-64), "
      "`ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0:allocator_may_return_null=1`.")
    w("- **valgrind**: `clang-19 -g -gdwarf-4 -O<n>` (x86-64; the 32-bit valgrind needs i386 "
      "debug info that is not installed), `valgrind --error-exitcode=99` (memcheck).")
    w("")
    w("A result is **caught** when the tool reports the expected kind (ASan and valgrind names "
      "translated: heap-use-after-free = use-after-free, stack-buffer-underflow = "
      "stack-buffer-overflow, \"free on address which was not malloc()-ed\" = invalid-free, "
      "a SEGV at an address below 4096 = null-dereference), with the same read/write when both "
      "are known, at the `// BUG` line; **misattributed** when it reports an error of another "
      "kind or at another line (valgrind's \"Invalid read\" near a stack object has no "
      "stack-buffer-overflow kind, so it counts here); **missed** when it reports nothing. "
      "Programs marked `EXPECT: none` are counted apart: for them \"missed\" is the expected "
      "result.")
    w("")
    w(f"## Totals over the {len(buggy)} programs with an expected report")
    w("")
    w("| tool | level | caught | misattributed | missed |")
    w("|---|---|---:|---:|---:|")
    for t, l in cols:
        cnt = {"caught": 0, "misattributed": 0, "missed": 0, "error": 0}
        for i in buggy:
            cnt[classify(i, results[(i["path"], l)][t])] += 1
        extra = f" (+{cnt['error']} build errors)" if cnt["error"] else ""
        w(f"| {t} | -O{l} | {cnt['caught']} | {cnt['misattributed']} | {cnt['missed']}{extra} |")
    w("")
    if misses:
        w(f"Programs with `EXPECT: none` ({len(misses)}): number of runs where the tool reported "
          "something anyway:")
        w("")
        w("| tool | " + " | ".join(f"-O{l}" for l in levels) + " |")
        w("|---|" + "---:|" * len(levels))
        for t in TOOLS:
            row = []
            for l in levels:
                row.append(str(sum(1 for i in misses
                                   if results[(i["path"], l)][t] is not None)))
            w(f"| {t} | " + " | ".join(row) + " |")
        w("")
    xfails = [(k, v[1]) for k, v in sorted(rme.read_expected().items()) if v[0] == "xfail"]
    w("## Known misses and misattributions of mswasm")
    w("")
    w("From `test/memory-errors/expected.txt` (the `xfail` entries of "
      "`scripts/run-memory-errors.py`, which also covers the FIXED twins):")
    w("")
    if xfails:
        w("| program and level | reason |")
        w("|---|---|")
        for k, reason in xfails:
            w(f"| {k} | {reason.replace('|', '/')} |")
    else:
        w("None.")
    w("")
    w("## Per category")
    w("")
    w("Each cell: caught / misattributed / missed.")
    w("")
    w("| category | n | " + " | ".join(f"{t} -O{l}" for t, l in cols) + " |")
    w("|---|---:|" + "---|" * len(cols))
    for c in cats:
        members = [i for i in buggy if rel(i["path"]).startswith(c + "/")]
        if not members:
            continue
        cells = []
        for t, l in cols:
            cnt = {"caught": 0, "misattributed": 0, "missed": 0, "error": 0}
            for i in members:
                cnt[classify(i, results[(i["path"], l)][t])] += 1
            cells.append(f"{cnt['caught']}/{cnt['misattributed']}/{cnt['missed']}")
        w(f"| {c} | {len(members)} | " + " | ".join(cells) + " |")
    w("")
    w("## Per program")
    w("")
    w("`ok` = caught; otherwise what the tool reported (`kind access@line`), `-` = nothing.")
    w("")
    w("| program | expected | " + " | ".join(f"{t} -O{l}" for t, l in cols) + " |")
    w("|---|---|" + "---|" * len(cols))
    for i in infos:
        exp = (i["kind"] + (" " + i["access"] if i["access"] else "") + f"@{i['line']}"
               if i["kind"] != "none" else f"none@{i['line']}")
        cells = []
        for t, l in cols:
            res = results[(i["path"], l)][t]
            st = classify(i, res)
            cells.append("ok" if st == "caught" else describe(res))
        w(f"| {rel(i['path'])} | {exp} | " + " | ".join(cells) + " |")
    w("")
    w("## One report of each kind from mswasm (-O0)")
    w("")
    w("The text report (`mswasm run` without `--report=json`) of the first program that shows "
      "each kind; paths are relative to the repository.")
    w("")
    for kind, (info, text) in reports.items():
        w(f"### {kind}")
        w("")
        w(f"`test/memory-errors/{rel(info['path'])}`, line {info['line']}:")
        w("")
        w("```")
        w(text)
        w("```")
        w("")
    with open(DOC, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--build", default=rme.DEFAULT_BUILD)
    ap.add_argument("--opt-levels", default="0,1,2")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json", help="also write the raw results to this file")
    ap.add_argument("--no-doc", action="store_true", help="do not write docs/memory-errors.md")
    args = ap.parse_args()
    levels = [int(x) for x in args.opt_levels.split(",")]
    infos = [rme.parse_program(p) for p in rme.find_programs(args.paths)]
    tmp = tempfile.mkdtemp(prefix="compare-memory-tools.")
    cmp = Compare(args.build, tmp)
    jobs = [(i, l) for i in infos for l in levels]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for (i, l), res in zip(jobs, pool.map(lambda j: cmp.job(*j), jobs)):
            results[(i["path"], l)] = res
            print(f"{os.path.relpath(i['path'], CORPUS)} -O{l}: " +
                  "  ".join(f"{t}={classify(i, res[t])}({describe(res[t])})" for t in TOOLS),
                  flush=True)
    reports = full_reports(cmp, infos, results) if 0 in levels else {}
    if args.json:
        with open(args.json, "w") as f:
            json.dump({f"{os.path.relpath(p, CORPUS)} -O{l}": r for (p, l), r in results.items()},
                      f, indent=1)
    if not args.no_doc:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        write_doc(infos, results, reports, levels, stamp)
        print(f"wrote {os.path.relpath(DOC, ROOT)}")
    # Totals on stdout.
    for t in TOOLS:
        for l in levels:
            cnt = {}
            for i in infos:
                if i["kind"] == "none":
                    continue
                st = classify(i, results[(i["path"], l)][t])
                cnt[st] = cnt.get(st, 0) + 1
            print(f"{t:8} -O{l}: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
