#!/usr/bin/env python3
"""Presswatch on Apache Spark: every page of INPUT through `presswatch pipe`, one JSON record
per page in OUTPUT.

    spark-submit [--master ...] tools/spark/presswatch_spark.py \\
        --binary PATH --config pipeline.yaml INPUT OUTPUT

INPUT is a file, a folder or a glob on any file system Spark reads (file://, hdfs://,
s3a://). Pages are read as bytes (binaryFiles) and sent to presswatch as base64, so their
encoding is detected exactly as for files. Each partition runs ONE `presswatch pipe`
process: its pages stream in on stdin from a thread while its answers stream out on stdout,
so neither side waits for the other with a full pipe.

OUTPUT gets JSON Lines part files written through Spark's output committer: complete, with
_SUCCESS, or no part files at all. Each page has exactly one record: its result
(presswatch.result/1, source.file = the page's path as Spark names it) or its error record
(presswatch.error/1). A page that fails is such a record and never fails the job; a
`presswatch pipe` that crashes or answers out of turn fails its task, which Spark retries,
and the task's output is only committed once it has answered for every page.

--binary and --config are used as given when the path exists where the task runs;
otherwise the file of that name shipped with `spark-submit --files` (SparkFiles) is used.
--data-dir (or a folder `presswatch-data` shipped with `--archives`) holds the
presswatch_*.resources folders the binary needs when they are not installed beside it.
"""
import argparse
import base64
import json
import os
import queue
import subprocess
import sys
import threading
import time

RESULT_SCHEMA = "presswatch.result/1"
ERROR_SCHEMA = "presswatch.error/1"
# The first member of every record pipe writes (compact JSON, `schema` first): enough for
# the tally to tell results from errors without parsing whole records.
ERROR_PREFIX = '{"schema":"%s"' % ERROR_SCHEMA
SHIPPED_DATA = "presswatch-data"
OPEN_COST = "spark.files.openCostInBytes"
PAGE_OPEN_COST = "0"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="presswatch_spark.py", description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True,
                        help="the presswatch binary (a path on every node, or shipped with --files)")
    parser.add_argument("--config", required=True,
                        help="pipeline.yaml (a path on every node, or shipped with --files)")
    parser.add_argument("--data-dir",
                        help="the folder holding presswatch_*.resources, when not beside the binary "
                             "or installed (default: a shipped archive named presswatch-data)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="at least this many partitions, each one presswatch process "
                             "(default: Spark's default parallelism)")
    parser.add_argument("input", metavar="INPUT", help="a file, folder or glob of pages")
    parser.add_argument("output", metavar="OUTPUT", help="a folder that does not exist yet")
    return parser.parse_args(argv)


def local_file(path):
    """`path` where the task runs: as given when it is there, else the file of that name
    shipped with --files."""
    if os.path.exists(path):
        return os.path.abspath(path)
    from pyspark import SparkFiles
    shipped = SparkFiles.get(os.path.basename(path))
    if os.path.exists(shipped):
        return shipped
    raise FileNotFoundError(
        f"{path}: not on this node and not shipped with --files (looked for {shipped})")


def executable(path):
    # Files shipped with --files may arrive without their execute bit.
    if not os.access(path, os.X_OK):
        os.chmod(path, os.stat(path).st_mode | 0o111)
    return path


def data_directory(given):
    if given:
        return local_file(given)
    from pyspark import SparkFiles
    shipped = os.path.join(SparkFiles.getRootDirectory(), SHIPPED_DATA)
    return shipped if os.path.isdir(shipped) else None


class PipeFailure(RuntimeError):
    """`presswatch pipe` did not answer for every page: the task fails and Spark retries it."""


def feed(process, pages, sent, failure):
    """Writes each page to pipe's stdin and queues its path, then closes stdin. Runs on its
    own thread so that pipe is never blocked writing answers nobody reads yet."""
    try:
        for path, content in pages:
            sent.put(path)
            line = json.dumps({"id": path, "base64": base64.b64encode(content).decode("ascii")})
            process.stdin.write(line.encode("ascii") + b"\n")
    except BaseException as error:  # a crashed pipe (EPIPE) or a failed read of the input
        failure.append(error)
    finally:
        sent.put(None)
        try:
            process.stdin.close()
        except OSError:
            pass


def record_for(answer, path):
    """The output record for the answer to `path`'s request."""
    record = json.loads(answer)
    schema = record.get("schema")
    if schema == RESULT_SCHEMA and record["source"]["file"] == path:
        return answer
    if schema == ERROR_SCHEMA and record.get("id") == path:
        # `line` and `id` say where the answer came from in the stream: not part of the record.
        record.pop("line", None)
        record.pop("id", None)
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    raise PipeFailure(f"presswatch pipe answered {answer[:200]!r} for {path}")


def run_partition(pages, binary, config, data_dir):
    """One `presswatch pipe` for the partition's pages: yields one record per page."""
    environment = dict(os.environ)
    if data_dir:
        environment["PRESSWATCH_DATA_DIR"] = data_dir
    process = subprocess.Popen(
        [binary, "pipe", "--config", config], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=environment, bufsize=1 << 16)
    sent, failure = queue.Queue(), []
    # stderr is read on its own thread too: a chatty pipe must not block on it.
    errors = []
    readers = [
        threading.Thread(target=feed, args=(process, pages, sent, failure), daemon=True),
        threading.Thread(target=lambda: errors.append(process.stderr.read()), daemon=True),
    ]
    for reader in readers:
        reader.start()
    answered = 0
    try:
        for answer in process.stdout:
            path = sent.get()
            if path is None:
                raise PipeFailure("presswatch pipe answered more lines than it was sent")
            yield record_for(answer.decode("utf-8").rstrip("\n"), path)
            answered += 1
        status = process.wait()
        for reader in readers:
            reader.join()
        unanswered = sent.get()
        # pipe's own account first: a feed that failed on a dead pipe (EPIPE) says less.
        if status != 0 or unanswered is not None:
            message = b"".join(errors).decode("utf-8", "replace").strip()
            raise PipeFailure(
                f"presswatch pipe exited with status {status} after {answered} pages"
                + (f", without answering for {unanswered}" if unanswered else "")
                + (f": {message[-2000:]}" if message else "")) from (failure or [None])[0]
        if failure:
            raise failure[0]
    finally:
        # Also when Spark stops reading (a killed or speculative task): no pipe outlives it.
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def tally(spark, output):
    """Pages, results and errors, counted from what was committed: the output itself."""
    from pyspark.sql import functions
    lines = spark.read.text(output)
    counts = lines.agg(
        functions.count(functions.lit(1)).alias("pages"),
        functions.sum(functions.col("value").startswith(ERROR_PREFIX).cast("long"))
        .alias("errors")).first()
    errors = counts["errors"] or 0
    return counts["pages"], counts["pages"] - errors, errors


def main(argv):
    started = time.monotonic()
    arguments = parse_arguments(argv)
    from pyspark import SparkConf
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("presswatch")
    if not SparkConf().contains(OPEN_COST):
        # binaryFiles adds this much per file to the input's size when it works out how
        # much goes into one partition, but fills partitions with the real bytes: the
        # default (4 MB, meant for big columnar files) puts thousands of pages of a few KB
        # each into one partition and leaves the other cores idle. Counting only the real
        # bytes cuts the input into about --partitions (default: the cores) equal parts,
        # at most spark.files.maxPartitionBytes (128 MB) each.
        builder = builder.config(OPEN_COST, PAGE_OPEN_COST)
    spark = builder.getOrCreate()
    session_ready = time.monotonic()
    context = spark.sparkContext
    binary, config, data_dir = arguments.binary, arguments.config, arguments.data_dir

    def partition(pages):
        return run_partition(pages, executable(local_file(binary)), local_file(config),
                             data_directory(data_dir))

    pages = context.binaryFiles(arguments.input, minPartitions=arguments.partitions)
    pages.mapPartitions(partition).saveAsTextFile(arguments.output)
    job_done = time.monotonic()
    total, results, errors = tally(spark, arguments.output)
    # The seconds tell Spark's own start-up (the session) from the work (the job, from
    # listing the input to the committed output) and the count read back.
    print(f"presswatch-spark: {total} pages, {results} results, {errors} errors "
          f"-> {arguments.output} (session {session_ready - started:.2f} s, "
          f"job {job_done - session_ready:.2f} s, tally {time.monotonic() - job_done:.2f} s)",
          flush=True)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
