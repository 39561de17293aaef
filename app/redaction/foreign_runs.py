"""Runs of a script without capitals in a text written mainly in Latin letters, masked
whatever stands beside them ("fail towards masking").

In a form, note or letter written in Latin letters, a word of Chinese, Japanese, Korean,
Arabic/Persian, Hebrew, Devanagari, Bengali, Thai or another script of
`script_names.SCRIPTS` is almost always a name, a place or an address copied in the
person's own script: over every DEV-side split, such runs in documents whose Latin
letters outnumber theirs at least 2:1 lay inside a labelled entity 438 times, outside
any entity 7 times (field labels), never inside a kept phrase. A reader of the Latin text
cannot check them either, so the cue and surname rules of `script_names.py` and
`script_runs.py`, which miss a name with no cue beside it ("Consultation — 陈凤英",
"2. लीना साहा - 432508764", "— 真綾 小., LCSW"), are backed here by position alone.

A run is left readable when it is
- a field label the tables already know: `script_names`' name and role labels, or a field
  name of `field_names.py` ("電話", "生年月日", "姓名");
- the label of a number: a colon and digits, or a known field word and digits, follow it
  ("주민번호: 740905-…", "आधार संख्या 4428…");
- a sentence: more than four words, one of them a grammar word of its script
  (`script_names.STOP_WORDS`: "में", "का", "در", "של"...).

A run after a place word ("in", "from", "city", "place of birth") is a place (LOCATION); any
other is a person (PERSON). A label or form of numbers and dates counts as Latin text (its
digits with the Latin letters). Documents mostly in those scripts keep the cue rules only:
there their words are labels and prose as often as names. Scripts with capitals (Cyrillic,
Greek, Armenian) are not read here: in Latin documents every name of theirs on the DEV
side was found already by the capital-letter rules and spaCy, and their runs outside
entities were labels ("Тел.", "ИНН").

Pure `re`; a text of ASCII letters costs one `str.isascii`.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.field_names import field_kind
from app.redaction.script_names import NAME_LABELS, ROLE_LABELS, SCRIPTS, STOP_WORDS
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

RULE: Final = "foreign_runs"
# Below the structured rules and spaCy: a date or an address that holds such a run keeps
# its own kind when the findings merge ("2023년 10월", "東京都渋谷区…").
SCORE: Final = 0.45

# Letters only: Hebrew's geresh and gershayim are quotes too.
_LETTERS: Final = "".join(SCRIPTS.values()).replace("'\"", "")
_HAS_SCRIPT = re.compile(f"[{_LETTERS}]")
# Words joined by a space, a comma, an ideographic space, a katakana middle dot, a hyphen
# or an initial's dot ("波 李", "مجتبوی, م", "真綾 小", "রিয়া দাস-গুপ্ত").
_RUN = re.compile(rf"[{_LETTERS}]+(?:(?:,?[ \u00a0]|\.[ ]?|[\u3000・-])[{_LETTERS}]+)*")
_WORD_GAP = re.compile(r"[,.\s\u3000・-]+")
# Runs of Latin letters and of the letters read here, counted by what removing them
# leaves (one pass in C each).
_LATIN = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]+")
_SCRIPT_LETTERS = re.compile(f"[{_LETTERS}]+")

_LABEL_WORDS: Final = frozenset(NAME_LABELS) | frozenset(ROLE_LABELS)
# A grammar word marks a sentence; "بن" (son of) stands inside Arabic names.
_GRAMMAR: Final = STOP_WORDS - frozenset({"بن"})
# A value that is a number: digits, a phone's "+", a bracketed area code.
_NUMBER_AFTER = re.compile(r"[ \t]*[:：]?[ \t]*[+(]?\d")
_COLON_NUMBER_AFTER = re.compile(r"[ \t]*[:：][ \t]*[+(]?\d")
# Words before a place: prepositions of place and the labels of a place's field.
_PLACE_WORDS: Final = frozenset(
    word_list(
        """
    in at from near city town village district province prefecture county region state
    birthplace birth born site place location residence hometown municipality
    """
    )
)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\.?[ \t]*[:：,\-–|]?[ \t]*$")


def _latin_main(text: str) -> bool:
    """Latin letters and ASCII digits at least twice as many as the letters of the scripts
    read here (their vowel signs and other combining marks not counted: "लीना" is four
    letters, not two). Digits count with the Latin side: a specimen label, wristband or
    form line of dates and record numbers with a name in its own script ("<name>, <name>
    12/03/1961 K12-…", CLSI GP33's two identifiers) holds no prose of that script."""
    latin = len(text) - len(_LATIN.sub("", text))
    theirs = sum(map(str.isalpha, "".join(_SCRIPT_LETTERS.findall(text))))
    return latin >= 2 * theirs


def _is_label(text: str, value: str, end: int) -> bool:
    words = [w for w in _WORD_GAP.split(value) if w]
    if all(w in _LABEL_WORDS for w in words) or field_kind(value) is not None:
        return True
    if _COLON_NUMBER_AFTER.match(text, end):
        return True  # "주민번호: 740905-2420227": the label of a number
    first = words[0]
    known = first in _LABEL_WORDS or field_kind(first) is not None
    return known and _NUMBER_AFTER.match(text, end) is not None


def _is_sentence(value: str) -> bool:
    words = value.split()
    return len(words) > 4 and any(w.strip(",.") in _GRAMMAR for w in words)


def _kind(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    m = _WORD_BEFORE.search(text, max(line_start, start - 40), start)
    place = m is not None and m.group("word").casefold() in _PLACE_WORDS
    return "LOCATION" if place else "PERSON"


def runs_in_latin_text(text: str) -> list[Span]:
    """Every run of a script without capitals in a text written mainly in Latin letters,
    but labels and sentences, as a person (or a place after a place word)."""
    if text.isascii() or not _HAS_SCRIPT.search(text) or not _latin_main(text):
        return []
    spans = []
    for m in _RUN.finditer(text):
        value, start, end = m.group(), m.start(), m.end()
        if not value.strip("\u200c"):
            continue  # a Persian zero-width non-joiner alone is no word
        if _is_label(text, value, end) or _is_sentence(value):
            continue
        spans.append(Span(start, end, _kind(text, start), RULE, SCORE))
    return spans
