"""Dates a spreadsheet exports as its day serial: "45806" under "Visit (serial)" or "DOB"
in a CSV is 2025-05-30 (days since 1899-12-30, the serial Excel and LibreOffice keep and
write when a date cell loses its format). The number alone is a count; under a header
that names a day it is the day.

A cell counts when it holds five digits alone (quotes allowed), between 18264 and 73050
(1950 to 2099), and the cell of the same column in the table's first line (the first
line with the delimiter after a blank one, at most 200 lines up) names a day: a word for
a date, a birth, a visit, an admission, a discharge, an appointment, a death. A quoted
cell may run over a line break (RFC 4180): the column is counted from the first line.
"""

from __future__ import annotations

import functools
from typing import Final

from app.redaction import fast_regex
from app.redaction.field_names import words as header_words
from app.redaction.spans import Span
from app.redaction.tables import cells_of
from app.redaction.wordtrie import word_list

KIND: Final = "DATE_TIME"
RULE: Final = "spreadsheet_day_serial"

# Five digits alone (the cell's edges are read after a match: a delimiter, a line's edge).
FIVE = fast_regex.compile(r"(?<![\w.:/+-])(?<!\d,)[1-7]\d{4}(?![\w.:/-])", starts="[1-7]")
_FIRST, _LAST = 18264, 73050  # 1950-01-01 and 2099-12-31 as day serials
_DAY_WORDS: Final = frozenset(
    word_list(
        """
        date dates dated dob birth birthdate birthday born visit visited seen admitted
        admission admit discharged discharge appointment appt onset death died dod
        datum geburtsdatum aufnahme entlassung fecha nacimiento ingreso alta data
        nascimento naissance entrée sortie
        """
    )
)
_DELIMITERS: Final = ",;\t|"
_MAX_UP = 200


def _cell_delimiter(text: str, line_start: int, start: int, end: int) -> str | None:
    """The delimiter of the cell [start, end) when the number is the cell's whole value
    (blanks and a double quote around it allowed), else None."""
    before = text[max(line_start, start - 3) : start].rstrip(' "')
    after_end = text.find("\n", end)
    after = text[end : min(end + 3, len(text) if after_end < 0 else after_end)]
    after = after.lstrip(' "').rstrip("\r")
    left = before[-1:] if before else ""
    right = after[:1]
    if left and left not in _DELIMITERS:
        return None
    if right and right not in _DELIMITERS:
        return None
    if not left and start - line_start > 3:
        return None  # more than blanks and a quote before it on its line
    return left or right or None


def _place(text: str, start: int, pos: int, delimiter: str) -> tuple[int, int]:
    """(row, column) of `pos` in the delimited block that starts at `start`: quoted cells
    may hold the delimiter and line breaks (RFC 4180)."""
    row = column = 0
    quoted = False
    for c in text[start:pos]:
        if c == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif c == delimiter:
            column += 1
        elif c == "\n":
            row, column = row + 1, 0
    return row, column


def _first_line(text: str, line_start: int, delimiter: str) -> tuple[int, int]:
    """(start, end) of the table's first line: the first line that holds `delimiter` in the
    block of lines (after a blank line) that holds the line at `line_start`."""
    start = line_start
    for _ in range(_MAX_UP):
        if start == 0:
            break
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev : start - 1].strip():
            break
        start = prev
    while True:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if delimiter in text[start:end] or start >= line_start:
            return start, end
        start = end + 1


@functools.lru_cache(maxsize=256)
def _day_columns(head: str, delimiter: str) -> frozenset[int]:
    """The columns of a table's first line whose header names a day."""
    return frozenset(
        i
        for i, (start, end) in enumerate(cells_of(head, delimiter))
        if not _DAY_WORDS.isdisjoint(header_words(head[start:end]))
    )


def find_serial_dates(text: str, words: set[str]) -> list[Span]:
    """Day serials under a header that names a day (see above); `words` is the text's
    folded letter runs (`letter_runs.text_words`): a text with no day word is skipped."""
    if words.isdisjoint(_DAY_WORDS):
        return []
    spans: list[Span] = []
    for m in FIVE.finditer(text):
        if not _FIRST <= int(m.group()) <= _LAST:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        delimiter = _cell_delimiter(text, line_start, m.start(), m.end())
        if delimiter is None:
            continue
        head_start, head_end = _first_line(text, line_start, delimiter)
        head = text[head_start:head_end].rstrip("\r")
        days = _day_columns(head, delimiter)
        if not days:
            continue
        row, column = _place(text, head_start, m.start(), delimiter)
        if row > 0 and column in days:
            spans.append(Span(m.start(), m.end(), KIND, RULE, 0.6))
    return spans
