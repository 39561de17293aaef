"""Text read as a reader reads a scan: "M E G A N" is MEGAN, "Edw-\\nards" is Edwards, and
"5AMUEL" is SAMUEL. The name finders then run over that reading, and what they find maps
back onto the original offsets.

Three damages that scans and forms leave on names, each undone by a reader without thought:

- letter-spaced words: boxed form fields (one capital a box) and letter-spaced headings
  put a space between letters. Three or more single letters, one space apart, of one case
  shape (all capitals, all lower case, or a capital then lower case), are one word; two
  spaces or any other character end it, so "S U M M A R Y  N O T E S" reads "SUMMARY  NOTES".
- a word hyphenated across a line break (typesetting's line-end hyphen; OCR engines keep
  it as "-", a soft hyphen U+00AD or "¬"): a letter, the hyphen and the line break, then a
  lower-case letter, read as one word. A capital after the break is a real hyphen's
  ("Smith-\\nJones") and is left alone.
- digits read for letters of the same shape, the classic OCR confusion pairs (Rice, Jenkins
  and Nartker, ISRI annual tests of OCR accuracy; Tesseract's unicharambigs): 0/O, 1/I,
  5/S, 8/B (1 in a word in lower case may be i or l: left to `name_misreads`, which asks
  a dictionary). Only inside a word that is otherwise letters: at least four letters of
  one case shape and single digits (no two digits side by side), so codes and units
  ("COVID19", "B12", "H1N1", "L4-L5", postcodes' "IG8V") are no word of letters and stay
  as they are; nor is a hexadecimal group ("ECE8" of an IPv6 address).

The reading is a string and, for each of its characters, the offset of the character of
the original it was read from (increasing). A finding [start, end) in the reading maps to
the original's [index[start], index[end - 1] + 1): the same letters, with the spaces,
hyphen and line break between them. The finders that run over a reading do not read it
again.

Only person findings that touch an undone damage are kept: everywhere else the reading is
the text, and the finders have already run over it. Gated on a cheap search for each
damage before any reading is built; the finders run only over the lines with a damage
(and one line either side, for a field's label).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "ocr_reading"

_HYPHENS: Final = "-\u00ad\u2010¬"
# Three or more single letters one space apart, not glued to a word or a number.
_SPACED = fast_regex.compile(r"(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])")
_LINE_END_HYPHEN = fast_regex.compile(
    rf"(?<=\p{{L}}\p{{L}})[{_HYPHENS}][ \t]*\r?\n"
    r"[ \t]*(?=\p{Ll})"
)
# Two single letters after a space (the space first: the engine skips to a space).
_SPACED_GATE = fast_regex.compile(r" \p{L} \p{L}(?![\p{L}\p{N}])")
# A look-alike digit beside a letter (the digit first: the engine skips to a digit).
_DIGIT_GATE = fast_regex.compile(r"[0158](?=\p{L})|[0158](?<=\p{L}[0158])")
# A word on its own: not part of an address, a handle or a path ("mei.martin5@...").
_WORD = fast_regex.compile(
    r"(?<![\p{L}\p{N}_.@/\\])[\p{L}0-9]+(?![\p{L}\p{N}_@/\\]|\.[\p{L}\p{N}])"
)
# Set while the finders run over a reading: a reading is not read again.
_READING: ContextVar[bool] = ContextVar("_READING", default=False)
_HEX: Final = frozenset("0123456789ABCDEFabcdef")
_UPPER_FOLD: Final = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B"})
_LOWER_FOLD: Final = str.maketrans({"0": "o", "5": "s", "8": "B"})


@dataclass(frozen=True)
class Reading:
    """`text` as read; `index[i]` is the original offset `text[i]` was read from;
    `repairs` are the [start, end) ranges of the reading where a damage was undone."""

    text: str
    index: tuple[int, ...]
    repairs: tuple[tuple[int, int], ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original's [start, end) that the reading's [start, end) was read from."""
        return self.index[start], self.index[end - 1] + 1


def _one_case_shape(letters: str) -> bool:
    """All capitals, all lower case, or a capital then lower case ("Megan")."""
    return (
        letters.isupper() or letters.islower() or (letters[0].isupper() and letters[1:].islower())
    )


def _short_name_word(word: str) -> str | None:
    """A short capitalised word with zeros for its lower-case o ("R0b", "T0m", "J0n"): a
    name's shape no code or unit takes (those are capitals and digits, or a digit first)."""
    rest = word[1:]
    if len(word) < 3 or not word[0].isupper() or "0" not in rest:
        return None
    if not rest.replace("0", "").isalpha() or not rest.replace("0", "").islower():
        return None
    return word[0] + rest.replace("0", "o")


# Capitals with one pair of 0s and 1s read for "OO", "IO", "OI" ("MAR10", "BR00KE"):
# a given name's letters when a dictionary holds the reading (as `name_misreads` asks),
# a code's or a date's otherwise ("XY10Z", "FEB01"). Three capitals at least.
_CAPS_PAIR = re.compile(r"[A-Z]*(?:00|10|01)[A-Z]*")
_CAPS_PAIR_LETTERS = 3


def _caps_pair(word: str, letters: str) -> bool:
    return (
        len(letters) >= _CAPS_PAIR_LETTERS
        and letters.isascii()
        and letters.isupper()
        and _CAPS_PAIR.fullmatch(word) is not None
        and not all(c in _HEX for c in word)
    )


def _given_reading(reading: str) -> str | None:
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    return reading if is_given_name(reading) else None


def _folded_word(word: str) -> str | None:
    """`word` with its look-alike digits read as letters, or None when it is no word of
    letters damaged so (see the module docstring)."""
    letters = "".join(c for c in word if c.isalpha())
    digits = len(word) - len(letters)
    if _caps_pair(word, letters):
        return _given_reading(word.translate(_UPPER_FOLD))
    if digits and len(letters) < 4:
        return _short_name_word(word)
    if not digits or not _one_case_shape(letters):
        return None
    if all(c in _HEX for c in word):
        return None  # "ECE8", "8DC6": a hexadecimal group (IPv6, a hash), not a word
    if any(c.isdigit() and c not in "0158" for c in word):
        return None
    if any(a.isdigit() and b.isdigit() for a, b in itertools.pairwise(word)):
        return None
    if letters.isupper():
        return word.translate(_UPPER_FOLD)
    if "1" in word:
        return None  # "Referr1ng", "Doug1as": i or l? name_misreads asks a dictionary
    folded = word.translate(_LOWER_FOLD)
    if word[0].isdigit() and letters.islower():
        folded = folded[0].upper() + folded[1:]  # "5amuel": a name's capital, misread
    return folded


def _edits(text: str) -> list[tuple[int, int, str]]:
    """The damages found in `text`: (start, end, what a reader reads there), in order,
    not overlapping."""
    edits: list[tuple[int, int, str]] = []
    if (gate := _SPACED_GATE.search(text)) is not None:
        for m in _SPACED.finditer(text, max(0, gate.start() - 1)):
            letters = m.group()[::2]
            if _one_case_shape(letters):
                edits.append((m.start(), m.end(), letters))
    if "\n" in text:
        edits += [(m.start(), m.end(), "") for m in _LINE_END_HYPHEN.finditer(text)]
    seen = -1
    for hit in _DIGIT_GATE.finditer(text):
        if hit.start() < seen:
            continue
        start = hit.start()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        m = _WORD.match(text, start)
        if m is None:
            seen = hit.end()
            continue
        seen = m.end()
        folded = _folded_word(m.group())
        if folded is not None:
            edits.append((m.start(), m.end(), folded))
    edits.sort()
    out: list[tuple[int, int, str]] = []
    for edit in edits:
        if not out or edit[0] >= out[-1][1]:
            out.append(edit)
    return out


def read(text: str) -> Reading:
    """`text` as a reader reads it (see the module docstring)."""
    return _read(text, _edits(text))


def _read(text: str, edits: list[tuple[int, int, str]]) -> Reading:
    parts: list[str] = []
    index: list[int] = []
    repairs: list[tuple[int, int]] = []
    at = 0
    length = 0
    for start, end, reading in edits:
        parts.append(text[at:start])
        index.extend(range(at, start))
        length += start - at
        if reading:
            # Same length: one to one. Collapsed letters: each letter from its own offset.
            # The empty reading of a line-end hyphen: the letters on both sides join.
            if len(reading) == end - start:
                index.extend(range(start, end))
            else:
                index.extend(range(start, end, 2))
            parts.append(reading)
            repairs.append((length, length + len(reading)))
            length += len(reading)
        else:
            repairs.append((max(0, length - 1), length + 1))
        at = end
    parts.append(text[at:])
    index.extend(range(at, len(text)))
    return Reading("".join(parts), tuple(index), tuple(repairs))


# The last text read and its reading (None: no damage). `names_in_reading` (from
# find_spans) and `mentions_in_reading` (from redact_text) read the same document, and
# finding its damages is a pass over the whole text. One entry, replaced as a whole (never
# mutated), so a thread that finds another's entry only reads the text again.
_NO_READING: Final[tuple[str, Reading | None]] = ("", None)
_LAST: tuple[str, Reading | None] = _NO_READING


def _reading_of(text: str) -> Reading | None:
    """`read(text)`, or None when `text` holds no damage; remembered for the last text."""
    global _LAST  # noqa: PLW0603 - the one-entry cache above
    last_text, last = _LAST
    if text is last_text or text == last_text:
        return last
    edits = _edits(text)
    reading = _read(text, edits) if edits else None
    _LAST = (text, reading)
    return reading


def _forget(text: str) -> None:
    """Drop the remembered reading of `text` (no document is kept past its redaction)."""
    global _LAST  # noqa: PLW0603
    if _LAST[0] is text:
        _LAST = _NO_READING


def _windows(reading: Reading) -> list[tuple[int, int]]:
    """The lines of the reading holding a repair, with one line either side, merged."""
    text = reading.text
    windows: list[tuple[int, int]] = []
    for start, end in reading.repairs:
        a = text.rfind("\n", 0, max(0, start))
        a = text.rfind("\n", 0, a) + 1 if a > 0 else 0
        b = text.find("\n", end)
        b = text.find("\n", b + 1) if b >= 0 else -1
        b = len(text) if b < 0 else b
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
        else:
            windows.append((a, b))
    return windows


def names_in_reading(text: str, find: Callable[[str], list[Span]]) -> list[Span]:
    """Person findings of `find` over the reading of `text` that touch an undone damage,
    on the original's offsets."""
    if _READING.get():
        return []
    reading = _reading_of(text)
    if reading is None:
        return []
    spans: list[Span] = []
    for a, b in _windows(reading):
        token = _READING.set(True)
        try:
            found = find(reading.text[a:b])
        finally:
            _READING.reset(token)
        for span in found:
            start, end = span.start + a, span.end + a
            if span.kind != KIND or start >= end:
                continue
            if not any(s < end and start < e for s, e in reading.repairs):
                continue
            o_start, o_end = reading.original(start, end)
            spans.append(Span(o_start, o_end, KIND, RULE, span.score))
    return spans


def mentions_in_reading(
    text: str, seeds: list[Span], mentions: Callable[[str, list[Span]], list[Span]]
) -> list[Span]:
    """Other mentions of found values that only the reading shows (`mentions` over the
    reading, given the `seeds` moved onto it): "C U L H A N E" in a form's boxes is the
    "Culhane" found in its signature, and "5AMUEL" the "Samuel" found elsewhere. Only
    mentions that touch an undone damage are kept, on the original's offsets."""
    if _READING.get():
        return []
    reading = _reading_of(text) if seeds else None
    _forget(text)  # the last reader of this text's reading (see `_reading_of`)
    if reading is None:
        return []
    moved = []
    for seed in seeds:
        start = bisect.bisect_left(reading.index, seed.start)
        end = bisect.bisect_left(reading.index, seed.end)
        if start < end:
            moved.append(seed.moved(start, end))
    spans = []
    for span in mentions(reading.text, moved):
        if any(s < span.end and span.start < e for s, e in reading.repairs):
            start, end = reading.original(span.start, span.end)
            spans.append(span.moved(start, end))
    return spans
