#!/usr/bin/env python3
"""Writes Plugins/NumberExtractor/EnglishNumberPhrases+Wiktionary.swift: the English idioms of
Wiktionary that hold an English number word and say no quantity.

Usage: python3 make.py IDIOMS_TXT > ../../Plugins/NumberExtractor/EnglishNumberPhrases+Wiktionary.swift
(IDIOMS_TXT is `revscoring/assets/enwiktionary_idioms.txt` from the PyPI wheel
revscoring-2.11.13-py2.py3-none-any.whl: the titles of the pages of Wiktionary's
"Category:English idioms" of three words or more, one JSON string a line; see NOTICE.)

Which entries, and why (the number extractor must never report a figure the text does not
say, and a phrase kept here only costs a miss where it is wrong). Wiktionary's editors put a
page in the idioms category because its words mean more than they say, so a number word
inside such a phrase counts nothing (`kill two birds with one stone`, `one fell swoop`), unless
the phrase itself is made of a quantity. Kept: a phrase that
- holds a number word the extractor reads alone (`one` .. `ninety`, `first` .. `thousandth`,
  and the plurals only set phrases use, `nines`, `sixes`, `sevens`): a phrase whose only
  number words are `hundred`, `million`, `dozen` or `second` gives a figure on its own terms
  (`a hundred and ten percent`, `a dime a dozen`) or a time (`just a second`);
- has no two number words apart by nothing or by connectives alone: those make a number, a
  score, odds or a sum (`ten to one`, `two for two`, `three score and ten`, `four score and
  seven years ago`), while number words apart by content words each count nothing
  (`kill two birds with one stone`);
- has no number word right before a unit the extractor reads (of time, length, weight or
  money), nor a multiplier or a rate (`forty minutes of hell`, `six feet under`, `nine times
  out of ten`, `a ten foot pole`): those measure what they say;
- has no cardinal number word right before `of`: that is a part of a group, counted (`six of
  the best players`, `one of those things`), as `one of the` is; an ordinal before `of`
  ranks nothing (`first of all`);
- names no month (`born on the Fourth of July` holds a date);
- is written in plain words: letters, spaces and hyphens, no placeholder (`one's`,
  `someone`, `something`, `oneself`: the text never holds those words), no comma (the
  extractor's phrase matcher steps over one space or hyphen between words).
"""
import json
import os
import re
import sys

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
         "seventy eighty ninety").split()
ORDINALS = ("first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
            "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth "
            "hundredth thousandth").split()
# Keys of EnglishNumberPhrases' table: the words a quantity read from English can open with.
KEYED = set(UNITS) | set(ORDINALS) | {"nines", "sixes", "sevens"}
# Every number word, keyed or not, for the rule on number words side by side.
NUMBER_WORDS = KEYED | {"hundred", "thousand", "million", "billion", "dozen", "score", "second",
                        "half"}
# The English units the extractor reads after a number (UnitNames.swift: measures, durations,
# currencies), and the words of a multiplier or a rate.
MEASURES = set(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries foot feet mile miles metre metres meter meters ton tons "
    "tonne tonnes pound pounds dollar dollars cent cents pence euro euros yen yuan "
    "times fold percent per".split())
MONTHS = set("january february march april may june july august september october november "
             "december".split())
CONNECTIVES = {"and", "to", "for", "or", "of", "by", "in", "out", "a"}
PLACEHOLDERS = {"one's", "someone", "someone's", "something", "oneself", "somebody"}

phrases = set()
for line in open(sys.argv[1], encoding='utf-8'):
    title = json.loads(line)
    if any(w in PLACEHOLDERS for w in title.lower().split()):
        continue
    if not re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)+", title):
        continue
    words = re.split('[ -]', title.lower())
    numbers = [i for i, w in enumerate(words) if w in NUMBER_WORDS]
    if not any(words[i] in KEYED for i in numbers):
        continue
    if any(all(w in CONNECTIVES for w in words[i + 1:j]) for i, j in zip(numbers, numbers[1:])):
        continue
    if any(i + 1 < len(words) and words[i + 1] in MEASURES for i in numbers):
        continue
    if any(words[i] in UNITS and i + 1 < len(words) and words[i + 1] == 'of' for i in numbers):
        continue
    if any(w in MONTHS for w in words):
        continue
    phrases.add(' '.join(words))

notice = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'NOTICE')).read().rstrip('\n')
print('// Generated by tools/wiktionary-number-idioms/make.py from Wiktionary; do not edit.')
print('//')
for line in notice.split('\n'):
    print(('// ' + line).rstrip())
print()
print('extension EnglishNumberPhrases {')
print('    /// The phrases, one a line, their words lower case and separated by one space.')
print('    static let wiktionaryPhrases = """')
for phrase in sorted(phrases):
    print('        ' + phrase)
print('        """')
print('}')
