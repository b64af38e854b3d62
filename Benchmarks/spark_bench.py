"""`make bench`, section 5: the Spark job (tools/spark/presswatch_spark.py) in local mode with
all cores, beside `presswatch process --stdout` with as many workers on the same pages. Both
give one JSON line per page; the job also reads the pages through Spark, sends them as
base64 through Python and commits its output files.

Steady state: each is run over the pipeline figure's 1,100 pages and over the same pages
five times (5,500 hard links). The steady-state overhead is the job's extra seconds for the
4,400 extra pages over process's extra seconds (medians at each size), the job's seconds
being its own (from its tally line: session ready to output committed): Spark's start-up and
the job's fixed part (planning, JIT, the Python workers) drop out. On a busy machine the
fixed part varies by more than that difference, so the row says when it cannot be measured;
the whole 5,500-page ratio is shown beside it as an upper bound. The job runs with
`workers: 1` (Spark runs one task per core), process with `workers` = cores. Start-up is
shown on its own: the session's seconds and the whole spark-submit on 1,100 pages.
BENCH_SPARK=0 skips it.
"""
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.environ.get("PRESSWATCH_SPARK_VENV", os.path.join(ROOT, ".build", "spark-venv"))
JOB = os.path.join(ROOT, "tools", "spark", "presswatch_spark.py")
TALLY = re.compile(r"presswatch-spark: (\d+) pages, (\d+) results, (\d+) errors -> .* "
                   r"\(session ([\d.]+) s, job ([\d.]+) s\)")


def spark_environment():
    environment = dict(os.environ)
    bin_folder = os.path.join(VENV, "bin")
    environment["PATH"] = bin_folder + os.pathsep + environment.get("PATH", "")
    environment["PYSPARK_PYTHON"] = os.path.join(bin_folder, "python")
    environment["PYSPARK_DRIVER_PYTHON"] = os.path.join(bin_folder, "python")
    return environment


def run_job(presswatch, config, pages, output, cores):
    shutil.rmtree(output, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run(
        [os.path.join(VENV, "bin", "spark-submit"), "--master", f"local[{cores}]", JOB,
         "--binary", presswatch, "--config", config, pages, output],
        capture_output=True, text=True, env=spark_environment())
    wall = time.perf_counter() - start
    shutil.rmtree(output, ignore_errors=True)
    if done.returncode != 0:
        sys.exit(f"bench: spark-submit failed with status {done.returncode}:\n"
                 f"{done.stderr[-3000:]}")
    match = TALLY.search(done.stdout)
    if not match:
        sys.exit(f"bench: no tally line from the Spark job:\n{done.stdout[-2000:]}")
    return {"wall": wall, "pages": int(match.group(1)), "results": int(match.group(2)),
            "session": float(match.group(4)), "job": float(match.group(5))}


# The second size is this many times the first: large enough that the per-page work stands
# well above the start-up's seconds, which on a loaded machine vary by several seconds.
TIMES = 5


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def multiplied(files, folder):
    """The pages TIMES over (hard links), for the second point of each line."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    copies = []
    for copy in range(TIMES):
        for path in files:
            name = os.path.join(folder, f"{copy}_{os.path.basename(path)}")
            os.link(path, name)
            copies.append(name)
    return copies


def measure_spark(inputs, configs, rows, results, *, presswatch, cores, runs, timed, log,
                  scratch):
    if os.environ.get("BENCH_SPARK") == "0":
        rows.append(("5", "Spark job", "not measured (BENCH_SPARK=0)"))
        return
    if not os.path.exists(os.path.join(VENV, "bin", "spark-submit")):
        sys.exit(f"bench: no pyspark in {VENV}; run `make test-deps`, or BENCH_SPARK=0")
    files = inputs["pages"]
    count = len(files)
    folder = os.path.dirname(files[0])
    if len(os.listdir(folder)) != count:
        sys.exit(f"bench: {folder} holds more than the {count} pages")
    large_folder = os.path.join(scratch, "data", f"pages-x{TIMES}")
    large_files = multiplied(files, large_folder)
    output = os.path.join(scratch, "spark-out")
    process, spark = {}, {}
    for pages, page_files, page_folder in ((count, files, folder),
                                           (TIMES * count, large_files, large_folder)):
        log(f"process --stdout, {pages} pages, {cores} workers")
        process[pages] = timed([presswatch, "process", "--stdout", "--quiet", "--config",
                                configs[cores]] + page_files, runs).wall
        log(f"Spark job, local[{cores}], {pages} pages, workers: 1 per task")
        spark[pages] = [run_job(presswatch, configs[1], page_folder, output, cores)
                        for _ in range(runs)]
        for job in spark[pages]:
            if (job["pages"], job["results"]) != (pages, pages):
                sys.exit(f"bench: the Spark job gave {job['pages']} records, "
                         f"{job['results']} results for {pages} pages")
    shutil.rmtree(large_folder, ignore_errors=True)
    summarize(count, cores, process, spark, rows)
    results["spark"] = {"process_s": process, "jobs": spark}


def summarize(count, cores, process, spark, rows):
    """The table's rows from the runs. Steady state is the marginal cost of the extra pages
    of the larger run (medians at both sizes), which leaves Spark's start-up and the job's
    fixed part out; the whole larger run's ratio (fastest runs: on a shared machine the
    slower ones are slower by other people's work) is its upper bound."""
    large = TIMES * count
    extra = large - count
    job_extra = median([j["job"] for j in spark[large]]) - median([j["job"] for j in spark[count]])
    process_extra = median(process[large]) - median(process[count])
    if job_extra > 0 and process_extra > 0:
        rows.append(("5", f"Spark local[{cores}], steady state: the {extra} pages the larger run "
                     f"adds, job / process --stdout, {cores} workers",
                     f"{extra / job_extra:.1f} / {extra / process_extra:.1f} pages/s → "
                     f"job / process {job_extra / process_extra:.2f}× "
                     f"(overhead {100 * (job_extra / process_extra - 1):+.0f}%)"))
    else:
        rows.append(("5", f"Spark local[{cores}], steady state", "not measurable: the larger "
                     "run was not slower than the smaller (a machine too busy to measure)"))
    job = min(j["job"] for j in spark[large])
    alone = min(process[large])
    rows.append(("5", f"  the whole {large} pages: the job (session excluded) / "
                 f"process --stdout, {cores} workers",
                 f"{large / job:.1f} / {large / alone:.1f} pages/s → job / process "
                 f"{job / alone:.2f}× (an upper bound: the job's fixed part is in it)"))
    session = min(j["session"] for j in spark[count] + spark[large])
    fixed = min(j["job"] for j in spark[count]) - count * job / large
    whole = min(j["wall"] for j in spark[count])
    rows.append(("5", f"  Spark start-up: session (JVM, Spark) / whole spark-submit, "
                 f"{count} pages", f"{session:.1f} s / {whole:.1f} s"))
    rows.append(("5", f"  end to end, {count} pages: spark-submit / process --stdout",
                 f"{count / whole:.1f} / {count / min(process[count]):.1f} pages/s "
                 f"(the job's fixed part about {fixed:.0f} s)"))
