"""`make bench`, section 5: the Spark job (tools/spark/presswatch_spark.py) in local mode with
all cores, beside `presswatch process --stdout` with as many workers on the same pages. Both
give one JSON line per page; the job also reads the pages through Spark, sends them as
base64 through Python and commits its output files.

Steady state: each is run over the pipeline figure's 1,100 pages and over the same pages
three times (hard links), and the pages per second are the 2,200 extra pages over the extra
seconds, so start-up (the JVM, Spark's session, planning, the Python workers, JIT) cancels
out; the overhead is process's steady rate over the job's. The job runs with `workers: 1`
(Spark runs one task per core), process with `workers` = cores. Start-up is shown on its
own: the session's seconds, the job's fixed part (the intercept) and the whole spark-submit.
BENCH_SPARK=0 skips it.
"""
import os
import re
import shutil
import statistics
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


def tripled(files, folder):
    """The pages three times over (hard links), for the second point of each line."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    copies = []
    for copy in range(3):
        for path in files:
            name = os.path.join(folder, f"{copy}_{os.path.basename(path)}")
            os.link(path, name)
            copies.append(name)
    return copies


def steady(count, small, large):
    """Pages per second at the margin, and the fixed seconds, from the medians of runs over
    `count` and 3 × `count` pages: the start-up cancels out of the difference."""
    small, large = statistics.median(small), statistics.median(large)
    rate = 2 * count / (large - small)
    return rate, small - count / rate


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
    large_folder = os.path.join(scratch, "data", "pages-x3")
    large_files = tripled(files, large_folder)
    output = os.path.join(scratch, "spark-out")
    process, spark = {}, {}
    for pages, page_files, page_folder in ((count, files, folder),
                                           (3 * count, large_files, large_folder)):
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
    process_rate, process_fixed = steady(count, process[count], process[3 * count])
    job_rate, job_fixed = steady(count, [j["job"] for j in spark[count]],
                                 [j["job"] for j in spark[3 * count]])
    session = statistics.median(j["session"] for j in spark[count] + spark[3 * count])
    whole = statistics.median(j["wall"] for j in spark[count])
    overhead = process_rate / job_rate - 1
    rows.append(("5", f"Spark local[{cores}], steady state ({count} → {3 * count} pages)",
                 f"{job_rate:.1f} pages/s; process --stdout ({cores} workers) "
                 f"{process_rate:.1f} pages/s → overhead {100 * overhead:+.0f}%"))
    rows.append(("5", f"  Spark start-up: session (JVM, Spark) / job's fixed part / "
                 f"whole spark-submit, {count} pages",
                 f"{session:.1f} s / {job_fixed:.1f} s / {whole:.1f} s "
                 f"(process: {process_fixed:.2f} s fixed)"))
    rows.append(("5", f"  end to end, {count} pages: spark-submit / process --stdout",
                 f"{count / whole:.1f} / {count / statistics.median(process[count]):.1f} "
                 f"pages/s"))
    results["spark"] = {"process_s": process, "jobs": spark, "steady_pages_per_s":
                        {"spark": job_rate, "process": process_rate}, "overhead": overhead,
                        "fixed_s": {"spark_job": job_fixed, "process": process_fixed},
                        "session_s": session}
