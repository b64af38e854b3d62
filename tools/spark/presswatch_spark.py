#!/usr/bin/env python3
"""Presswatch on Apache Spark: every page of INPUT through `presswatch pipe`, one JSON record
per page in OUTPUT.

    spark-submit [--master ...] tools/spark/presswatch_spark.py \\
        --binary PATH --config pipeline.yaml INPUT OUTPUT

INPUT is a file, a folder or a glob on any file system Spark reads (file://, hdfs://,
s3a://). Pages are read as bytes (the binaryFile source) and sent to presswatch as base64,
so their encoding is detected exactly as for files. Each partition runs ONE `presswatch pipe`
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
# The start of every result pipe writes (compact JSON in the schema's order), up to the value
# of source.file.
RESULT_START = '{"schema":"%s","source":{"file":' % RESULT_SCHEMA
# The start of every error record (compact JSON, `schema` first): the tally tells results
# from errors by it.
ERROR_PREFIX = '{"schema":"%s"' % ERROR_SCHEMA
SHIPPED_DATA = "presswatch-data"
OPEN_COST = "spark.sql.files.openCostInBytes"
PAGE_OPEN_COST = "0"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="presswatch_spark.py", description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True,
                        help="the presswatch binary (on every node, or shipped with --files)")
    parser.add_argument("--config", required=True,
                        help="pipeline.yaml (a path on every node, or shipped with --files)")
    parser.add_argument("--data-dir",
                        help="the folder holding presswatch_*.resources, when not beside the "
                             "binary or installed (default: a shipped archive presswatch-data)")
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
    # A result goes out as pipe wrote it; only its source.file is read, from its fixed place
    # at the start, rather than parsing the whole result again.
    if answer.startswith(RESULT_START + '"'):
        named, _ = json.decoder.scanstring(answer, len(RESULT_START) + 1)
        if named == path:
            return answer
    record = json.loads(answer)
    if record.get("schema") == ERROR_SCHEMA and record.get("id") == path:
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


def counted(records, pages, errors):
    """Passes the records on and adds them to the tally once the partition is done. The
    records are made in the job's result stage, whose accumulator updates Spark applies once
    per partition, from its successful attempt only: a retried or speculative task is not
    counted twice, and a failed one not at all."""
    seen = refused = 0
    for record in records:
        seen += 1
        refused += record.startswith(ERROR_PREFIX)
        yield record
    pages.add(seen)
    errors.add(refused)


def session():
    from pyspark import SparkConf
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("presswatch")
    if not SparkConf().contains(OPEN_COST):
        # Spark adds this much per file to the input's size when it cuts it into partitions:
        # the default (4 MB, meant for big columnar files) puts some 30 pages of a few KB in
        # a partition, each partition a presswatch process of its own. Counting the real
        # bytes only cuts the input into about --partitions (default: the cores) equal
        # parts, at most spark.sql.files.maxPartitionBytes (128 MB) each.
        builder = builder.config(OPEN_COST, PAGE_OPEN_COST)
    return builder.getOrCreate()


def main(argv):
    started = time.monotonic()
    arguments = parse_arguments(argv)
    spark = session()
    if arguments.partitions:
        spark.conf.set("spark.sql.files.minPartitionNum", str(arguments.partitions))
    session_ready = time.monotonic()
    context = spark.sparkContext
    binary, config, data_dir = arguments.binary, arguments.config, arguments.data_dir
    pages, errors = context.accumulator(0), context.accumulator(0)

    def partition(rows):
        records = run_partition(rows, executable(local_file(binary)), local_file(config),
                                data_directory(data_dir))
        return counted(records, pages, errors)

    # The binaryFile source rather than SparkContext.binaryFiles: the same (path, bytes),
    # read much faster per file (measured in local mode: 1,100 pages of 9 KB in 2 s, against
    # 32 s through binaryFiles).
    files = spark.read.format("binaryFile").load(arguments.input).select("path", "content")
    files.rdd.mapPartitions(partition).saveAsTextFile(arguments.output)
    job_done = time.monotonic()
    # The seconds tell Spark's own start-up (the session) from the work: the job, from
    # listing the input to the committed output.
    print(f"presswatch-spark: {pages.value} pages, {pages.value - errors.value} results, "
          f"{errors.value} errors -> {arguments.output} (session {session_ready - started:.2f} s, "
          f"job {job_done - session_ready:.2f} s)", flush=True)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
