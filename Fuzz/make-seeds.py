#!/usr/bin/env python3
"""Seed inputs for the fuzz targets, made from the repository's test data (Tests/Data) and
configurations (pipeline.yaml, the YAML the tests write). `make fuzz-seed` merges them into
Fuzz/Corpus/<target>/, keeping only those that add coverage.

usage: Fuzz/make-seeds.py OUT   (writes OUT/configuration, OUT/decoder, OUT/chain)
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "Tests" / "Data"
TOP_KEYS = ("watch:", "output:", "processors:", "max_input_bytes:", "workers:")


def write(folder: pathlib.Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def head(text: str, size: int) -> str:
    """The text's first `size` UTF-8 bytes or fewer, ending at a line end when one is near."""
    cut = text.encode()[:size].decode(errors="ignore")
    line_end = cut.rfind("\n")
    return cut[: line_end + 1] if line_end > size // 2 else cut


def encodings(text: str) -> list[bytes]:
    """The text as each accepted encoding spells it: UTF-8 with and without its byte order
    mark, UTF-16 LE and BE with theirs, GB18030, and CRLF and CR line ends."""
    forms = [text.encode(), b"\xef\xbb\xbf" + text.encode()]
    forms.append(b"\xff\xfe" + text.encode("utf-16-le"))
    forms.append(b"\xfe\xff" + text.encode("utf-16-be"))
    forms.append(text.encode("gb18030"))
    forms.append(text.replace("\n", "\r\n").encode())
    forms.append(text.replace("\n", "\r").encode("gb18030"))
    return forms


def configurations(out: pathlib.Path) -> None:
    write(out, (ROOT / "pipeline.yaml").read_bytes())
    # The multi-line string literals of the tests that look like configurations.
    for swift in sorted((ROOT / "Tests").rglob("*.swift")):
        for literal in re.findall(r'"""\n(.*?)"""', swift.read_text(), re.S):
            if any(key in literal for key in TOP_KEYS):
                # Unindent as Swift does, by the closing delimiter's indentation (approximately:
                # the smallest indentation of a non-empty line).
                lines = literal.split("\n")
                indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
                cut = min(indents, default=0)
                write(out, "\n".join(l[cut:] for l in lines).encode())


def pages() -> list[pathlib.Path]:
    found = [DATA / "seed" / "000_21d0c9da4e890f31.txt"]
    found += sorted((DATA / "pages").glob("*.txt"))
    found += sorted((DATA / "pages-zh" / "dev").glob("*.txt"))[:12]
    found += sorted((DATA / "pages-en" / "dev").glob("*.txt"))[:6]
    return found


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    configurations(out / "configuration")
    for number, page in enumerate(pages()):
        text = page.read_text()
        for data in encodings(head(text, 600)):
            write(out / "decoder", data)
        # The chain gets whole small pages (a few kilobytes) in UTF-8, and every encoding of
        # one page in four.
        chain_text = head(text, 4000)
        forms = encodings(chain_text) if number % 4 == 0 else [chain_text.encode()]
        for data in forms:
            write(out / "chain", data)
    # Damaged bytes: a lone surrogate, a GB18030 sequence cut off, a NUL, a stray 0xFF.
    for data in (b"\xff\xfe\x00\xd8a\x00", b"\xd6\xd0\xce", b"ab\x00c", b"a\xffb", b"\xfe\xff\x00"):
        write(out / "decoder", data)


if __name__ == "__main__":
    main()
