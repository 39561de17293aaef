"""Name words that OCR damaged with a digit for a letter: "Doug1as", "Ca1dwell",
"Gracie1a", "Marcia1", "A1an", "8r0wn" (a capital B read as an 8). Text recognised from
scans confuses a letter with the digit of the same shape (the classic OCR confusion pairs
that `ocr_misreads` folds the other way for numbers: l/1, o/0, s/5, B/8); a name so read
slips past the model and the dictionaries.

A capitalised word whose only non-letters are such digits, single and between or after
lower-case letters (or an 8 for its capital B), is read back with the letters; it is a
name's word when the reading is a dictionary given name ("Doug1as" reads "Douglas"), or
when a given name stands beside it on the line ("Sarah Ca1dwell", "Toro Garay,
Gracie1a", "Nick 8r0wn"). Codes and units stay: "Covid19", "Room10", "B12", "Lot5" hold
two digits in a row, another digit, or too few letters (two lower-case letters and four
characters at least). Only the words around a lower-case letter and such a digit side by
side are read.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "PERSON"

_UNFOLD: Final = str.maketrans({"1": "l", "0": "o", "5": "s", "8": "B"})
# A look-alike digit after or before a lower-case letter (the digit first: the engine
# skips ahead to a digit, where a letter first would try every position).
_GATE = fast_regex.compile(r"[015](?<=\p{Ll}[015])|[0158](?=\p{Ll})")
# A capitalised word of lower-case letters and single look-alike digits.
# A doubled "ll" read as "11" between lower-case letters ("Wi11iams", "Po11ock") too.
_WORD = fast_regex.compile(
    r"(?<![\p{L}\p{N}.@/_-])(?P<word>(?:\p{Lu}|[8](?=\p{Ll}))"
    r"(?:\p{Ll}|[015](?![0-9])|(?<=\p{Ll})11(?=\p{Ll}))+)"
    r"(?![\p{L}\p{N}@_-])"
)
# A neighbour may be misread too ("Lji1jana Eigenwi11ig"): it is read back before the test.
_NEIGHBOUR_BEFORE = fast_regex.compile(r"(?P<word>\p{Lu}[\p{Ll}015]+),?[ \t]$")
_NEIGHBOUR_AFTER = fast_regex.compile(r",?[ \t](?P<word>\p{Lu}[\p{Ll}015]+)")


def _reading(word: str) -> str | None:
    """The word with its look-alike digits read as letters, or None when it is no such
    misread (no digit, or fewer than three lower-case letters)."""
    if not any(c.isdigit() for c in word) or sum(c.islower() for c in word) < 2 or len(word) < 4:
        return None
    return word.translate(_UNFOLD)


def misread_name_words(text: str) -> list[Span]:
    """Name words damaged by OCR (see the module docstring)."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    spans: list[Span] = []
    seen = -1
    for hit in _GATE.finditer(text):
        if hit.start() < seen:
            continue  # the same word's second digit
        start, end = hit.start(), hit.end()
        if start > 0 and text[start - 1].isalpha():
            start -= 1
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "0158"):
            start -= 1
        while end < len(text) and (text[end].isalpha() or text[end] in "015"):
            end += 1
        seen = end
        m = _WORD.match(text, start)
        if m is None or m.end() != end:
            continue
        reading = _reading(m.group("word"))
        if reading is None:
            continue
        before = _NEIGHBOUR_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = _NEIGHBOUR_AFTER.match(text, m.end())
        beside = any(
            n is not None and is_given_name(n.group("word").translate(_UNFOLD))
            for n in (before, after)
        )
        if is_given_name(reading) or beside:
            spans.append(Span(m.start("word"), m.end("word"), KIND, "misread_name_word", 0.6))
    return spans
