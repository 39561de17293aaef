"""Text spans without Qt: span values, our own selection, word moves, find, overlap lanes.

Offsets in label values are Unicode code points into the text as shown (after the
workstation's second-pass masking); Qt counts UTF-16 units, so `Utf16Map` converts at the
boundary. The selection never touches any clipboard: it is two integers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.encoding import JsonObject, is_int


@dataclass(frozen=True)
class Span:
    annotation_id: str
    start: int
    end: int
    label: str


def span_value(start: int, end: int, label: str) -> JsonObject:
    return {"start": start, "end": end, "label": label}


def parse_span(annotation_id: str, value: Any, text_len: int) -> Span | None:
    """A stored span value, or None when it is deleted or does not fit this text."""
    if not isinstance(value, dict) or value.get("deleted") is True:
        return None
    start, end, label = value.get("start"), value.get("end"), value.get("label")
    if not (is_int(start) and is_int(end) and isinstance(label, str)):
        return None
    if not 0 <= start < end <= text_len:
        return None
    return Span(annotation_id, start, end, label)


def lanes(spans: Sequence[Span]) -> dict[str, int]:
    """Lane per span so that overlapping spans never share one (greedy interval colouring,
    longest first at equal starts so that nested spans sit under their parent)."""
    ends: list[int] = []  # last end in each lane
    result: dict[str, int] = {}
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.annotation_id)):
        for lane, end in enumerate(ends):
            if end <= span.start:
                ends[lane] = span.end
                result[span.annotation_id] = lane
                break
        else:
            ends.append(span.end)
            result[span.annotation_id] = len(ends) - 1
    return result


def spans_at(spans: Iterable[Span], pos: int) -> list[Span]:
    """Spans covering code point `pos`, innermost (shortest) first."""
    return sorted((s for s in spans if s.start <= pos < s.end), key=lambda s: s.end - s.start)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char) == "Mn"


def next_word(text: str, pos: int) -> int:
    """Ctrl+Right: the end of the current or next word."""
    n = len(text)
    while pos < n and not _is_word(text[pos]):
        pos += 1
    while pos < n and _is_word(text[pos]):
        pos += 1
    return pos


def previous_word(text: str, pos: int) -> int:
    """Ctrl+Left: the start of the current or previous word."""
    while pos > 0 and not _is_word(text[pos - 1]):
        pos -= 1
    while pos > 0 and _is_word(text[pos - 1]):
        pos -= 1
    return pos


def word_at(text: str, pos: int) -> tuple[int, int]:
    """The word around `pos` (double click); an empty range on a non-word character."""
    if not 0 <= pos < len(text) or not _is_word(text[pos]):
        return pos, pos
    return previous_word(text, pos + 1), next_word(text, pos)


@dataclass
class Selection:
    """Anchor and caret in code points; the selected range is between them."""

    anchor: int = 0
    caret: int = 0

    @property
    def range(self) -> tuple[int, int]:
        return min(self.anchor, self.caret), max(self.anchor, self.caret)

    @property
    def empty(self) -> bool:
        return self.anchor == self.caret

    def move(self, pos: int, *, extend: bool) -> None:
        self.caret = pos
        if not extend:
            self.anchor = pos

    def select(self, start: int, end: int) -> None:
        self.anchor, self.caret = start, end

    def trimmed(self, text: str) -> tuple[int, int]:
        """The range without outer white space: a span never starts or ends on a blank."""
        start, end = self.range
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every case-insensitive match of `query`, as code-point ranges, without overlaps."""
    if not query:
        return []
    folded, needle = text.casefold(), query.casefold()
    if len(folded) != len(text):  # casefold changed lengths (e.g. ß): match exactly instead
        folded, needle = text, query
    found, pos = [], folded.find(needle)
    while pos >= 0:
        found.append((pos, pos + len(needle)))
        pos = folded.find(needle, pos + len(needle))
    return found


class Utf16Map:
    """Code point <-> UTF-16 offsets for one text (identity when every char is in the BMP)."""

    def __init__(self, text: str) -> None:
        self._starts: list[int] | None = None
        if not text.isascii() and max(text) > "\uffff":  # any astral character
            starts, unit = [], 0
            for char in text:
                starts.append(unit)
                unit += 2 if ord(char) > 0xFFFF else 1
            starts.append(unit)
            self._starts = starts
        self.length = len(text)

    def to_utf16(self, pos: int) -> int:
        return pos if self._starts is None else self._starts[pos]

    def from_utf16(self, unit: int) -> int:
        if self._starts is None:
            return max(0, min(unit, self.length))
        # binary search: the code point whose start is the last <= unit
        lo, hi = 0, self.length
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._starts[mid] <= unit:
                lo = mid
            else:
                hi = mid - 1
        return lo
