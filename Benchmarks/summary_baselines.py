#!/usr/bin/env python3
"""The issue's summarization baselines on a JSON Lines file of {"text", "summary"}: Lead-1,
Lead-3, TextRank (textrank4zh), LexRank (sumy) and snownlp, one sentence each (Lead-3: three),
scored with the character ROUGE of tools/summary-score. `make summary-eval` runs it in the
bench's virtual environment (.bench/venv, made once with these packages), after ours:

    make summary-eval SUMMARY_DATA=DATA.jsonl
"""
import importlib.machinery
import importlib.util
import json
import os
import re
import sys
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
loader = importlib.machinery.SourceFileLoader(
    "summary_score", os.path.join(HERE, "..", "tools", "summary-score"))
spec = importlib.util.spec_from_loader("summary_score", loader)
summary_score = importlib.util.module_from_spec(spec)
loader.exec_module(summary_score)

SENTENCE = re.compile(r"[^。！？!?；;…\n]+[。！？!?；;…]*[”’」』）)]*")


def sentences(text):
    return [s.strip() for s in SENTENCE.findall(text) if s.strip()]


def lead(k):
    return lambda text: "".join(sentences(text)[:k])


def snownlp_summary(text):
    from snownlp import SnowNLP
    found = SnowNLP(text).summary(1)
    return found[0] if found else ""


def textrank4zh_summary(text):
    import networkx
    from textrank4zh import TextRank4Sentence
    # textrank4zh was written for networkx 1.x/2.x; the current networkx renamed this.
    if not hasattr(networkx, "from_numpy_matrix"):
        networkx.from_numpy_matrix = networkx.from_numpy_array
    ranker = TextRank4Sentence()
    ranker.analyze(text=text, lower=True, source="all_filters")
    found = ranker.get_key_sentences(num=1)
    return found[0].sentence if found else ""


def lexrank_summary(text):
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    parser = PlaintextParser.from_string(text, Tokenizer("chinese"))
    found = LexRankSummarizer()(parser.document, 1)
    return str(found[0]) if found else ""


METHODS = {
    "lead-1": lead(1), "lead-3": lead(3), "textrank4zh": textrank4zh_summary,
    "lexrank (sumy)": lexrank_summary, "snownlp": snownlp_summary,
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    try:
        import snownlp, sumy, textrank4zh  # noqa: F401
    except ImportError:
        # Not in the bench's virtual environment yet: make it (once) and run there.
        sys.path.insert(0, HERE)
        import bench
        python = bench.ensure_venv()
        os.execv(python, [python] + sys.argv)
    rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    for name, method in METHODS.items():
        totals = [0.0, 0.0, 0.0]
        for row in rows:
            try:
                candidate = method(row["text"])
            except Exception:
                candidate = ""
            for i, value in enumerate(summary_score.rouge(candidate, row["summary"])):
                totals[i] += value
        n = len(rows)
        print(f"{name:15s} R1 {100 * totals[0] / n:.2f}  R2 {100 * totals[1] / n:.2f}  "
              f"RL {100 * totals[2] / n:.2f}  ({n} texts)", flush=True)


if __name__ == "__main__":
    main()
