"""Phone numbers and dates with OCR look-alike misreads in their digits: "(201) 5S2-4194",
"(20l) 557-4696", "21 2349 4O59", "1942-lO-08", "l4.O7.1964", "B/l7/62", "17 stycznia 197l".

Text recognised from scans (and typed from them) confuses a digit with the letter of the
same shape: the classic OCR confusion pairs 0/O/o/D/Q, 1/l/I, 2/Z, 5/S, 6/G/b, 8/B, 9/g/q
(the same pairs Unicode's UTS #39 confusables table lists for 0/O and 1/l/I). Such a value
slips past a finder that wants digits, and leaks a birth date or a phone number whole.

The fold is same-length (one letter to one digit), so offsets stay; it is applied only to
the letters of a number-like token: a run of letters and digits holding at least one digit,
or a letter pair of look-alikes between separators with digits on both sides ("1942-lO-08").
The folded line is given to the phone and date finders; a finding counts only when it
covers a folded letter, holds more real digits than folded ones, and is a phone or a date
(no other kind: record numbers keep their letters). Ordinary words never fold: "S1 S2",
"B12", "O2 sat", "L4-L5" fold to nothing any finder takes as a phone or a date.

Gated on the text's words (a letter run of look-alikes, one or two letters long: what a
misread leaves when the words are cut at digits) before any regex runs.
"""

from __future__ import annotations

import itertools
from typing import Final

from app.redaction import fast_regex
from app.redaction.cldr_dates import find_cldr_dates
from app.redaction.patterns import SECOND_PASS_PATTERNS
from app.redaction.phones import find_phones
from app.redaction.record_numbers import LONG_CODE
from app.redaction.spans import Span

FOLD: Final = {
    "O": "0", "o": "0", "D": "0", "Q": "0",
    "l": "1", "I": "1",
    "Z": "2", "z": "2",
    "S": "5", "s": "5",
    "G": "6", "b": "6",
    "B": "8",
    "g": "9", "q": "9",
}  # fmt: skip
_LOOKALIKES: Final = "".join(FOLD)
# What text_words leaves of a misread (letters only, folded): "s" of "5S2", "lo" of "lO".
_GATE: Final = frozenset(
    "".join(p).casefold()
    for n in (1, 2)
    for p in itertools.product([c for c in _LOOKALIKES if c.isalpha()], repeat=n)
)
_SUSPECT = fast_regex.compile(
    rf"\d[{_LOOKALIKES}]|[{_LOOKALIKES}]\d|[-./][{_LOOKALIKES}]{{1,2}}[-./]"
)
# Number-like tokens: runs of letters and digits.
_TOKEN = fast_regex.compile(r"[0-9A-Za-z]+")
_BETWEEN_DATE: Final = frozenset("-./")
_KINDS: Final = frozenset({"PHONE_NUMBER", "DATE_TIME"})
_DATE_PATTERNS: Final = tuple(p for p in SECOND_PASS_PATTERNS if p.kind == "DATE_TIME")
_REACH = 120
# A date already written in digits at the end of a folded phone ("Q3 04-01-2022": a quarter
# and a date, "03 04-01-2022" once folded): the date's own rule masks it; the letters
# before it are a label, no misread.
_DATE_AT_END = fast_regex.compile(
    r"[ \t](?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})$"
)
_LETTERS = fast_regex.compile(r"[^\W\d_]+")


def _foldable(token: str) -> bool:
    return all(c.isdigit() or c in FOLD for c in token)


def _folded_positions(line: str) -> list[int]:
    """Indexes in `line` of the look-alike letters of number-like tokens."""
    tokens = list(_TOKEN.finditer(line))
    out: list[int] = []
    for i, m in enumerate(tokens):
        token = m.group()
        if not _foldable(token) or token.isdigit():
            continue
        if any(c.isdigit() for c in token):
            digits = sum(c.isdigit() for c in token)
            if digits >= len(token) - digits:
                out.extend(m.start() + k for k, c in enumerate(token) if not c.isdigit())
            continue
        if len(token) > 2:
            continue
        # A letter pair between separators, beside digits: "1942-lO-08", "B/l7/62".
        sides = []
        for j, gap in (
            (i - 1, line[tokens[i - 1].end() : m.start()] if i else ""),
            (i + 1, line[m.end() : tokens[i + 1].start()] if i + 1 < len(tokens) else ""),
        ):
            joined = len(gap) == 1 and gap in _BETWEEN_DATE
            sides.append((joined, joined and _numeric(tokens[j].group())))
        if any(ok for _, ok in sides) and all(ok or not joined for joined, ok in sides):
            out.extend(range(m.start(), m.end()))
    return out


def _code_positions(line: str) -> list[int]:
    """Indexes in `line` of the lower-case look-alikes between two digits of a code of
    capitals and digits ("MR9l11726B", "AB12o45678"): a code's letters are capitals, so
    a small "l" or "o" inside its digits is a misread "1" or "0"."""
    out: list[int] = []
    for m in _TOKEN.finditer(line):
        token = m.group()
        if token.islower() or token.isupper() or sum(c.isdigit() for c in token) < _CODE_DIGITS:
            continue  # ("islower": "3b", no capital; "isupper": no small letter to fold)
        small = [k for k, c in enumerate(token) if c.islower()]
        if all(
            token[k] in FOLD
            and 0 < k < len(token) - 1
            and token[k - 1].isdigit()
            and token[k + 1].isdigit()
            for k in small
        ):
            out.extend(m.start() + k for k in small)
    return out


_CODE_DIGITS = 3


def _numeric(token: str) -> bool:
    return _foldable(token) and sum(c.isdigit() for c in token) * 2 >= len(token)


def _dates(text: str) -> list[Span]:
    """The date patterns' findings (checksum and context as structured.pattern_spans
    reads them) and the CLDR month-word dates."""
    words = set(_LETTERS.findall(text.casefold()))
    spans = find_cldr_dates(text, words)
    for pattern in _DATE_PATTERNS:
        if pattern.needs_word is not None and words.isdisjoint(pattern.needs_word):
            continue
        for m in pattern.regex.finditer(text):
            if pattern.validate is not None and not pattern.validate(m.group()):
                continue
            if pattern.needs_context and not _has_context(text, m.start(), pattern.context):
                continue
            spans.append(Span(m.start(), m.end(), pattern.kind, pattern.name, pattern.score))
    return spans


def _has_context(text: str, start: int, context: tuple[str, ...]) -> bool:
    window = text[max(0, start - 40) : start].casefold()
    return any(w in context for w in _LETTERS.findall(window))


def find_misread_numbers(text: str, words: set[str]) -> list[Span]:
    """Phones and dates whose digits OCR misread as look-alike letters (`words`: the
    text's folded letter runs, see letter_runs.text_words)."""
    if words.isdisjoint(_GATE):
        return []
    spans: list[Span] = []
    done = -1
    for hit in _SUSPECT.finditer(text):
        if hit.start() < done:
            continue
        lo = max(text.rfind("\n", 0, hit.start()) + 1, hit.start() - _REACH)
        end = text.find("\n", hit.end())
        hi = min(len(text) if end < 0 else end, hit.end() + _REACH)
        done = hi
        line = text[lo:hi]
        spans += _misread_codes(line, lo)
        positions = _folded_positions(line)
        if not positions:
            continue
        chars = list(line)
        for k in positions:
            chars[k] = FOLD[chars[k]]
        folded = "".join(chars)
        found = [*find_phones(folded), *_dates(folded)]
        marks = set(positions)
        for s in found:
            inside = sum(1 for k in range(s.start, s.end) if k in marks)
            digits = sum(line[k].isdigit() for k in range(s.start, s.end))
            date = _DATE_AT_END.search(line, s.start, s.end) if s.kind == "PHONE_NUMBER" else None
            if date is not None and all(k < date.start() for k in marks if s.start <= k < s.end):
                continue
            if s.kind in _KINDS and 0 < inside < digits:
                spans.append(Span(lo + s.start, lo + s.end, s.kind, "ocr_misread", s.score))
    return spans


def _misread_codes(line: str, lo: int) -> list[Span]:
    """Long codes (record_numbers.LONG_CODE) that a misread small letter cut: found on
    the line with its look-alikes folded, kept when they cover a folded letter."""
    positions = _code_positions(line)
    if not positions:
        return []
    chars = list(line)
    for k in positions:
        chars[k] = FOLD[chars[k]]
    marks = set(positions)
    return [
        Span(lo + m.start(), lo + m.end(), "RECORD_NUMBER", "ocr_misread_code", 0.6)
        for m in LONG_CODE.finditer("".join(chars))
        if any(k in marks for k in range(m.start(), m.end()))
    ]
