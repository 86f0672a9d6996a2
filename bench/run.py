#!/usr/bin/env python3
"""Benchmarks of the MSWasm toolchain: speed of the engine and of mswasm-cc.

Every kernel in bench/kernels/*.c is self-contained C without libc calls that exports
`unsigned run(void)` returning a checksum.  Each kernel is built three ways:

    native       clang-19 -O2 kernel.c + bench/native_main.c (calls run() repeatedly and
                 reports the median time of one call)
    wasm-interp  clang-19 --target=wasm32 -O2 -nostdlib -Wl,--no-entry -Wl,--export=run,
                 run with `wasm-interp kernel.wasm --run-all-exports` (wabt's interpreter,
                 the plain-Wasm baseline; it has no WASI here, hence no libc in the kernels)
    mswasm       mswasm-cc -O2 -nostdlib -Wl,--no-entry -Wl,--export=run,
                 run with `mswasm run --invoke=run kernel.mswasm`
                 (and once more with --strict-tags, unless --no-strict-tags)

Each configuration runs --runs times (default 3, interleaved); the median is reported.  The
checksums of the three builds must agree.  Interpreter times are those of the whole process
(start-up, loading and validation included; they are a few ms), native times those of one
run() call.  With --metric cpu (the default) times are CPU time (user+sys) of the process,
which is what a loaded shared machine measures reliably; --metric wall uses wall-clock time.
Both are recorded in the --json output.

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


def run_mswasm(module, o, strict):
    cmd = [o.engine, "run", "--stats", "--invoke=run"]
    if strict:
        cmd.append("--strict-tags")
    m = checked(cmd + [module], o.timeout, "mswasm run" + (" --strict-tags" if strict else ""))
    found = re.search(r"^i32 (-?\d+)\s*$", m.stdout, re.M)
    if not found:
        raise ToolError(f"mswasm run: no i32 result in its output:\n    {m.stdout.strip()}")
    r = {"checksum": u32(found.group(1)), "wall": m.wall, "cpu": m.cpu}
    for key, field in (("instructions", "instructions"), ("peak_live_bytes", "peak live bytes")):
        s = re.search(r"^%s:\s*(\d+)" % field, m.stderr, re.M)
        if s:
            r[key] = int(s.group(1))
    return r


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
    for _ in range(max(1, o.compile_runs)):
        m = checked([o.clang] + KERNEL_FLAGS + scale + ["-c", src, "-o", obj], o.timeout,
                    "clang-19 -c")
        times["clang"].append(m)
        m = checked([o.clang, "--target=wasm32"] + KERNEL_FLAGS + scale + WASM_LINK +
                    [src, "-o", wasm], o.timeout, "clang-19 --target=wasm32")
        times["clang_wasm"].append(m)
        m = checked([o.cc] + KERNEL_FLAGS + scale + WASM_LINK + [src, "-o", module],
                    o.timeout, "mswasm-cc")
        times["mswasm_cc"].append(m)
    for flag in BUG_HUNTING if o.bug_hunting else []:
        checked([o.cc] + KERNEL_FLAGS + scale + WASM_LINK + [flag, src, "-o", out + flag + ".mswasm"],
                o.timeout, "mswasm-cc " + flag)
    checked([o.clang, "-O2", NATIVE_MAIN, obj, "-o", native], o.timeout, "native link")
    compile_times = {k: {"wall": median([m.wall for m in v]), "cpu": median([m.cpu for m in v])}
                     for k, v in times.items()}
    return native, wasm, module, compile_times


def bench_kernel(name, o):
    src = os.path.join(KERNELS, name + ".c")
    native, wasm, module, compile_times = build_kernel(name, src, o)
    configs = [("native", lambda: run_native(native, o)),
               ("wasm_interp", lambda: run_wasm_interp(wasm, o)),
               ("mswasm", lambda: run_mswasm(module, o, False))]
    if o.strict_tags:
        configs.append(("mswasm_strict", lambda: run_mswasm(module, o, True)))
    for flag in BUG_HUNTING if o.bug_hunting else []:
        variant = module[:-len(".mswasm")] + flag + ".mswasm"
        configs.append((flag, lambda variant=variant: run_mswasm(variant, o, False)))
    runs = {c: [] for c, _ in configs}
    for _ in range(o.runs):                       # interleaved, to spread the noise
        for c, fn in configs:
            runs[c].append(fn())
    result = {"kernel": name, "compile": compile_times, "runs": runs}
    checksums = {c: sorted({r["checksum"] for r in rs}) for c, rs in runs.items()}
    result["checksums"] = checksums
    result["agree"] = len({tuple(v) for v in checksums.values()}) == 1 and \
        all(len(v) == 1 for v in checksums.values())
    for c, rs in runs.items():
        result[c] = {"wall": median([r["wall"] for r in rs]), "cpu": median([r["cpu"] for r in rs])}
    if runs["mswasm"] and "instructions" in runs["mswasm"][0]:
        result["mswasm"]["instructions"] = runs["mswasm"][0]["instructions"]
        result["mswasm"]["peak_live_bytes"] = runs["mswasm"][0].get("peak_live_bytes")
    result["native"]["calls"] = runs["native"][0]["calls"]
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


def table(headers, rows):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                                 for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    out = [line(headers), "|" + "|".join("-" * (w + 2) if i == 0 else "-" * (w + 1) + ":"
                                          for i, w in enumerate(widths)) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def report(results, corpus, o):
    metric = o.metric
    strict = o.strict_tags
    headers = ["kernel", "native ms", "wasm-interp ms", "mswasm ms"]
    if strict:
        headers.append("strict-tags ms")
    headers += ["mswasm/native", "mswasm/wasm-interp"]
    if strict:
        headers.append("strict/mswasm")
    headers += ["MSWasm instrs (M)", "M instrs/s"]
    rows = []
    cols = {k: [] for k in ("native", "wasm_interp", "mswasm", "mswasm_strict", "r_nat", "r_wi",
                            "r_strict", "ips")}
    for r in results:
        n, w, m = r["native"][metric], r["wasm_interp"][metric], r["mswasm"][metric]
        s = r["mswasm_strict"][metric] if strict else None
        instrs = r["mswasm"].get("instructions")
        ips = instrs / m / 1e6 if instrs and m else None
        row = [r["kernel"] + ("" if r["agree"] else " (CHECKSUM MISMATCH)"),
               fmt_ms(n), fmt_ms(w), fmt_ms(m)]
        if strict:
            row.append(fmt_ms(s))
        row += [fmt_x(m / n), fmt_x(m / w)]
        if strict:
            row.append(fmt_x(s / m))
        row += [f"{instrs / 1e6:.0f}" if instrs else "-", f"{ips:.0f}" if ips else "-"]
        rows.append(row)
        for k, v in (("native", n), ("wasm_interp", w), ("mswasm", m), ("mswasm_strict", s),
                     ("r_nat", m / n), ("r_wi", m / w), ("r_strict", s / m if s else None),
                     ("ips", ips)):
            if v:
                cols[k].append(v)
    g = {k: geomean(v) for k, v in cols.items()}
    row = ["geometric mean", fmt_ms(g["native"]), fmt_ms(g["wasm_interp"]), fmt_ms(g["mswasm"])]
    if strict:
        row.append(fmt_ms(g["mswasm_strict"]))
    row += [fmt_x(g["r_nat"]), fmt_x(g["r_wi"])]
    if strict:
        row.append(fmt_x(g["r_strict"]))
    row += ["", f"{g['ips']:.0f}" if cols["ips"] else "-"]
    rows.append(row)
    if o.bug_hunting:
        bh_rows, ratios = [], {f: [] for f in BUG_HUNTING}
        for r in results:
            m = r["mswasm"][metric]
            row = [r["kernel"], fmt_ms(m)]
            for f in BUG_HUNTING:
                row += [fmt_ms(r[f][metric]), fmt_x(r[f][metric] / m)]
                ratios[f].append(r[f][metric] / m)
            bh_rows.append(row)
        bh_rows.append(["geometric mean", ""] + sum([["", fmt_x(geomean(ratios[f]))] for f in BUG_HUNTING], []))
        print("\nBug-hunting options: run time of the same kernel built with each, against plain mswasm")
        print(table(["kernel", "mswasm ms"] + sum([[f + " ms", "ratio"] for f in BUG_HUNTING], []), bh_rows))
    what = "CPU time (user+sys)" if metric == "cpu" else "wall-clock time"
    print(f"\nRun time, median of {o.runs} runs, {what}; native = one run() call, "
          "interpreters = whole process")
    print(table(headers, rows))

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
    if o.list:
        print("\n".join(available))
        return 0
    wanted = [k for arg in o.kernels for k in arg.split(",") if k] or available
    unknown = [k for k in wanted if k not in available]
    if unknown:
        ap.error(f"unknown kernel(s) {', '.join(unknown)}; available: {', '.join(available)}")
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

    started = datetime.datetime.now().astimezone()
    env = {"date": started.isoformat(timespec="seconds"), "host": platform.node(),
           "cpus": os.cpu_count(), "machine": platform.machine(),
           "cpu_model": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                              if l.startswith("model name")), "?")
           if os.path.exists("/proc/cpuinfo") else "?",
           "load_average_at_start": os.getloadavg(),
           "clang": first_line([o.clang, "--version"]),
           "wasm_interp": first_line([o.wasm_interp, "--version"]),
           "mswasm_cc": first_line([o.cc, "--version"]),
           "tools": {p: datetime.datetime.fromtimestamp(os.path.getmtime(p)).astimezone()
                     .isoformat(timespec="seconds") for p in (o.cc, o.engine)},
           "metric": o.metric, "runs": o.runs, "scale": o.scale}
    print(f"{env['date']}  {env['cpus']} CPUs ({env['cpu_model']}), load average "
          f"{' '.join(f'{x:.2f}' for x in env['load_average_at_start'])}")
    print(f"clang: {env['clang']}; wasm-interp {env['wasm_interp']}; {env['mswasm_cc']}")

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
