#!/usr/bin/env python3
"""Benchmarks of the MSWasm toolchain: speed of the engine and of mswasm-cc.

Every kernel in bench/kernels/*.c is self-contained C without libc calls (malloc/free
excepted in the heap kernels, KERNEL_INFO below) that exports `unsigned run(void)`
returning a checksum.  Each kernel belongs to one category (KERNEL_INFO: dense, pointer,
string, call) and is built three ways:

    native       clang-19 -O2 kernel.c + bench/native_main.c (calls run() repeatedly and
                 reports the median time of one call)
    wasm-interp  clang-19 --target=wasm32 -O2 -nostdlib -Wl,--no-entry -Wl,--export=run,
                 run with `wasm-interp kernel.wasm --run-all-exports` (wabt's interpreter,
                 the plain-Wasm baseline; it has no WASI here, hence no libc in the kernels;
                 the heap kernels get bench.h's own malloc)
    mswasm       mswasm-cc -O2 -nostdlib -Wl,--no-entry -Wl,--export=run (without -nostdlib
                 for the heap kernels, which link the MSWasm libc's malloc/free), run by the
                 engine in several configurations, each a column:
                     mswasm        `mswasm run --invoke=run kernel.mswasm` (the default tier)
                     strict-tags   the same with --strict-tags (unless --no-strict-tags)
                     tier=interp   `mswasm run --tier=interp` (the reference interpreter)
                     tier=native   `mswasm run --tier=native` (the native tier)
                     native cold   `mswasm run --tier=native --cache-dir=FRESH`: compilation
                                   to native code included
                     native cached the same again with the same cache directory
                 A configuration whose options the engine rejects (an engine without the
                 native tier, or without --cache-dir) shows "n/a"; one checked once at
                 start-up on a trivial module, and per kernel (exit status 2, "mswasm run:
                 error") for a module the tier cannot run.

Each configuration runs --runs times (default 3, interleaved); the median is reported.  The
checksums of all builds and configurations must agree.  Engine times are those of the
whole process (start-up, loading, validation and, for the native tier, compilation or the
cache lookup included), native times those of one run() call.  With --metric cpu (the
default) times are CPU time (user+sys) of the process, which is what a loaded shared machine
measures reliably; --metric wall uses wall-clock time.  Both are recorded in the --json
output.  Ratios are against native clang -O2; geometric means are given over the dense-loop
kernels, over every kernel, and per category.

--no-interp skips the slow interpreters: the tier=interp column, wabt's wasm-interp, and the
mswasm and strict-tags columns too when the engine has no native tier (they would run the
interpreter).  --kernels and --category select a subset of the kernels.

Compile times: each kernel is built with clang-19 -O2 -c (native object), clang-19
--target=wasm32 -O2 (plain Wasm) and mswasm-cc -O2 (MSWasm module), and every program of
test/c-corpus with `clang-19 -O2 -w prog.c -o prog -lm` and `mswasm-cc -O2 -w prog.c -o
prog.mswasm` (compile and link, the MSWasm libc included).

Exit status: 0 when everything built, ran and agreed; 1 on a checksum mismatch or a failed
build or run; 2 for usage errors and missing tools.
"""

import argparse
import datetime
import glob
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
KERNELS = os.path.join(BENCH, "kernels")
CORPUS = os.path.join(REPO, "test", "c-corpus")
NATIVE_MAIN = os.path.join(BENCH, "native_main.c")

# Flags shared by the three builds of a kernel: no libc at all (so no memset/memcpy calls
# may be synthesised), and sqrt as an instruction.
KERNEL_FLAGS = ["-O2", "-ffreestanding", "-fno-math-errno", "-Wall"]
WASM_LINK = ["-nostdlib", "-Wl,--no-entry", "-Wl,--export=run"]
# The heap kernels link the MSWasm libc (its malloc/free), so no -nostdlib for mswasm-cc.
WASM_LINK_LIBC = ["-Wl,--no-entry", "-Wl,--export=run"]

# Every kernel, its category and whether it calls malloc/free (BENCH_HEAP in bench.h: the
# native build gets glibc's malloc, the MSWasm build the MSWasm libc's, the plain-Wasm build
# bench.h's own).  Categories: dense (loops over arrays: arithmetic, indexing, vectorisable
# natively), pointer (linked structures: pointer loads and stores, allocation), string
# (byte-wise processing of text and buffers) and call (dominated by direct, recursive or
# indirect calls).  A kernel file missing here runs as category "other", with a warning.
CATEGORIES = ("dense", "pointer", "string", "call")
KERNEL_INFO = {
    # name          category   malloc/free
    "bintrees":   ("pointer", False),
    "bst":        ("pointer", True),
    "chainhash":  ("pointer", True),
    "crc32":      ("string",  False),
    "fannkuch":   ("dense",   False),
    "fib":        ("call",    False),
    "fnptr":      ("call",    False),
    "hashtable":  ("pointer", False),
    "linkedlist": ("pointer", True),
    "listsort":   ("pointer", False),
    "matmul":     ("dense",   False),
    "nbody":      ("dense",   False),
    "quicksort":  ("dense",   False),
    "reduce":     ("dense",   False),
    "sieve":      ("dense",   False),
    "stencil":    ("dense",   False),
    "strsearch":  ("string",  False),
    "tokenize":   ("string",  False),
    "triangular": ("dense",   False),
}


def category(name):
    return KERNEL_INFO.get(name, ("other", False))[0]


def uses_libc(name):
    return KERNEL_INFO.get(name, ("other", False))[1]


# The engine configurations (columns), in the order they run: key, column label, options of
# `mswasm run`, and the tier they run on ("default": whatever `mswasm run` picks; the cold and
# cached configurations add --cache-dir=DIR themselves).
ENGINE_CONFIGS = [
    ("mswasm", "mswasm", [], "default"),
    ("mswasm_strict", "strict-tags", ["--strict-tags"], "default"),
    ("tier_interp", "tier=interp", ["--tier=interp"], "interp"),
    ("tier_native", "tier=native", ["--tier=native"], "native"),
    ("tier_native_cold", "native cold", ["--tier=native"], "native"),
    ("tier_native_cached", "native cached", ["--tier=native"], "native"),
]
CONFIG_LABEL = {"native": "native", "wasm_interp": "wasm-interp",
                **{k: label for k, label, _, _ in ENGINE_CONFIGS}}


class ToolError(Exception):
    pass


class Measurement:
    """Result of one timed process."""

    def __init__(self, wall, cpu, stdout, stderr, rc):
        self.wall = wall        # seconds
        self.cpu = cpu          # seconds (user + sys of the child)
        self.stdout = stdout
        self.stderr = stderr
        self.rc = rc


def timed(cmd, timeout, cwd=None):
    """Runs cmd, returns a Measurement (wall-clock and child CPU time)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    cwd=cwd)
        except OSError as e:
            raise ToolError(f"cannot run {cmd[0]}: {e}")
        deadline = t0 + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise ToolError(f"timeout after {timeout} s: {' '.join(cmd)}")
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measurement(wall, usage.ru_utime + usage.ru_stime,
                           out.read().decode(errors="replace"),
                           err.read().decode(errors="replace"), proc.returncode)


def checked(cmd, timeout, what):
    m = timed(cmd, timeout)
    if m.rc != 0:
        first = (m.stderr.strip() or m.stdout.strip() or "(no output)").splitlines()
        raise ToolError(f"{what} failed (exit {m.rc}): {' '.join(cmd)}\n    " +
                        "\n    ".join(first[:8]))
    return m


def find_tool(path_or_name):
    if os.sep in path_or_name:
        return path_or_name if os.access(path_or_name, os.X_OK) else None
    return shutil.which(path_or_name)


def first_line(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (r.stdout.strip() or r.stderr.strip()).splitlines()[0]
    except Exception:
        return "?"


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def geomean(xs):
    xs = [x for x in xs if x and x > 0 and not math.isnan(x)]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def u32(text):
    return int(text) & 0xFFFFFFFF


# ---------------------------------------------------------------------------------------
# Running one kernel


def run_native(exe, o):
    m = checked([exe, str(o.native_min_ms)], o.timeout, "native run")
    vals = dict(line.split(None, 1) for line in m.stdout.splitlines() if " " in line)
    return {"checksum": u32(vals["checksum"]), "wall": int(vals["wall_ns"]) / 1e9,
            "cpu": int(vals["cpu_ns"]) / 1e9, "calls": int(vals["calls"])}


def run_wasm_interp(wasm, o):
    m = checked([o.wasm_interp, wasm, "--run-all-exports"], o.timeout, "wasm-interp run")
    found = re.search(r"run\(\) => i32:(-?\d+)", m.stdout)
    if not found:
        raise ToolError(f"wasm-interp: no result of run() in its output:\n    {m.stdout.strip()}")
    return {"checksum": u32(found.group(1)), "wall": m.wall, "cpu": m.cpu}


class Unsupported(Exception):
    """The engine refused a configuration: unknown option, or a tier that cannot run it."""


def run_mswasm(module, o, args, what="mswasm run", optional=False):
    """Runs `mswasm run --stats ARGS --invoke=run MODULE`.  With optional=True, a refusal
    (exit status 2 and a "mswasm run: error" message, the engine's usage errors) raises
    Unsupported instead of ToolError."""
    cmd = [o.engine, "run", "--stats"] + args + ["--invoke=run", module]
    m = timed(cmd, o.timeout)
    if m.rc != 0:
        lines = (m.stderr.strip() or m.stdout.strip() or "(no output)").splitlines()
        if optional and m.rc == 2 and lines[0].startswith("mswasm run: error"):
            raise Unsupported(lines[0])
        raise ToolError(f"{what} failed (exit {m.rc}): {' '.join(cmd)}\n    " +
                        "\n    ".join(lines[:8]))
    found = re.search(r"^i32 (-?\d+)\s*$", m.stdout, re.M)
    if not found:
        raise ToolError(f"{what}: no i32 result in its output:\n    {m.stdout.strip()}")
    r = {"checksum": u32(found.group(1)), "wall": m.wall, "cpu": m.cpu}
    for key, field in (("instructions", "instructions"), ("peak_live_bytes", "peak live bytes")):
        s = re.search(r"^%s:\s*(\d+)" % field, m.stderr, re.M)
        if s:
            r[key] = int(s.group(1))
    return r


def probe_engine(o):
    """Runs every engine configuration once on a trivial module.  Returns {config key: None
    when the engine accepts it, else the reason (its first line of error)}."""
    d = os.path.join(o.build_dir, "probe")
    os.makedirs(d, exist_ok=True)
    src, module = os.path.join(d, "probe.c"), os.path.join(d, "probe.mswasm")
    with open(src, "w") as f:
        f.write('__attribute__((visibility("default"))) unsigned run(void) { return 42; }\n')
    checked([o.cc] + KERNEL_FLAGS + WASM_LINK + [src, "-o", module], o.timeout,
            "mswasm-cc (probe module)")
    support = {}
    for key, _, args, _ in ENGINE_CONFIGS:
        if key == "tier_native_cached":
            support[key] = support["tier_native_cold"]
            continue
        extra = []
        if key == "tier_native_cold":
            extra = ["--cache-dir=" + tempfile.mkdtemp(dir=d, prefix="cache.")]
        cmd = [o.engine, "run", "--stats"] + args + extra + ["--invoke=run", module]
        m = timed(cmd, min(o.timeout, 120))
        if m.rc == 0 and re.search(r"^i32 42\s*$", m.stdout, re.M):
            support[key] = None
        else:
            lines = (m.stderr.strip() or m.stdout.strip() or f"exit {m.rc}").splitlines()
            support[key] = lines[0]
    return support


# The bug-hunting options (docs/compiler.md), measured against the plain mswasm build with
# --bug-hunting.
BUG_HUNTING = ["-fmswasm-keep-accesses", "-fmswasm-field-bounds"]


def build_kernel(name, src, o):
    """Builds the three programs of a kernel --runs times; returns paths and compile times."""
    out = os.path.join(o.build_dir, name)
    scale = [f"-DSCALE={o.scale}"]
    obj, native = out + ".o", out + ".native"
    wasm, module = out + ".wasm", out + ".mswasm"
    times = {"clang": [], "clang_wasm": [], "mswasm_cc": []}
    mswasm_link = WASM_LINK_LIBC if uses_libc(name) else WASM_LINK
    for _ in range(max(1, o.compile_runs)):
        m = checked([o.clang] + KERNEL_FLAGS + scale + ["-c", src, "-o", obj], o.timeout,
                    "clang-19 -c")
        times["clang"].append(m)
        m = checked([o.clang, "--target=wasm32"] + KERNEL_FLAGS + scale + WASM_LINK +
                    [src, "-o", wasm], o.timeout, "clang-19 --target=wasm32")
        times["clang_wasm"].append(m)
        m = checked([o.cc] + KERNEL_FLAGS + scale + mswasm_link + [src, "-o", module],
                    o.timeout, "mswasm-cc")
        times["mswasm_cc"].append(m)
    for flag in BUG_HUNTING if o.bug_hunting else []:
        checked([o.cc] + KERNEL_FLAGS + scale + mswasm_link + [flag, src, "-o", out + flag + ".mswasm"],
                o.timeout, "mswasm-cc " + flag)
    checked([o.clang, "-O2", NATIVE_MAIN, obj, "-o", native], o.timeout, "native link")
    compile_times = {k: {"wall": median([m.wall for m in v]), "cpu": median([m.cpu for m in v])}
                     for k, v in times.items()}
    return native, wasm, module, compile_times


def bench_kernel(name, o):
    src = os.path.join(KERNELS, name + ".c")
    native, wasm, module, compile_times = build_kernel(name, src, o)
    na = {}              # configuration -> why it was not measured ("n/a")
    cache = {}           # the cache directory shared by the cold and the cached run

    def cold():
        cache["dir"] = tempfile.mkdtemp(dir=o.build_dir, prefix="cache.")
        return run_mswasm(module, o, ["--tier=native", "--cache-dir=" + cache["dir"]],
                          "mswasm run (native tier, cold cache)", True)

    def cached():
        try:
            return run_mswasm(module, o, ["--tier=native", "--cache-dir=" + cache["dir"]],
                              "mswasm run (native tier, cached)", True)
        finally:
            shutil.rmtree(cache.pop("dir"), ignore_errors=True)

    configs = [("native", lambda: run_native(native, o))]
    if "wasm_interp" in o.columns:
        configs.append(("wasm_interp", lambda: run_wasm_interp(wasm, o)))
    for key, _, args, _ in ENGINE_CONFIGS:
        if key not in o.columns:
            continue
        if o.support.get(key):
            na[key] = o.support[key]
        elif key == "tier_native_cold":
            configs.append((key, cold))
        elif key == "tier_native_cached":
            configs.append((key, cached))
        else:
            configs.append((key, lambda args=args, key=key:
                            run_mswasm(module, o, args, " ".join(["mswasm run"] + args),
                                       optional=key != "mswasm")))
    for flag in BUG_HUNTING if o.bug_hunting and "mswasm" in o.columns else []:
        variant = module[:-len(".mswasm")] + flag + ".mswasm"
        configs.append((flag, lambda variant=variant: run_mswasm(variant, o, [])))
    runs = {c: [] for c, _ in configs}
    for i in range(o.runs):                       # interleaved, to spread the noise
        for c, fn in configs:
            if c in na:
                continue
            try:
                runs[c].append(fn())
            except Unsupported as e:
                if i:
                    raise ToolError(f"{CONFIG_LABEL.get(c, c)}: refused on run {i + 1} "
                                    f"after succeeding: {e}")
                na[c] = str(e)
                if c == "tier_native_cold":       # the cached run needs the cold one
                    na["tier_native_cached"] = str(e)
                if "dir" in cache:
                    shutil.rmtree(cache.pop("dir"), ignore_errors=True)
    runs = {c: rs for c, rs in runs.items() if c not in na}
    result = {"kernel": name, "category": category(name), "libc": uses_libc(name),
              "compile": compile_times, "runs": runs, "na": na}
    checksums = {c: sorted({r["checksum"] for r in rs}) for c, rs in runs.items()}
    result["checksums"] = checksums
    result["agree"] = len({tuple(v) for v in checksums.values()}) == 1 and \
        all(len(v) == 1 for v in checksums.values())
    for c, rs in runs.items():
        result[c] = {"wall": median([r["wall"] for r in rs]), "cpu": median([r["cpu"] for r in rs])}
        for key in ("instructions", "peak_live_bytes"):
            if key in rs[0]:
                result[c][key] = rs[0][key]
    for c in na:
        result[c] = None
    result["native"]["calls"] = runs["native"][0]["calls"]
    # The instruction count of the interpreter (the native tier counts none: 0).
    for c in ("tier_interp", "mswasm"):
        if result.get(c) and result[c].get("instructions"):
            result["instructions"] = {"count": result[c]["instructions"], "config": c}
            break
    return result


# ---------------------------------------------------------------------------------------
# Compile time of the C corpus


def bench_corpus(o):
    programs = sorted(glob.glob(os.path.join(CORPUS, "**", "*.c"), recursive=True))
    if o.corpus_limit:
        programs = programs[:o.corpus_limit]
    d = os.path.join(o.build_dir, "corpus")
    os.makedirs(d, exist_ok=True)
    totals = {"clang": {"wall": 0.0, "cpu": 0.0}, "mswasm_cc": {"wall": 0.0, "cpu": 0.0}}
    failed = []
    counted = 0
    for i, p in enumerate(programs):
        rel = os.path.relpath(p, CORPUS)
        base = os.path.join(d, rel.replace(os.sep, "_")[:-2])
        mc = timed([o.clang, "-O2", "-w", p, "-o", base, "-lm"], o.timeout)
        mm = timed([o.cc, "-O2", "-w", p, "-o", base + ".mswasm"], o.timeout)
        if mc.rc != 0 or mm.rc != 0:
            failed.append(rel)
            continue
        counted += 1
        for key, m in (("clang", mc), ("mswasm_cc", mm)):
            totals[key]["wall"] += m.wall
            totals[key]["cpu"] += m.cpu
        if o.verbose:
            print(f"  corpus {i + 1}/{len(programs)} {rel}: clang {mc.cpu * 1e3:.0f} ms, "
                  f"mswasm-cc {mm.cpu * 1e3:.0f} ms", file=sys.stderr)
    return {"programs": len(programs), "counted": counted, "failed": failed, "totals": totals}


# ---------------------------------------------------------------------------------------
# Report


def fmt_ms(s):
    if s is None or math.isnan(s):
        return "-"
    ms = s * 1e3
    return f"{ms:.2f}" if ms < 10 else f"{ms:.1f}" if ms < 100 else f"{ms:.0f}"


def fmt_x(x):
    if x is None or math.isnan(x):
        return "-"
    return f"{x:.2f}" if x < 10 else f"{x:.1f}" if x < 100 else f"{x:.0f}"


def table(headers, rows, left=1):
    """A Markdown table; the first `left` columns are left-aligned, the others right."""
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) if i < left else str(c).rjust(w)
                                 for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    out = [line(headers), "|" + "|".join("-" * (w + 2) if i < left else "-" * (w + 1) + ":"
                                          for i, w in enumerate(widths)) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def cell_ms(r, c, metric):
    if r.get(c) is None:
        return "n/a" if c in r.get("na", {}) else "-"
    return fmt_ms(r[c][metric])


def value(r, c, metric):
    return r[c][metric] if r.get(c) else None


def ratio(x, y):
    return x / y if x and y else None


def geomean_rows(groups, cells):
    """One row per (label, kernels) of groups: the geometric mean of each cell function
    over those kernels (None values left out)."""
    rows = []
    for label, rs in groups:
        rows.append([label, ""] + [fmt_x(geomean([v for v in (f(r) for r in rs) if v]))
                                   if any(f(r) for r in rs) else ("n/a" if rs else "-")
                                   for f in cells])
    return rows


def report(results, corpus, o):
    metric = o.metric
    order = {c: i for i, c in enumerate(CATEGORIES)}
    results = sorted(results, key=lambda r: (order.get(r["category"], len(order)), r["kernel"]))
    dense = [r for r in results if r["category"] == "dense"]
    columns = ["native"] + [c for c in ["wasm_interp"] + [k for k, _, _, _ in ENGINE_CONFIGS]
                            if c in o.columns]
    engine_columns = columns[1:]

    if o.bug_hunting and "mswasm" in o.columns:
        bh_rows, ratios = [], {f: [] for f in BUG_HUNTING}
        for r in results:
            m = value(r, "mswasm", metric)
            row = [r["kernel"], fmt_ms(m)]
            for f in BUG_HUNTING:
                v = value(r, f, metric)
                row += [fmt_ms(v), fmt_x(ratio(v, m))]
                if ratio(v, m):
                    ratios[f].append(v / m)
            bh_rows.append(row)
        bh_rows.append(["geometric mean", ""] + sum([["", fmt_x(geomean(ratios[f]))] for f in BUG_HUNTING], []))
        print("\nBug-hunting options: run time of the same kernel built with each, against plain mswasm")
        print(table(["kernel", "mswasm ms"] + sum([[f + " ms", "ratio"] for f in BUG_HUNTING], []), bh_rows))

    what = "CPU time (user+sys)" if metric == "cpu" else "wall-clock time"

    # Run times.
    def instrs(r):
        i = r.get("instructions")
        return i["count"] if i else None

    def ips(r):
        i = r.get("instructions")
        return i["count"] / value(r, i["config"], metric) / 1e6 if i and value(r, i["config"], metric) else None

    headers = ["kernel", "category"] + [CONFIG_LABEL[c] + " ms" for c in columns] + \
        ["interp instrs (M)", "M instrs/s"]
    rows = [[r["kernel"] + ("" if r["agree"] else " (CHECKSUM MISMATCH)"), r["category"]] +
            [cell_ms(r, c, metric) for c in columns] +
            [f"{instrs(r) / 1e6:.0f}" if instrs(r) else "-", f"{ips(r):.0f}" if ips(r) else "-"]
            for r in results]
    for label, rs in (("geomean dense", dense), ("geomean all", results)):
        row = [label, ""]
        for c in columns:
            vs = [value(r, c, metric) for r in rs if value(r, c, metric)]
            row.append(fmt_ms(geomean(vs)) if vs else "n/a" if rs else "-")
        vs = [ips(r) for r in rs if ips(r)]
        rows.append(row + ["", f"{geomean(vs):.0f}" if vs else "-"])
    print(f"\nRun time, median of {o.runs} runs, {what}; native = one run() call of the kernel "
          "built by clang-19 -O2, the others = whole process")
    print(table(headers, rows, left=2))

    # Ratios against native clang -O2, and between columns.  cells: (function, configurations
    # it needs); a cell is "n/a" when one of them was not measured.
    cells, headers = [], ["kernel", "category"]
    for c in engine_columns:
        headers.append(CONFIG_LABEL[c] + "/native")
        cells.append((lambda r, c=c: ratio(value(r, c, metric), value(r, "native", metric)),
                      (c, "native")))
    for a, b in (("mswasm", "wasm_interp"), ("mswasm_strict", "mswasm"),
                 ("tier_interp", "tier_native"), ("tier_native_cold", "tier_native_cached")):
        if a in o.columns and b in o.columns:
            headers.append(f"{CONFIG_LABEL[a]}/{CONFIG_LABEL[b]}")
            cells.append((lambda r, a=a, b=b: ratio(value(r, a, metric), value(r, b, metric)),
                          (a, b)))

    def cell(r, f, needs):
        v = f(r)
        return fmt_x(v) if v else "n/a" if any(c in r["na"] for c in needs) else "-"

    rows = [[r["kernel"], r["category"]] + [cell(r, f, needs) for f, needs in cells]
            for r in results]
    groups = [("geomean dense", dense), ("geomean all", results)] + \
        [(f"geomean {cat}", [r for r in results if r["category"] == cat])
         for cat in CATEGORIES[1:] + ("other",) if any(r["category"] == cat for r in results)]
    rows += geomean_rows(groups, [f for f, _ in cells])
    print(f"\nRatio of run times ({what}): each column against native clang -O2, then "
          "columns against each other")
    print(table(headers, rows, left=2))
    na = {}
    for r in results:
        for c, why in r.get("na", {}).items():
            na.setdefault((c, why), []).append(r["kernel"])
    for (c, why), ks in sorted(na.items()):
        print(f"  n/a: {CONFIG_LABEL.get(c, c)} on {', '.join(ks) if len(ks) < len(results) else 'every kernel'}: {why}")

    headers = ["kernel", "clang-19 -O2 -c ms", "clang-19 wasm32 ms", "mswasm-cc ms",
               "mswasm-cc/clang-19", "mswasm-cc/clang wasm32"]
    rows = []
    rn, rw = [], []
    for r in results:
        c = r["compile"]
        a, b, m = c["clang"][metric], c["clang_wasm"][metric], c["mswasm_cc"][metric]
        rows.append([r["kernel"], fmt_ms(a), fmt_ms(b), fmt_ms(m), fmt_x(m / a if a else None),
                     fmt_x(m / b if b else None)])
        if a:
            rn.append(m / a)
        if b:
            rw.append(m / b)
    rows.append(["geometric mean", "", "", "", fmt_x(geomean(rn)), fmt_x(geomean(rw))])
    print(f"\nCompile time of the kernels, median of {max(1, o.compile_runs)} builds, {what}")
    print(table(headers, rows))

    if corpus:
        t = corpus["totals"]
        a, m = t["clang"][metric], t["mswasm_cc"][metric]
        print(f"\nCompile+link time of test/c-corpus ({corpus['counted']} of "
              f"{corpus['programs']} programs; {what}; one build each)")
        print(table(["compiler", "total s", "per program ms", "ratio"],
                     [["clang-19 -O2 prog.c -lm", f"{a:.1f}",
                       fmt_ms(a / max(1, corpus["counted"])), "1.00"],
                      ["mswasm-cc -O2 prog.c", f"{m:.1f}",
                       fmt_ms(m / max(1, corpus["counted"])), fmt_x(m / a if a else None)]]))
        if corpus["failed"]:
            print(f"  not counted (a build failed): {', '.join(corpus['failed'])}")


def main():
    ap = argparse.ArgumentParser(
        description="Benchmark the MSWasm engine and compiler against native and wabt's "
                    "wasm-interp.",
        epilog="Example: bench/run.py --tools-dir build/tools --kernels sieve,nbody --runs 5")
    ap.add_argument("--tools-dir", default=os.path.join(REPO, "build", "tools"),
                    help="directory holding mswasm-cc and mswasm (default: build/tools)")
    ap.add_argument("--cc", help="mswasm-cc to use (default: TOOLS_DIR/mswasm-cc)")
    ap.add_argument("--engine", help="mswasm to use (default: TOOLS_DIR/mswasm)")
    ap.add_argument("--clang", default="clang-19", help="native and plain-Wasm compiler")
    ap.add_argument("--wasm-interp", default="wasm-interp", help="wabt's interpreter")
    ap.add_argument("--kernels", action="append", default=[],
                    help="comma-separated kernel names (repeatable; default: all)")
    ap.add_argument("--category", action="append", default=[],
                    help="only the kernels of these comma-separated categories (repeatable; "
                         f"{', '.join(CATEGORIES)}); combined with --kernels, both must match")
    ap.add_argument("-n", "--runs", type=int, default=3, help="runs per configuration (median)")
    ap.add_argument("--compile-runs", type=int, default=3,
                    help="builds per kernel for its compile time (median)")
    ap.add_argument("--metric", choices=("cpu", "wall"), default="cpu",
                    help="time shown in the tables (both go to --json); default cpu")
    ap.add_argument("--scale", type=int, default=1, help="work multiplier (-DSCALE=N)")
    ap.add_argument("--bug-hunting", action="store_true",
                    help="also run each kernel built with -fmswasm-keep-accesses and with "
                         "-fmswasm-field-bounds, and print their cost against plain mswasm")
    ap.add_argument("--no-strict-tags", dest="strict_tags", action="store_false",
                    help="skip the mswasm run --strict-tags column")
    ap.add_argument("--no-interp", dest="interp", action="store_false",
                    help="skip the interpreters (slow): the --tier=interp column, wabt's "
                         "wasm-interp, and the mswasm and strict-tags columns when the engine "
                         "has no native tier")
    ap.add_argument("--no-wasm-interp", dest="wasm_interp_column", action="store_false",
                    help="skip wabt's wasm-interp column only")
    ap.add_argument("--no-native-tier", dest="native_tier", action="store_false",
                    help="skip the --tier=native columns (plain, cold cache, cached)")
    ap.add_argument("--no-corpus", dest="corpus", action="store_false",
                    help="skip the compile time of test/c-corpus")
    ap.add_argument("--corpus-limit", type=int, default=0,
                    help="only the first N corpus programs (0: all)")
    ap.add_argument("--native-min-ms", type=int, default=300,
                    help="native: call run() until this much time has passed")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per process")
    ap.add_argument("--json", metavar="FILE", help="write all results as JSON to FILE")
    ap.add_argument("--build-dir", help="keep the builds here (default: a temporary directory)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--list", action="store_true", help="list the kernels and exit")
    o = ap.parse_args()

    available = sorted(os.path.basename(p)[:-2] for p in glob.glob(os.path.join(KERNELS, "*.c")))
    for k in available:
        if k not in KERNEL_INFO:
            print(f"bench/run.py: warning: kernel {k} has no entry in KERNEL_INFO; "
                  "category 'other'", file=sys.stderr)
    if o.list:
        for k in available:
            print(f"{k:<12} {category(k):<8}{' malloc/free' if uses_libc(k) else ''}".rstrip())
        return 0
    wanted = [k for arg in o.kernels for k in arg.split(",") if k] or available
    unknown = [k for k in wanted if k not in available]
    if unknown:
        ap.error(f"unknown kernel(s) {', '.join(unknown)}; available: {', '.join(available)}")
    cats = [c for arg in o.category for c in arg.split(",") if c]
    bad = [c for c in cats if c not in CATEGORIES + ("other",)]
    if bad:
        ap.error(f"unknown category {', '.join(bad)}; categories: {', '.join(CATEGORIES)}")
    if cats:
        wanted = [k for k in wanted if category(k) in cats]
        if not wanted:
            ap.error("no kernel matches --kernels and --category")
    if o.runs < 1:
        ap.error("--runs must be at least 1")

    o.cc = o.cc or os.path.join(o.tools_dir, "mswasm-cc")
    o.engine = o.engine or os.path.join(o.tools_dir, "mswasm")
    missing = []
    for label, tool, hint in (
            ("mswasm-cc", o.cc, "build the toolchain (scripts/build.sh) or pass --tools-dir/--cc"),
            ("mswasm", o.engine, "build the toolchain (scripts/build.sh) or pass --tools-dir/--engine"),
            ("clang-19", o.clang, "install clang-19 and lld-19 (scripts/setup.sh)"),
            ("wasm-interp", o.wasm_interp, "install wabt (scripts/setup.sh)")):
        if label == "wasm-interp" and not (o.interp and o.wasm_interp_column):
            continue
        found = find_tool(tool)
        if not found:
            missing.append(f"  {label}: '{tool}' not found: {hint}")
        elif label == "clang-19":
            o.clang = found
        elif label == "wasm-interp":
            o.wasm_interp = found
    if not missing and not find_tool("wasm-ld-19") and not find_tool("wasm-ld"):
        missing.append("  wasm-ld: not found: install lld-19 (scripts/setup.sh)")
    if missing:
        print("bench/run.py: missing tools:\n" + "\n".join(missing), file=sys.stderr)
        return 2

    tmp = None
    if o.build_dir:
        os.makedirs(o.build_dir, exist_ok=True)
    else:
        tmp = tempfile.mkdtemp(prefix="mswasm-bench.")
        o.build_dir = tmp

    # The native tier's code cache: a private one (unless MSWASM_CACHE_DIR is set), so that
    # the results do not depend on earlier runs and ~/.cache is left alone.  The first run of
    # a kernel under the default tier and --tier=native compiles, the following ones hit it.
    os.environ.setdefault("MSWASM_CACHE_DIR", os.path.join(o.build_dir, "engine-cache"))

    # Which engine configurations the engine accepts, and so which columns there are.
    try:
        o.support = probe_engine(o)
    except ToolError as e:
        print(f"bench/run.py: {e}", file=sys.stderr)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        return 1
    if o.support["mswasm"]:
        print(f"bench/run.py: {o.engine} cannot run a trivial module: {o.support['mswasm']}",
              file=sys.stderr)
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
        return 1
    # The tier plain `mswasm run` uses: native when the engine has it (auto), unless
    # MSWASM_TIER says otherwise.
    default_tier = "native" if o.support["tier_native"] is None else "interp"
    if os.environ.get("MSWASM_TIER") == "interp":
        default_tier = "interp"
    o.columns = set()
    if o.interp and o.wasm_interp_column:
        o.columns.add("wasm_interp")
    for key, _, _, tier in ENGINE_CONFIGS:
        tier = default_tier if tier == "default" else tier
        if (tier == "interp" and not o.interp) or (tier == "native" and not o.native_tier and
                                                   key.startswith("tier_native")):
            continue
        if key == "mswasm_strict" and not o.strict_tags:
            continue
        o.columns.add(key)
    for key, why in o.support.items():
        if why and key in o.columns:
            print(f"note: {CONFIG_LABEL[key]}: n/a, the engine refuses it: {why}", file=sys.stderr)

    started = datetime.datetime.now().astimezone()
    env = {"date": started.isoformat(timespec="seconds"), "host": platform.node(),
           "cpus": os.cpu_count(), "machine": platform.machine(),
           "cpu_model": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                              if l.startswith("model name")), "?")
           if os.path.exists("/proc/cpuinfo") else "?",
           "load_average_at_start": os.getloadavg(),
           "clang": first_line([o.clang, "--version"]),
           "wasm_interp": first_line([o.wasm_interp, "--version"])
           if "wasm_interp" in o.columns else None,
           "mswasm_cc": first_line([o.cc, "--version"]),
           "tools": {p: datetime.datetime.fromtimestamp(os.path.getmtime(p)).astimezone()
                     .isoformat(timespec="seconds") for p in (o.cc, o.engine)},
           "metric": o.metric, "runs": o.runs, "scale": o.scale,
           "default_tier": default_tier, "columns": sorted(o.columns),
           "engine_support": {k: v or "ok" for k, v in o.support.items()}}
    print(f"{env['date']}  {env['cpus']} CPUs ({env['cpu_model']}), load average "
          f"{' '.join(f'{x:.2f}' for x in env['load_average_at_start'])}")
    print(f"clang: {env['clang']}; wasm-interp {env['wasm_interp'] or '(not run)'}; "
          f"{env['mswasm_cc']}; engine default tier: {default_tier}")

    status = 0
    results, errors = [], []
    try:
        for k in wanted:
            print(f"[{k}] building and running ...", file=sys.stderr, flush=True)
            try:
                r = bench_kernel(k, o)
            except ToolError as e:
                print(f"[{k}] ERROR: {e}", file=sys.stderr)
                errors.append({"kernel": k, "error": str(e)})
                status = 1
                continue
            if not r["agree"]:
                print(f"[{k}] CHECKSUM MISMATCH: {r['checksums']}", file=sys.stderr)
                status = 1
            results.append(r)
        corpus = None
        if o.corpus:
            print("[corpus] compiling test/c-corpus with clang-19 and mswasm-cc ...",
                  file=sys.stderr, flush=True)
            try:
                corpus = bench_corpus(o)
            except ToolError as e:
                print(f"[corpus] ERROR: {e}", file=sys.stderr)
                errors.append({"kernel": "corpus", "error": str(e)})
                status = 1
        if results:
            report(results, corpus, o)
        for e in errors:
            print(f"\nERROR in {e['kernel']}: {e['error']}")
        if o.json:
            with open(o.json, "w") as f:
                json.dump({"environment": env, "kernels": results, "corpus": corpus,
                           "errors": errors}, f, indent=1)
            print(f"\nresults written to {o.json}")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
