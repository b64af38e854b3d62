#!/usr/bin/env python3
"""Inputs of every shape at a given size, for the scaling table of `make bench` (issue 18).

Each shape is made deterministically (a seeded random.Random) from the text of the pages in
Tests/Data, so that a shape at 4 MB is the same kind of text as at 1 MB, only more of it:
what grows is the amount, never the kind. The shapes are the ones a daemon meets that a
newspaper page is not:

  short-lines-zh / -en   millions of lines of one to a few characters (a list, a dump)
  giant-line-zh / -en    the whole input on one line: real sentences, no line break
  no-punct-zh / -en      text in newspaper columns with no punctuation at all (no sentence
                         end anywhere), and no blank line
  articles-zh / -en      thousands of articles: the pages of Tests/Data one after another
  numbers-zh / -en       sentences dense with amounts, percentages, dates and numerals

    python3 Benchmarks/scaling_inputs.py SHAPE BYTES OUT   # writes one input
    python3 Benchmarks/scaling_inputs.py --list            # the shape names
"""
import glob
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 18  # the number; any fixed value makes the inputs reproducible



def _read(paths):
    return [open(p, encoding="utf-8").read() for p in sorted(paths)]


def zh_pages():
    return _read(glob.glob(os.path.join(ROOT, "Tests/Data/pages-zh/dev/*.txt"))
                 + glob.glob(os.path.join(ROOT, "Tests/Data/pages/*.txt"))
                 + glob.glob(os.path.join(ROOT, "Tests/Data/seed/*.txt")))


def en_pages():
    return _read(glob.glob(os.path.join(ROOT, "Tests/Data/pages-en/dev/*.txt")))


def zh_sentences(pages):
    """The pages' prose cut after each 。！？, with the column line breaks taken out."""
    text = "".join(line for page in pages for line in page.split("\n"))
    out, start = [], 0
    for index, char in enumerate(text):
        if char in "。！？":
            sentence = text[start:index + 1].strip()
            if 8 <= len(sentence) <= 200:
                out.append(sentence)
            start = index + 1
    return out


def en_words(pages):
    return [w for page in pages for w in page.split() if w.isalpha()]


def en_sentences(pages):
    text = " ".join(" ".join(page.split()) for page in pages)
    out = []
    for piece in text.split(". "):
        piece = piece.strip()
        if 6 <= len(piece.split()) <= 60:
            out.append(piece + ".")
    return out


def han_characters(pages):
    return [c for page in pages for c in page if "\u4e00" <= c <= "\u9fff"]


class Writer:
    """Collects UTF-8 text up to a byte budget; the last piece may be cut at a line end."""

    def __init__(self, size):
        self.size, self.parts, self.written = size, [], 0

    def full(self):
        return self.written >= self.size

    def add(self, text):
        data = text.encode("utf-8")
        self.parts.append(data)
        self.written += len(data)

    def bytes(self):
        return b"".join(self.parts)[:self.size]


def _trim(data):
    """Cut at the last whole character (the budget may fall inside a UTF-8 sequence)."""
    return data.decode("utf-8", errors="ignore").encode("utf-8")


def short_lines_zh(rng, size):
    chars = han_characters(zh_pages())
    out = Writer(size)
    while not out.full():
        out.add("".join(rng.choices(chars, k=rng.choice((1, 1, 2, 3)))) + "\n")
    return out.bytes()


def short_lines_en(rng, size):
    words = [w for w in en_words(en_pages()) if len(w) <= 4]
    out = Writer(size)
    while not out.full():
        out.add(rng.choice(words) + "\n")
    return out.bytes()


def giant_line_zh(rng, size):
    sentences = zh_sentences(zh_pages())
    out = Writer(size)
    while not out.full():
        out.add(rng.choice(sentences))
    return out.bytes()


def giant_line_en(rng, size):
    sentences = en_sentences(en_pages())
    out = Writer(size)
    while not out.full():
        out.add(rng.choice(sentences) + " ")
    return out.bytes()


def no_punct_zh(rng, size):
    chars = han_characters(zh_pages())
    out = Writer(size)
    while not out.full():
        out.add("".join(rng.choices(chars, k=rng.randint(14, 24))) + "\n")
    return out.bytes()


def no_punct_en(rng, size):
    words = en_words(en_pages())
    out = Writer(size)
    while not out.full():
        out.add(" ".join(w.lower() for w in rng.choices(words, k=rng.randint(5, 9))) + "\n")
    return out.bytes()


def _articles(pages, rng, size):
    out = Writer(size)
    while not out.full():
        page = rng.choice(pages)
        out.add(page if page.endswith("\n") else page + "\n")
        out.add("\n")
    return out.bytes()


def articles_zh(rng, size):
    return _articles(zh_pages(), rng, size)


def articles_en(rng, size):
    return _articles(en_pages(), rng, size)


ZH_PLACES = ["河南", "江苏", "浙江", "四川", "重庆", "广东", "北京", "上海", "湖北", "山东"]
ZH_THINGS = ["粮食产量", "进出口总额", "社会消费品零售总额", "固定资产投资", "发电量", "客运量"]
ZH_UNITS = ["万吨", "亿元", "万人次", "千瓦时", "万亩", "公里", "台（套）"]
ZH_DIGITS = "〇一二三四五六七八九"


def _zh_numeral(rng):
    return "".join(rng.choice(["三千五百", "一万二千", "四十七", "两百", "十六", "九"])
                   for _ in range(rng.randint(1, 2)))


def numbers_zh(rng, size):
    out = Writer(size)
    column = rng.randint(14, 24)
    line = []
    while not out.full():
        sentence = rng.choice([
            f"{rng.choice(ZH_PLACES)}{rng.randint(2001, 2026)}年{rng.randint(1, 12)}月"
            f"{rng.randint(1, 28)}日{rng.choice(ZH_THINGS)}达到{rng.randint(1, 99999)}"
            f"{rng.choice(ZH_UNITS)}，同比增长{rng.randint(0, 99)}.{rng.randint(0, 9)}%。",
            f"投入{rng.randint(1, 9999)}万元，建成{_zh_numeral(rng)}个项目，"
            f"占全年的{rng.choice(['四分之一', '三成', '九成以上', '百分之十二'])}。",
            f"{''.join(rng.choices(ZH_DIGITS, k=4))}年，{rng.choice(ZH_PLACES)}共有"
            f"{rng.randint(1, 999)}.{rng.randint(10, 99)}万户、{rng.randint(2, 90)}个县。",
        ])
        for char in sentence:
            line.append(char)
            if len(line) == column:
                out.add("".join(line) + "\n")
                line = []
        if rng.random() < 0.1:
            out.add("".join(line) + "\n\n")
            line = []
    return out.bytes()


EN_THINGS = ["wheat", "cotton", "copper", "the bond issue", "receipts", "shipments", "the levy"]
EN_WORDS = ["one", "two", "three", "forty", "sixty-five", "a hundred", "twelve thousand"]
EN_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]


def numbers_en(rng, size):
    out = Writer(size)
    words = []
    while not out.full():
        sentence = rng.choice([
            f"On {rng.choice(EN_MONTHS)} {rng.randint(1, 28)}, {rng.randint(1900, 1930)}, "
            f"{rng.choice(EN_THINGS)} rose {rng.randint(0, 99)}.{rng.randint(0, 9)} per cent "
            f"to ${rng.randint(1, 999):,},{rng.randint(100, 999)}.",
            f"The company shipped {rng.randint(1, 99999):,} tons and {rng.choice(EN_WORDS)} "
            f"cars at {rng.randint(1, 99)} cents a pound, {rng.randint(2, 9)}:{rng.randint(10, 59)} p.m.",
            f"Of the {rng.choice(EN_WORDS)} men, {rng.randint(1, 999)} or "
            f"{rng.randint(1, 99)}% were paid ${rng.randint(1, 99)}.{rng.randint(10, 99)} a day.",
        ])
        words.extend(sentence.split())
        if len(words) > 40 or rng.random() < 0.05:
            text = " ".join(words)
            lines, current = [], ""
            for word in text.split():
                if len(current) + len(word) + 1 > 48:
                    lines.append(current)
                    current = word
                else:
                    current = f"{current} {word}" if current else word
            lines.append(current)
            out.add("\n".join(lines) + "\n\n")
            words = []
    return out.bytes()


SHAPES = {
    "short-lines-zh": short_lines_zh, "short-lines-en": short_lines_en,
    "giant-line-zh": giant_line_zh, "giant-line-en": giant_line_en,
    "no-punct-zh": no_punct_zh, "no-punct-en": no_punct_en,
    "articles-zh": articles_zh, "articles-en": articles_en,
    "numbers-zh": numbers_zh, "numbers-en": numbers_en,
}


def make(shape, size):
    """The input of that shape, `size` bytes or a few less (whole characters only)."""
    return _trim(SHAPES[shape](random.Random(f"{SEED}:{shape}"), size))


def main():
    if sys.argv[1:] == ["--list"]:
        print("\n".join(SHAPES))
        return
    if len(sys.argv) != 4 or sys.argv[1] not in SHAPES:
        sys.exit(f"usage: {sys.argv[0]} SHAPE BYTES OUT (shapes: {', '.join(SHAPES)})")
    open(sys.argv[3], "wb").write(make(sys.argv[1], int(sys.argv[2])))


if __name__ == "__main__":
    main()
