#!/usr/bin/env python3
"""The job's partition runner without Spark: one `presswatch pipe` per partition, one record
per page, and a pipe that crashes or answers out of turn fails the task instead of losing or
inventing pages. PRESSWATCH_BINARY names the binary (the Swift tests pass the built one)."""
import json
import os
import stat
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import presswatch_spark  # noqa: E402

BINARY = os.environ.get("PRESSWATCH_BINARY", "")
CONFIG = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                      "pipeline.yaml")


def fake_pipe(folder, script):
    """A stand-in for presswatch: a shell script that gets `pipe --config F`."""
    path = os.path.join(folder, "fake-presswatch")
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + script)
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def run(binary, pages):
    return list(presswatch_spark.run_partition(iter(pages), binary, CONFIG, None))


class RunPartitionTests(unittest.TestCase):
    def test_every_page_gets_one_record_in_order(self):
        self.assertTrue(os.access(BINARY, os.X_OK),
                        f"PRESSWATCH_BINARY={BINARY!r}: set it to the built presswatch")
        # Many pages, so that stdin and stdout both fill up unless they are served at once.
        page = "市长视察征兵工作，共有300多名应征青年参加体检。\n".encode("gb18030") * 40
        image = b"\x89PNG\x00\x00"
        pages = [(f"file:/p/{n}.txt", page if n % 7 else image) for n in range(300)]
        records = [json.loads(line) for line in run(BINARY, pages)]
        self.assertEqual([r.get("source", {}).get("file") or r["file"] for r in records],
                         [path for path, _ in pages])
        for (path, content), record in zip(pages, records):
            if content.startswith(b"\x89PNG"):
                self.assertEqual(record["schema"], "presswatch.error/1")
                self.assertEqual((record["reason"], record["byte_offset"]), ("binary", 4))
                self.assertNotIn("line", record)
                self.assertNotIn("id", record)
            else:
                self.assertEqual(record["schema"], "presswatch.result/1")
                self.assertEqual(record["source"]["encoding"], "gb18030")

    def test_a_pipe_that_dies_fails_the_task(self):
        with tempfile.TemporaryDirectory() as folder:
            answer = '{"schema":"presswatch.result/1","source":{"file":"a"}}'
            binary = fake_pipe(folder, f"read line; echo '{answer}'; echo boom >&2; exit 3\n")
            with self.assertRaisesRegex(presswatch_spark.PipeFailure,
                                        "status 3 after 1 pages, without answering for b: boom"):
                run(binary, [("a", b"x"), ("b", b"y"), ("c", b"z")])

    def test_an_answer_for_another_page_fails_the_task(self):
        with tempfile.TemporaryDirectory() as folder:
            answer = '{"schema":"presswatch.result/1","source":{"file":"b"}}'
            binary = fake_pipe(folder, f"cat >/dev/null; echo '{answer}'\n")
            with self.assertRaisesRegex(presswatch_spark.PipeFailure, "for a$"):
                run(binary, [("a", b"x")])

    def test_a_pipe_that_answers_a_line_error_fails_the_task(self):
        with tempfile.TemporaryDirectory() as folder:
            binary = fake_pipe(folder, """cat >/dev/null; echo '{"error":"not JSON","line":1}'\n""")
            with self.assertRaises(presswatch_spark.PipeFailure):
                run(binary, [("a", b"x")])


if __name__ == "__main__":
    unittest.main()
