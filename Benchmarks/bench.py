#!/usr/bin/env python3
"""`make bench`: presswatch's speed and memory next to the Python tools people use today.

Builds nothing itself (the Makefile builds in release first). Makes its inputs in a scratch
folder (.bench/, git-ignored) from Tests/Data/pages/*.txt and the seed page, installs the
Python pipeline (Benchmarks/baseline.py) into a virtual environment there, runs every
measurement several times and prints one table: each figure is the median with its spread
(min-max). The raw figures go to .bench/results.json.

Environment: BENCH_MB (size of the generated inputs, default 10), BENCH_RUNS (runs per
figure, default 5; the slow Python runs use at most 3), BENCH_DAEMON=0 to skip the daemon,
BENCH_SPARK=0 to skip the Spark job (Benchmarks/spark_bench.py; pyspark from `make test-deps`),
BENCH_SCALING=0 to skip the scaling table (Benchmarks/scaling_bench.py: every input shape at 1x, 4x
and 16x of BENCH_SCALING_MB, default 1 MB, on one core).
"""
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

import scaling_bench
import spark_bench

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = os.path.join(ROOT, ".bench")
DATA = os.path.join(SCRATCH, "data")
VENV = os.path.join(SCRATCH, "venv")
BIN = os.path.join(ROOT, ".build", "release")
PRESSWATCH = os.path.join(BIN, "presswatch")
STAGES = os.path.join(BIN, "presswatch-bench")
MB = float(os.environ.get("BENCH_MB", "10"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
CORES = os.cpu_count() or 1
PY_PACKAGES = ["jieba", "jieba-fast", "textrank4zh", "sumy", "scipy", "snownlp"]


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def source_pages():
    seed = sorted(glob.glob(os.path.join(ROOT, "Tests/Data/seed/*.txt")))
    return seed + sorted(glob.glob(os.path.join(ROOT, "Tests/Data/pages/*.txt")))


def make_inputs():
    """A corpus file of the pages repeated to BENCH_MB, and as many page files."""
    pages = source_pages()
    texts = [open(p, "rb").read() for p in pages]
    target = int(MB * 1e6)
    os.makedirs(DATA, exist_ok=True)
    corpus = os.path.join(DATA, "corpus.txt")
    if not os.path.exists(corpus) or os.path.getsize(corpus) < target:
        with open(corpus, "wb") as f:
            written = 0
            while written < target:
                for text in texts:
                    f.write(text if text.endswith(b"\n") else text + b"\n")
                    written += len(text) + 1
    folder = os.path.join(DATA, "pages")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    files, size, copy = [], 0, 0
    while size < target:
        for path, text in zip(pages, texts):
            name = os.path.join(folder, f"{copy:04d}_{os.path.basename(path)}")
            open(name, "wb").write(text)
            files.append(name)
            size += len(text)
        copy += 1
    small = min(pages, key=os.path.getsize)
    return {"corpus": corpus, "pages": files, "pages_bytes": size, "distinct": pages,
            "small": small}


def make_configs():
    """The repository's pipeline.yaml with one worker, and with all cores."""
    text = open(os.path.join(ROOT, "pipeline.yaml")).read()
    if re.search(r"^workers:", text, re.M):
        sys.exit("bench: pipeline.yaml sets workers; the bench sets them itself")
    configs = {}
    for workers in (1, CORES):
        path = os.path.join(DATA, f"pipeline-{workers}.yaml")
        open(path, "w").write(text + f"\nworkers: {workers}\n")
        configs[workers] = path
    processors = text[text.index("\nprocessors:") + 1:]
    open(os.path.join(DATA, "processors.yaml"), "w").write(processors)
    return configs


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    marker = os.path.join(VENV, ".installed")
    wanted = " ".join(PY_PACKAGES) + "\n"
    if not os.path.exists(marker) or open(marker).read() != wanted:
        log("installing the Python pipeline into .bench/venv (once)")
        if not os.path.exists(python):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q"] + PY_PACKAGES, check=True)
        open(marker, "w").write(wanted)
    return python


class Runs:
    """Wall seconds and CPU seconds (user + system, from wait4) of several runs."""

    def __init__(self):
        self.wall, self.cpu = [], []


def timed(command, runs, before=None):
    result = Runs()
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        result.wall.append(time.perf_counter() - start)
        result.cpu.append(usage.ru_utime + usage.ru_stime)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            sys.exit(f"bench: {command[0]} failed with status {child.returncode}")
    return result


def json_runs(command, runs):
    return [json.loads(subprocess.run(command, capture_output=True, check=True, text=True)
                       .stdout.strip().splitlines()[-1]) for _ in range(runs)]


def peak_rss_mb(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=True)
    kb = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(kb.group(1)) / 1024


class Figure:
    """A median with its spread, from several values."""

    def __init__(self, values):
        self.values = sorted(values)

    @property
    def median(self):
        return statistics.median(self.values)

    def show(self, digits=1, unit=""):
        spread = (f" ({self.values[0]:.{digits}f}–{self.values[-1]:.{digits}f})"
                  if len(self.values) > 1 else "")
        return f"{self.median:,.{digits}f}{unit}{spread}"


def rates(amount, seconds):
    return Figure([amount / s for s in seconds])


def remove_results(files):
    def clean():
        for path in files:
            for suffix in (".json", ".md", ".html"):
                try:
                    os.remove(path[:-4] + suffix)
                except FileNotFoundError:
                    pass
        for folder in {os.path.dirname(path) for path in files}:
            try:
                os.remove(os.path.join(folder, "index.html"))
            except FileNotFoundError:
                pass
    return clean


def measure_tokenize(inputs, python, rows, results):
    corpus = inputs["corpus"]
    size = os.path.getsize(corpus)
    chars = len(open(corpus, encoding="utf-8").read())
    mb = size / 1e6
    log(f"tokenize on {mb:.1f} MB ({chars:,} characters)")
    wc = timed(["wc", "-m", corpus], RUNS)
    ours = timed([PRESSWATCH, "tokenize", corpus], RUNS)
    py_runs = min(RUNS, 3)
    jieba = json_runs([python, os.path.join(ROOT, "Benchmarks/baseline.py"), "tokenize", corpus],
                      py_runs)
    fast = json_runs([python, os.path.join(ROOT, "Benchmarks/baseline.py"), "tokenize", corpus,
                      "fast"], py_runs)
    ours_mb = rates(mb, ours.wall)
    jieba_mb = Figure([r["mb_per_s"] for r in jieba])
    fast_mb = Figure([r["mb_per_s"] for r in fast])
    rows.append(("1", f"tokenize, one core, {mb:.1f} MB (incl. start-up and lexicon load)",
                 f"{ours_mb.show()} MB/s; {rates(chars / 1e6, ours.wall).show(2)} M chars/s "
                 f"(CPU time: {rates(mb, ours.cpu).show()} MB/s)"))
    rows.append(("1", "  wc -m on the same file (the floor)",
                 f"{rates(mb, wc.wall).show()} MB/s; {rates(chars / 1e6, wc.wall).show(2)} M chars/s"))
    rows.append(("1", "  jieba (Python, load excluded)",
                 f"{jieba_mb.show(2)} MB/s → presswatch {ours_mb.median / jieba_mb.median:.1f}×"))
    rows.append(("1", "  jieba_fast (load excluded)",
                 f"{fast_mb.show(2)} MB/s → presswatch {ours_mb.median / fast_mb.median:.1f}×"))
    results["tokenize"] = {"bytes": size, "chars": chars, "presswatch_s": ours.__dict__,
                           "wc_s": wc.__dict__,
                           "jieba": jieba, "jieba_fast": fast}
    return rss_row(rows, results, "tokenize", [PRESSWATCH, "tokenize", corpus])


def rss_row(rows, results, name, command):
    rss = peak_rss_mb(command)
    results.setdefault("peak_rss_mb", {})[name] = rss
    return rss


def measure_pipeline(inputs, configs, python, rows, results):
    files, size = inputs["pages"], inputs["pages_bytes"]
    count, mb = len(files), size / 1e6
    runs = min(RUNS, 3)
    figures = {}
    for workers, config in sorted(configs.items()):
        log(f"pipeline, {count} pages ({mb:.1f} MB), {workers} worker(s)")
        command = [PRESSWATCH, "process", "--quiet", "--config", config] + files
        seconds = timed(command, runs, before=remove_results(files))
        figures[workers] = rates(count, seconds.wall)
        rows.append(("2", f"pipeline, {count} pages, {mb:.1f} MB, {workers} worker(s)",
                     f"{figures[workers].show()} pages/s; {rates(mb, seconds.wall).show(2)} MB/s "
                     f"(per CPU second: {rates(count, seconds.cpu).show()} pages)"))
        results.setdefault("pipeline", {})[workers] = {"pages": count, "bytes": size,
                                                       "seconds": seconds.__dict__}
    rss = peak_rss_mb([PRESSWATCH, "process", "--quiet", "--config", configs[CORES]] + files)
    results.setdefault("peak_rss_mb", {})["pipeline_all_cores"] = rss
    remove_results(files)()
    if CORES > 1:
        rows.append(("2", f"  all cores ({CORES}) / one worker",
                     f"{figures[CORES].median / figures[1].median:.2f}×"))
    log(f"Python pipeline on the {len(inputs['distinct'])} distinct pages")
    baseline = json_runs([python, os.path.join(ROOT, "Benchmarks/baseline.py"), "pipeline"]
                         + inputs["distinct"], runs)
    py = Figure([r["pages_per_s"] for r in baseline])
    rows.append(("2", f"  Python (jieba + TF-IDF, textrank4zh, regex), one core, "
                 f"{len(inputs['distinct'])} pages", f"{py.show(2)} pages/s → presswatch "
                 f"{figures[1].median / py.median:.0f}× (one worker), "
                 f"{figures[CORES].median / py.median:.0f}× (all cores)"))
    results["python_pipeline"] = baseline
    measure_stages(inputs, configs, rows, results)


def measure_stages(inputs, configs, rows, results):
    log("each step's share (presswatch-bench, thread CPU time)")
    rounds = max(1, int(4e6 / sum(os.path.getsize(p) for p in inputs["distinct"])))
    runs = json_runs([STAGES, "--config", configs[1], "--rounds", str(rounds)]
                     + inputs["distinct"], min(RUNS, 3))
    names = list(runs[0]["steps"])
    pages = runs[0]["pages"]
    cpu = Figure([r["cpu_s"] for r in runs])
    shares = []
    for name in names:
        share = Figure([100 * r["steps"][name] / r["cpu_s"] for r in runs])
        per_page = Figure([1000 * r["steps"][name] / r["pages"] for r in runs])
        shares.append(f"{name} {share.show(0, '%')} [{per_page.show(2)} ms/page]")
    rows.append(("2", f"  share of one worker's CPU time ({pages} pages in memory, "
                 f"{pages / cpu.median:.0f} pages/s of CPU)", "; ".join(shares)))
    results["stages"] = runs


HEADLINES = os.path.join(ROOT, "Tests", "Data", "summaries", "headlines-public.jsonl")


def measure_summary_styles(rows, results):
    """The summarizer alone on the headline set's 600 articles (about 640 characters each),
    one text a page, with one-sentence summaries and with `style: headline` gists: articles
    per second of the summarizer's thread CPU time (presswatch-bench's step times)."""
    log("summarizer styles on the headline set (presswatch-bench, thread CPU time)")
    folder = os.path.join(DATA, "headlines")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    files = []
    for number, line in enumerate(open(HEADLINES, encoding="utf-8")):
        path = os.path.join(folder, f"{number:03d}.txt")
        open(path, "w", encoding="utf-8").write(json.loads(line)["text"])
        files.append(path)
    figures = {}
    for style in ("sentences", "headline"):
        config = os.path.join(DATA, f"summary-{style}.yaml")
        open(config, "w").write("processors:\n  - segmenter\n  - summarizer:\n"
                                f"      sentences: 1\n      style: {style}\nworkers: 1\n")
        runs = json_runs([STAGES, "--config", config, "--rounds", "10"] + files, min(RUNS, 3))
        rate = Figure([r["pages"] / r["steps"]["summarizer"] for r in runs])
        figures[style] = rate.show(0)
        results[f"summarizer_{style}"] = runs
    rows.append(("2", "  summarizer on the headline set (600 articles), articles/s of CPU",
                 f"sentences {figures['sentences']}; headline {figures['headline']}"))


def measure_startup(inputs, configs, rows, results):
    small = inputs["small"]
    log("start-up")
    command = [PRESSWATCH, "process", "--stdout", "--quiet", "--config", configs[1], small]
    seconds = timed(command, RUNS)
    rows.append(("3", f"start-up to first result (process --stdout, "
                 f"{os.path.getsize(small) / 1000:.0f} KB page): wall / CPU",
                 f"{Figure([1000 * s for s in seconds.wall]).show(0, ' ms')} / "
                 f"{Figure([1000 * s for s in seconds.cpu]).show(0, ' ms')}"))
    rss = peak_rss_mb(command)
    results["startup_s"] = seconds.__dict__
    results.setdefault("peak_rss_mb", {})["one_page"] = rss
    peaks = results["peak_rss_mb"]
    rows.append(("3", f"peak RSS: one page / tokenize {MB:g} MB / pipeline all cores",
                 f"{peaks['one_page']:.0f} / {peaks['tokenize']:.0f} / "
                 f"{peaks['pipeline_all_cores']:.0f} MB"))
    measure_memory_growth(inputs, configs, rows, results)


def measure_memory_growth(inputs, configs, rows, results):
    """Peak RSS of the in-process pipeline over N and 10 N pages: flat memory stays equal."""
    log("memory over a longer run")
    rss = {}
    for rounds in (4, 40):
        rss[rounds] = peak_rss_mb([STAGES, "--config", configs[1], "--rounds", str(rounds)]
                                  + inputs["distinct"])
    pages = len(inputs["distinct"])
    rows.append(("3", f"peak RSS over {4 * pages} / {40 * pages} pages in one process",
                 f"{rss[4]:.0f} / {rss[40]:.0f} MB"))
    results["memory_growth_mb"] = rss


def measure_daemon(inputs, rows, results):
    daemon_bench = os.path.join(ROOT, "Benchmarks", "daemon-bench")
    if os.environ.get("BENCH_DAEMON") == "0" or not os.path.exists(daemon_bench):
        rows.append(("4", "daemon", "not measured (no presswatch run / Benchmarks/daemon-bench)"))
        return
    page = inputs["distinct"][0]
    common = [sys.executable, daemon_bench, "--binary", PRESSWATCH, "--page", page,
              "--pipeline", os.path.join(DATA, "processors.yaml")]
    for workers, files in ((CORES, 2000), (1, 500)) if CORES > 1 else ((1, 2000),):
        log(f"daemon: {files} pages dropped at once, {workers} worker(s)")
        out = subprocess.run(common + ["--files", str(files), "--workers", str(workers)],
                             capture_output=True, text=True, check=True).stdout
        rate = float(re.search(r"throughput=(\d+)", out).group(1))
        peak = re.search(r"daemon peak memory: ([^;]*);", out)
        results.setdefault("daemon_burst", {})[workers] = out
        rows.append(("4", f"daemon: {files} pages dropped at once, {workers} worker(s)",
                     f"{rate:.0f} files/s (daemon process peak {peak.group(1) if peak else '?'}, "
                     f"workers not counted)"))
    log("daemon: latency at 20 files/s")
    settle = 500
    out = subprocess.run(common + ["--files", "400", "--workers", str(CORES), "--rate", "20", "--settle-ms", str(settle)],
                         capture_output=True, text=True, check=True).stdout
    latency = re.search(r"p50=(\d+) p90=(\d+) p99=(\d+)", out)
    results["daemon_trickle"] = out
    rows.append(("4", f"daemon: close → result at 20 files/s (400 files, settle {settle} ms)",
                 f"median {latency.group(1)} ms, p99 {latency.group(3)} ms"))


def main():
    for binary in (PRESSWATCH, STAGES):
        if not os.path.exists(binary):
            sys.exit(f"bench: {binary} missing; run `make bench`")
    load_before = open("/proc/loadavg").read().split()[:3]
    inputs = make_inputs()
    configs = make_configs()
    python = ensure_venv()
    rows, results = [], {"load_before": load_before, "cores": CORES}
    measure_tokenize(inputs, python, rows, results)
    measure_pipeline(inputs, configs, python, rows, results)
    measure_summary_styles(rows, results)
    measure_startup(inputs, configs, rows, results)
    measure_daemon(inputs, rows, results)
    spark_bench.measure_spark(inputs, configs, rows, results, presswatch=PRESSWATCH,
                              cores=CORES, runs=min(RUNS, 3), timed=timed, log=log,
                              scratch=SCRATCH)
    scaling_bench.measure_scaling(rows, results, min(RUNS, 3), log)
    results["load_after"] = open("/proc/loadavg").read().split()[:3]
    json.dump(results, open(os.path.join(SCRATCH, "results.json"), "w"), indent=1)
    width = max(len(r[1]) for r in rows)
    print(f"\npresswatch bench: median (min–max) of {RUNS} runs (Python and pipeline: "
          f"{min(RUNS, 3)}; daemon: 1); {CORES} cores; load average "
          f"{' '.join(load_before)} before, {' '.join(results['load_after'])} after\n")
    for section, name, value in rows:
        print(f"{section}  {name.ljust(width)}  {value}")


if __name__ == "__main__":
    main()
