#!/usr/bin/env python3
"""Section 6 of `make bench` (issue 18): every input shape at 1x, 4x and 16x, on one core.

For each shape of Benchmarks/scaling_inputs.py, at 1 MB, 4 MB and 16 MB (the 16x input is just
under `max_input_bytes`, 16 MiB): `presswatch process --quiet` with the repository's
pipeline.yaml and `workers: 1`, pinned to one core (`taskset -c 0` when there is one),
writing every output format beside the input as the daemon does. Time: wall seconds and
the child's CPU seconds (user + system), medians of the runs; the targets are checked on
CPU time, which other work on a shared machine disturbs least. Memory: the peak resident
set size from `/usr/bin/time`. Targets (issue 18): at 16x at most 15 s and 500 MB, and the
16x time at most 20 times the 1x time (16 is linear; start-up is in the 1x figure, which
makes the ratio smaller).

Alone: python3 Benchmarks/scaling_bench.py [SHAPE...]   (BENCH_RUNS, BENCH_SCALING_MB=1,
BENCH_SCALING_FACTORS=1,4,16; BENCH_PRESSWATCH=BINARY measures another build). The 16 MB
table of BENCHMARKS.md: BENCH_RUNS=1 BENCH_SCALING_FACTORS=16 python3 Benchmarks/scaling_bench.py
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

import scaling_inputs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = os.path.join(ROOT, ".bench", "scaling")
PRESSWATCH = os.environ.get("BENCH_PRESSWATCH") or os.path.join(ROOT, ".build", "release",
                                                                "presswatch")
FACTORS = tuple(int(f) for f in os.environ.get("BENCH_SCALING_FACTORS", "1,4,16").split(","))
TIME_LIMIT_S = 15
MEMORY_LIMIT_MB = 500
RATIO_LIMIT = 20


def config_path():
    text = open(os.path.join(ROOT, "pipeline.yaml")).read()
    path = os.path.join(SCRATCH, "pipeline-1.yaml")
    os.makedirs(SCRATCH, exist_ok=True)
    open(path, "w").write(text + "\nworkers: 1\n")
    return path


def make_input(shape, size):
    folder = os.path.join(SCRATCH, f"{shape}-{size}")
    path = os.path.join(folder, "input.txt")
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        # In a child: making 16 MB of text takes this process to hundreds of megabytes, and
        # a child forked from it would start out with that as its peak.
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "scaling_inputs.py"),
                        shape, str(size), path], check=True)
    return path


def clean_outputs(path):
    folder = os.path.dirname(path)
    for name in os.listdir(folder):
        if name != "input.txt":
            os.remove(os.path.join(folder, name))


def one_run(command):
    """Wall seconds, CPU seconds and peak RSS (MB) of one child, from /usr/bin/time (its
    child starts small; wait4's figure from here would count this process's own peak)."""
    report = os.path.join(SCRATCH, "time.txt")
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report] + command,
                            stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed with status {result.returncode}")
    user, system, kb = open(report).read().split()[-3:]
    return wall, float(user) + float(system), int(kb) / 1024


def measure(shape, size, config, runs):
    path = make_input(shape, size)
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    command = pin + [PRESSWATCH, "process", "--quiet", "--config", config, path]
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        clean_outputs(path)
        wall, cpu, peak = one_run(command)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
    clean_outputs(path)
    return {"bytes": os.path.getsize(path), "wall_s": walls, "cpu_s": cpus, "peak_mb": peaks}


def measure_scaling(rows, results, runs, log, shapes=None):
    if os.environ.get("BENCH_SCALING") == "0":
        rows.append(("6", "scaling", "not measured (BENCH_SCALING=0)"))
        return
    unit = int(float(os.environ.get("BENCH_SCALING_MB", "1")) * 1e6)
    config = config_path()
    table = results.setdefault("scaling", {})
    for shape in shapes or scaling_inputs.SHAPES:
        figures = {}
        for factor in FACTORS:
            log(f"scaling: {shape} at {factor}x ({factor * unit / 1e6:g} MB)")
            figures[factor] = measure(shape, factor * unit, config, runs)
        table[shape] = figures
        rows.append(("6", f"scaling: {shape}", describe(figures)))


def describe(figures):
    """`1× wall s (CPU s) peak MB; …; 16×/1× time (CPU)` and whether the targets are met."""
    parts = []
    for factor in FACTORS:
        f = figures[factor]
        parts.append(f"{factor}× {statistics.median(f['wall_s']):.2f} s "
                     f"({statistics.median(f['cpu_s']):.2f}) {max(f['peak_mb']):.0f} MB")
    misses = []
    if 16 in figures:
        top = figures[16]
        if statistics.median(top["cpu_s"]) > TIME_LIMIT_S:
            misses.append("time")
        if max(top["peak_mb"]) > MEMORY_LIMIT_MB:
            misses.append("memory")
    if 1 in figures and 16 in figures:
        wall = statistics.median(figures[16]["wall_s"]) / statistics.median(figures[1]["wall_s"])
        cpu = statistics.median(figures[16]["cpu_s"]) / statistics.median(figures[1]["cpu_s"])
        parts.append(f"16×/1× {wall:.1f} (CPU {cpu:.1f})")
        if cpu > RATIO_LIMIT:
            misses.append("ratio")
    verdict = "ok" if not misses else "MISSES " + ", ".join(misses)
    return f"{'; '.join(parts)}; {verdict}"


def main():
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    rows, results = [], {}
    measure_scaling(rows, results, runs, lambda m: print(f"bench: {m}", file=sys.stderr,
                                                         flush=True), sys.argv[1:] or None)
    json.dump(results, open(os.path.join(SCRATCH, "results.json"), "w"), indent=1)
    width = max(len(r[1]) for r in rows)
    print(f"scaling: wall s (CPU s) peak RSS, median of {runs} run(s); load average "
          f"{open('/proc/loadavg').read().split()[0]} at the end")
    for section, name, value in rows:
        print(f"{section}  {name.ljust(width)}  {value}", flush=True)


if __name__ == "__main__":
    main()
