#!/usr/bin/env python3
"""Lays real Chinese news articles out the way printed pages come out as text, with gold.

usage: zh_pages.py ARTICLES.jsonl OUT_DIR --split dev|val [--pages N] [--seed S]

ARTICLES.jsonl holds {"id", "text", "summary"} records (Tests/Data/summaries/
headlines-public.jsonl: each news text with its headline). Each article goes to one split
for good, by a hash of its id (one in four to `val`), so the validation pages never reuse a
development article; the layout draws come from the seed, which differs per split too.

Every page draws its own proportions: the share of headlines set before their body (0 to
1, so pages mix both ways), byline forms (■ blocks, 本报讯（记者 …）, agency datelines with
bracketed reporters, 本报记者 lines, （记者 X） closing a body, X/文 Y/图, pen names), kickers
ending in ——, subtitles, 【栏目】 tags, multi-line headlines, photo captions with ■摄影 or
（X 摄）, jump lines (下转第二版 / 上接第一版, furniture), a page opening mid-article, 小标题
sub-headings and lists inside articles, 编者按, column widths, column breaks, paragraph
spacing and page furniture. The gold is written in the seed's format (body gold), so
`page-score` and `LayoutScoreTests` read it as they read the shared pages.
"""
import argparse
import hashlib
import json
import os
import random
import re

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉鹏宇浩凯晨欣怡佳雪琳晶颖婷倩蕾璐俊健斌波鑫博涵轩然睿泽楠帆瑶琪萌悦峰亮云飞龙海燕红玉梅春"
CITIES = ["北京", "上海", "广州", "杭州", "南京", "武汉", "成都", "西安", "长沙", "郑州", "济南", "昆明", "兰州", "拉萨", "乌鲁木齐", "哈尔滨", "沈阳", "福州", "南宁", "海口"]
AGENCIES = ["新华社", "中新社", "人民网", "央视网"]
PAPERS = ["平湖日报", "嘉兴日报", "江南晚报", "滨海日报", "青山日报", "东海都市报"]
COLUMNS = ["【聚焦两会】", "【新春走基层】", "【一线调研】", "【奋进新征程】", "【权威发布】", "【民生关注】", "【经济观察】", "【乡村振兴】"]
NUMERALS = "一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"


def split_of(article_id):
    return "val" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 4 == 0 else "dev"


def person(rng):
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return name + rng.choice(GIVEN) if rng.random() < 0.7 else name


def cells(ch):
    return 1 if ord(ch) < 0x1100 else 2


def sentences(text):
    return [s for s in re.findall(r"[^。！？；]*[。！？；]”?|[^。！？；]+$", text) if s.strip()]


def first_clause(text, limit):
    clause = re.split(r"[，。；：！？、（）“”《》]", text)[0]
    return clause[:limit] if len(clause) >= 4 else None


class Page:
    """The page being written: its lines and, for each, who owns it in the gold."""

    def __init__(self, rng, style):
        self.rng = rng
        self.style = style
        self.lines = []
        self.other = []

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def add(self, text):
        self.lines.append(text)
        return len(self.lines)

    def wrap(self, text, first_indent=0):
        """Cuts text at the column width (cells), hanging a closing mark at the margin."""
        width = self.style["width"] * 2
        out, line, used = [], "", first_indent
        for ch in text:
            if used + cells(ch) > width and line:
                if ch in "，。、；：”）！？":
                    # no line opens on a closing mark: it hangs in the margin, or the last
                    # character goes down with it
                    if self.style["hang"]:
                        out.append(line + ch)
                        line, used = "", 0
                        continue
                    if len(line) > 1:
                        out.append(line[:-1])
                        line = line[-1]
                        used = cells(line)
                        line += ch
                        used += cells(ch)
                        continue
                out.append(line)
                line, used = "", 0
            line += ch
            used += cells(ch)
        if line:
            out.append(line)
        return out

    def spaced_digits(self, line):
        """Text layers often put a space before a run of digits (`今年 77岁`)."""
        if not self.style["digit_space"]:
            return line
        return re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", line)


def render_body(page, art, body_lines):
    """Writes the body paragraphs; returns their first lines (paragraph starts)."""
    rng, style = page.rng, page.style
    starts = []
    for index, para in enumerate(art["paras"]):
        if index > 0 and style["para_blank"]:
            page.blank()
        prefix = art["dateline_text"] if index == 0 and art["dateline_text"] else ""
        # a list is a paragraph an item, set without blank lines between the items
        pieces = para["items"] if para.get("list") else [prefix + para["text"]]
        for piece in pieces:
            # papers set without blank lines mostly indent a paragraph's first line
            wrapped = page.wrap(piece, first_indent=4 if style["indent"] else 0)
            if style["indent"]:
                wrapped[0] = "\u3000\u3000" + wrapped[0]
            starts.append(len(page.lines) + 1)
            for number, line in enumerate(wrapped):
                if 0 < number < len(wrapped) - 1 and rng.random() < style["column_break"]:
                    page.lines.append("")  # a column ends mid-paragraph
                body_lines.append(page.add(page.spaced_digits(line)))
    return starts


def headline_lines(page, art):
    """Writes kicker, headline and subtitle; returns (kicker lines, headline lines)."""
    rng, style = page.rng, page.style
    kicker_lines, lines = [], []
    if art["kicker"]:
        kicker_lines.append(page.add(art["kicker"]))
        if rng.random() < 0.6:
            page.blank()
    head = art["headline_print"]
    # headlines run across columns: one line, or two cut anywhere (at the decks' space
    # mostly), now and then three
    parts = [head]
    if len(head) > 8 and rng.random() < 0.55:
        cut = head.index(" ") if " " in head and rng.random() < 0.6 else rng.randint(3, len(head) - 2)
        parts = [head[:cut], head[cut:]]
        if len(parts[1]) > 8 and rng.random() < 0.12:
            third = rng.randint(2, len(parts[1]) - 1)
            parts = [parts[0], parts[1][:third], parts[1][third:]]
    doubled = rng.random() < style["bold_doubling"]
    for part in parts:
        if part.strip():
            lines.append(page.add(double_bold(part) if doubled else part))
    if art["subtitle"]:
        lines.append(page.add(art["subtitle"]))
    return kicker_lines, lines


def double_bold(line):
    """Bold headline type comes out of some text layers twice, run by run: `“招商日”发力`
    becomes `““招商日招商日””发力发力`; spaces stay single."""
    return " ".join(
        "".join(run * 2 for run in re.findall(r"[\u4e00-\u9fff0-9A-Za-z]+|[^\u4e00-\u9fff0-9A-Za-z]", part))
        for part in line.split(" "))


def letter_spaced(text):
    """Two-character names and role words set with a space between (`记 者`, `胡 侃`)."""
    return re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1 \2", text)


def byline_block(page, art):
    lines = []
    for text in art["byline_block"]:
        if page.style["letter_spacing"] and text.startswith("■"):
            text = "■" + letter_spaced(text[1:])
        elif page.style["letter_spacing"]:
            text = letter_spaced(text)
        lines.append(page.add(text))
    return lines


def make_article(rng, source, style, kind):
    """Draws one article's parts from a source text (its headline and paragraphs)."""
    paras = [p.strip() for p in source["text"].split("\n") if p.strip()]
    budget = rng.randint(120, 900) if kind != "brief" else rng.randint(60, 200)
    chosen, used = [], 0
    for para in paras:
        if used > budget and chosen:
            break
        chosen.append({"text": para})
        used += len(para)
    if kind == "brief":
        chosen = chosen[:1]
    art = {"kind": kind, "paras": chosen, "headline": source["summary"].strip(), "kicker": None,
           "subtitle": None, "bylines": [], "dateline": None, "dateline_text": "",
           "byline_block": [], "byline_where": None, "closing": None}
    if kind == "photo":
        caption = ""
        for sentence in sentences(paras[0]):
            if caption and len(caption) + len(sentence) > 150:
                break
            caption += sentence
        art["paras"] = [{"text": caption}]
        art["headline"] = first_clause(source["summary"], 12) or source["summary"][:10]
        names = [person(rng) for _ in range(rng.randint(1, 3))]
        art["bylines"] = [{"role": "photographer", "names": names}]
        if rng.random() < 0.5:
            art["byline_block"] = ["■摄影 " + " ".join(names)]
            # the credit right under the caption, or under the title below it
            art["byline_where"] = "under_caption" if rng.random() < 0.75 else "after_body"
        else:
            art["closing"] = "（" + " ".join(names) + " 摄）"
    elif kind == "commentary":
        pen = person(rng)
        art["bylines"] = [{"role": "author", "names": [pen]}]
        art["byline_block"] = ["■" + pen]
        art["byline_where"] = rng.choice(["before_body", "before_body", "after_body"])
    else:
        form = style["byline_forms"][rng.randrange(len(style["byline_forms"]))]
        if kind == "brief":
            form = "none"
        reporters = [person(rng) for _ in range(rng.choice([1, 1, 2]))]
        helpers = [person(rng) for _ in range(rng.choice([0, 0, 1, 2]))]
        art["bylines"] = [{"role": "reporter", "names": reporters}]
        if helpers:
            art["bylines"].append({"role": "correspondent", "names": helpers})
        people = "记者 " + " ".join(reporters) + (" 通讯员 " + " ".join(helpers) if helpers else "")
        if form == "agency":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            art["dateline"] = f"{rng.choice(AGENCIES)}{rng.choice(CITIES)}{month}月{day}日电"
            art["dateline_text"] = art["dateline"] + "（" + people + "）"
        else:
            art["dateline"] = "本报讯"
            if form == "bracket":
                art["dateline_text"] = "本报讯（" + people + "）"
            else:
                art["dateline_text"] = "本报讯 "
        if form == "block":
            art["byline_block"] = ["■记者 " + " ".join(reporters)]
            if helpers:
                art["byline_block"].append("通讯员 " + " ".join(helpers))
            art["byline_where"] = style["block_where"]
        elif form == "staff":
            art["byline_block"] = ["本报记者 " + " ".join(reporters)]
            art["bylines"] = [{"role": "reporter", "names": reporters}]
            art["byline_where"] = "before_body"
        elif form == "closing":
            art["closing"] = "（记者 " + " ".join(reporters) + "）"
            art["bylines"] = [{"role": "reporter", "names": reporters}]
        elif form == "text_photo":
            photo = person(rng)
            art["byline_block"] = [" ".join(reporters) + "/文 " + photo + "/图"]
            art["bylines"] = [{"role": "reporter", "names": reporters},
                              {"role": "photographer", "names": [photo]}]
            art["byline_where"] = "before_body"
        elif form == "none":
            art["bylines"] = []
    if kind not in ("photo",) and rng.random() < style["kicker"]:
        clause = first_clause(art["paras"][0]["text"], 18)
        if clause:
            art["kicker"] = clause + "——"
    if kind not in ("photo",) and rng.random() < style["subtitle"]:
        clause = first_clause(art["paras"][-1]["text"], 16)
        if clause:
            art["subtitle"] = "——" + clause
    if kind != "photo" and rng.random() < style["column_tag"] and not art["headline"].startswith("【"):
        art["headline"] = rng.choice(COLUMNS) + art["headline"]
    art["headline_print"] = art["headline"]
    # inside a long article: 小标题, lists, 编者按
    if kind == "news" and len(art["paras"]) >= 3 and rng.random() < style["subheads"]:
        # 小标题: short phrases between paragraphs (other articles' headlines have the shape)
        numbered = rng.random() < 0.5
        places = sorted(rng.sample(range(1, len(art["paras"])), min(2, len(art["paras"]) - 1)))
        for count, at in reversed(list(enumerate(places))):
            head = rng.choice(style["subhead_pool"]).split(" ")[0]
            head = (NUMERALS[count] + "、" if numbered else "") + head
            art["paras"].insert(at, {"text": head, "subhead": True})
    if kind == "news" and rng.random() < style["lists"]:
        items = [s for s in sentences(art["paras"][-1]["text"]) if len(s) > 6][:4]
        if len(items) >= 2:
            marks = rng.choice([["——"] * 4, ["1.", "2.", "3.", "4."], ["（一）", "（二）", "（三）", "（四）"]])
            items = [marks[i] + s for i, s in enumerate(items)]
            art["paras"][-1] = {"text": "".join(items), "list": True, "items": items}
    if kind == "news" and rng.random() < style["editor_note"]:
        note = "".join(sentences(art["paras"][0]["text"])[:1])
        if note:
            art["paras"].insert(0, {"text": "编者按：" + note, "note": True})
            # the dateline goes with the story proper, after the note
            if art["dateline_text"]:
                art["paras"][1] = dict(art["paras"][1])
                art["note_dateline"] = True
    return art


def write_article(page, art, headline_first, index):
    rng, style = page.rng, page.style
    gold = {"kind": art["kind"], "headline": art["headline"], "kicker": art["kicker"],
            "subtitle": art["subtitle"], "bylines": art["bylines"], "dateline": art["dateline"],
            "headline_lines": None, "kicker_lines": None, "byline_lines": [], "body_lines": None,
            "paragraph_starts": [], "paragraphs": [], "body": ""}
    body_lines = []

    def heads():
        kicker, lines = headline_lines(page, art)
        if kicker:
            gold["kicker_lines"] = [kicker[0], kicker[-1]]
        gold["headline_lines"] = [lines[0], lines[-1]]
        page.blank()

    def bylines():
        lines = byline_block(page, art)
        if lines:
            gold["byline_lines"].append([lines[0], lines[-1]])
            page.blank()

    if art["headline"] is None:
        pass
    elif headline_first:
        heads()
    if art["byline_where"] == "before_body":
        bylines()
    if art.get("note_dateline"):
        # 编者按 first, then the dated story
        note = art["paras"][0]
        dated = art["dateline_text"]
        art["dateline_text"] = ""
        art["paras"][1] = {"text": dated + art["paras"][1]["text"]}
    starts = render_body(page, art, body_lines)
    if art["closing"]:
        if rng.random() < 0.5 and page.lines[-1] and len(page.lines[-1]) + len(art["closing"]) <= style["width"] + 8:
            page.lines[-1] += art["closing"]
        else:
            page.add(art["closing"])
            body_lines.append(len(page.lines))
    gold["body_lines"] = [body_lines[0], body_lines[-1]]
    page.blank()
    if art["byline_where"] == "under_caption":
        bylines()
    if art["headline"] is not None and not headline_first:
        heads()
    if art["byline_where"] == "after_body":
        bylines()
    paragraphs = []
    for number, para in enumerate(art["paras"]):
        text = para["text"]
        if para.get("list"):
            paragraphs += para["items"]
            continue
        paragraphs.append(text)
    if art.get("note_dateline"):
        # the dateline is not body text
        paragraphs[1] = paragraphs[1][len(art["dateline"]):].lstrip()
        paragraphs[1] = re.sub(r"^（[^）]*）", "", paragraphs[1])
    clean = [re.sub(r"\s+", "", p) for p in paragraphs]
    gold["paragraphs"] = clean
    gold["paragraph_starts"] = starts[: len(clean)]
    gold["body"] = "".join(clean)
    return gold


def furniture_line(rng, page, role):
    paper = page.style["paper"]
    if role == "page":
        return f"第{rng.randint(1, 16)}版"
    if role == "header":
        y, m, d = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
        return f"{paper} {y}年{m}月{d}日 星期{rng.choice(WEEKDAYS)}"
    if role == "hotline":
        return f"新闻热线：0{rng.randint(10, 999)}-{rng.randint(1000000, 9999999)}"
    if role == "editor":
        return f"责任编辑：{person(rng)} 版式：{person(rng)}"
    return f"{paper[:2]}发布 今{paper[:2]}客户端"


def make_page(rng, sources):
    style = {
        "width": rng.randint(11, 24),
        "before": rng.choice([0.0, 0.2, 0.5, 0.8, 1.0, rng.random()]),
        "hang": rng.random() < 0.7,
        "digit_space": rng.random() < 0.5,
        "para_blank": rng.random() < 0.75,
        "indent": rng.random(),
        "column_break": rng.choice([0.0, 0.02, 0.05]),
        "kicker": rng.choice([0.0, 0.15, 0.3]),
        "subtitle": rng.choice([0.0, 0.1, 0.2]),
        "column_tag": rng.choice([0.0, 0.1, 0.25]),
        "subheads": rng.choice([0.0, 0.2, 0.4]),
        "lists": rng.choice([0.0, 0.1, 0.2]),
        "editor_note": rng.choice([0.0, 0.05, 0.15]),
        "block_where": rng.choice(["before_body", "before_body", "after_body"]),
        "paper": rng.choice(PAPERS),
        "bold_doubling": rng.choice([0.0, 0.0, 0.1, 0.3]),
        "letter_spacing": rng.random() < 0.3,
    }
    forms = ["block", "bracket", "agency", "staff", "closing", "text_photo", "none"]
    weights = [rng.random() ** 2 for _ in forms]
    style["byline_forms"] = rng.choices(forms, weights=weights, k=20)
    style["indent"] = style["indent"] < (0.2 if style["para_blank"] else 0.7)
    style["subhead_pool"] = [s["summary"] for s in sources if 5 <= len(s["summary"]) <= 14] or ["工作取得新进展"]
    page = Page(rng, style)
    golds = []
    for role in rng.sample(["page", "header", "hotline"], rng.randint(0, 2)):
        page.other.append(page.add(furniture_line(rng, page, role)))
        page.blank()
    count = rng.randint(3, 7)
    mid_start = rng.random() < 0.2
    if mid_start:
        source = sources.pop()
        paras = [p for p in source["text"].split("\n") if p.strip()]
        para = paras[min(1, len(paras) - 1)]
        cut = rng.randint(1, max(1, len(para) // 3))
        if rng.random() < 0.5:
            page.other.append(page.add("（上接第一版）"))
        art = {"kind": "news", "paras": [{"text": para[cut:]}] + [{"text": p} for p in paras[2:4]],
               "headline": None, "kicker": None, "subtitle": None, "bylines": [], "dateline": None,
               "dateline_text": "", "byline_block": [], "byline_where": None, "closing": None}
        golds.append(write_article(page, art, False, 0))
    for index in range(count):
        if not sources:
            break
        kind = rng.choices(["news", "brief", "commentary", "photo"], weights=[70, 10, 10, 10])[0]
        art = make_article(rng, sources.pop(), style, kind)
        headline_first = rng.random() < style["before"]
        if kind == "photo":
            headline_first = rng.random() < 0.3
        golds.append(write_article(page, art, headline_first, index))
        if rng.random() < 0.15:
            page.other.append(page.add(furniture_line(rng, page, "promotion")))
            page.blank()
    if rng.random() < 0.25 and golds and golds[-1]["headline_lines"] and golds[-1]["kind"] == "news":
        # the last story jumps to another page: its jump line is furniture
        page.other.append(page.add(f"（下转第{rng.choice(NUMERALS[1:8])}版）"))
        page.blank()
    if rng.random() < 0.5:
        page.other.append(page.add(furniture_line(rng, page, "editor")))
    for gold in golds:
        gold["byline_lines"] = gold["byline_lines"] or []
        if gold["kicker_lines"] is None:
            del gold["kicker_lines"]
    text = "\n".join(page.lines).rstrip("\n") + "\n"
    layout = {key: value for key, value in style.items() if key not in ("subhead_pool", "byline_forms")}
    layout["byline_forms"] = sorted(set(style["byline_forms"]))
    return text, {"source": "tools/pagegen/zh_pages.py", "layout": layout, "articles": golds,
                  "non_article_lines": page.other}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles")
    parser.add_argument("out")
    parser.add_argument("--split", choices=["dev", "val"], required=True)
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else (1 if args.split == "dev" else 2)
    rng = random.Random(seed)
    sources = []
    with open(args.articles, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            paras = [p.strip() for p in record["text"].split("\n") if p.strip()]
            # compilations of items with their own heads (联播快讯) are columns, not articles
            if any(p[-1] not in "。！？”）…" for p in paras) or not paras:
                continue
            if split_of(record["id"]) == args.split:
                sources.append(record)
    os.makedirs(args.out, exist_ok=True)
    pool = []
    for number in range(1, args.pages + 1):
        if len(pool) < 10:
            pool = sources[:]
            rng.shuffle(pool)
        text, gold = make_page(rng, pool)
        name = f"{args.split}{number:03d}"
        with open(os.path.join(args.out, name + ".txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
        with open(os.path.join(args.out, name + ".gold.json"), "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False)
            handle.write("\n")


if __name__ == "__main__":
    main()
