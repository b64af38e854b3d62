#!/usr/bin/env python3
"""The way people process newspaper pages today, for `make bench` to compare against.

A Python pipeline of jieba (word segmentation and TF-IDF keywords), textrank4zh (a
2-sentence TextRank summary) and a regular-expression pass for numbers, run over the same
page files as presswatch, one process, one core. Prints one JSON object with its figures.

usage: baseline.py pipeline PAGE...      pages per second of the whole pipeline
       baseline.py tokenize FILE [fast]  jieba's (or jieba_fast's) words per line, MB/s
"""
import json
import logging
import re
import sys
import time
import warnings

warnings.filterwarnings("ignore")

NUMBER = re.compile(
    r"[0-9０-９]+(?:[.,．][0-9０-９]+)*\s*(?:%|％|万|亿|千|百)?"
    r"(?:[元美欧日港英]?[元币镑]|个|名|家|条|年|月|日|人|项|亩|吨|公里|米)?"
    r"|[零〇一二两三四五六七八九十百千万亿]+(?:个|名|家|条|年|项)")


def pipeline(paths):
    import jieba
    import jieba.analyse
    import networkx
    from textrank4zh import TextRank4Sentence

    # textrank4zh was written for networkx 1.x/2.x; the current networkx renamed this.
    if not hasattr(networkx, "from_numpy_matrix"):
        networkx.from_numpy_matrix = networkx.from_numpy_array

    jieba.setLogLevel(logging.WARNING)
    start = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - start
    pages = [open(p, encoding="utf-8").read() for p in paths]
    total_bytes = sum(len(p.encode("utf-8")) for p in pages)
    start = time.perf_counter()
    for text in pages:
        articles = [a for a in re.split(r"\n\s*\n", text) if a.strip()]
        for article in articles:
            clean = "".join(article.split())
            jieba.lcut(clean)
            jieba.analyse.extract_tags(clean, topK=10)
            NUMBER.findall(clean)
            summarizer = TextRank4Sentence()
            summarizer.analyze(text=clean, lower=True)
            summarizer.get_key_sentences(num=2)
    elapsed = time.perf_counter() - start
    return {"pages": len(pages), "seconds": elapsed, "pages_per_s": len(pages) / elapsed,
            "mb_per_s": total_bytes / elapsed / 1e6, "load_s": load}


def tokenize(path, fast):
    if fast:
        import jieba_fast as jieba
    else:
        import jieba
    jieba.setLogLevel(logging.WARNING)
    start = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - start
    lines = open(path, encoding="utf-8").read().split("\n")
    size = sum(len(line.encode("utf-8")) + 1 for line in lines)
    start = time.perf_counter()
    out = [" ".join(w for w in jieba.cut(line) if not w.isspace()) for line in lines]
    elapsed = time.perf_counter() - start
    return {"tool": "jieba_fast" if fast else "jieba", "bytes": size, "seconds": elapsed,
            "mb_per_s": size / elapsed / 1e6, "load_s": load, "lines": len(out)}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    if sys.argv[1] == "pipeline":
        print(json.dumps(pipeline(sys.argv[2:])))
    elif sys.argv[1] == "tokenize":
        print(json.dumps(tokenize(sys.argv[2], len(sys.argv) > 3 and sys.argv[3] == "fast")))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
