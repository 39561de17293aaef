"""A date's weekday written beside it: "2018年9月19日星期三", "2021年6月15日火曜日",
"יום ראשון, 5 בפברואר 2023", "วันอังคารที่ ๒๙ กันยายน ค.ศ. ๒๐๒๐", "1931. december 21., hétfő".

The date finders find the date; this grows each date span over a weekday name of any CLDR
locale (cldr_weekdays.py, generated from babel) standing right before or after it,
across what CLDR's full date patterns put there: a sign (", ", "، ", "၊ "), a space, a
word ("ที่"), or brackets ("15日(火)"). A weekday with a date tells the date again (and
narrows it when the date is partial), so it goes with the date.

Only the spans already found are read (no regex over the text): each side of a date is
looked up in the name set, longest name first. Abbreviations that are words too stay
readable: a Latin, Greek or Cyrillic name needs four letters ("Mon", "Di", "So" do not
count) and a name of one sign ("火", "V") needs brackets.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from app.redaction.cldr_weekdays import GLUE_SIGNS, GLUE_WORDS, NAMES
from app.redaction.spans import Span

_DATE: Final = "DATE_TIME"


def _sizes_by_edge(last: bool) -> dict[str, tuple[int, ...]]:
    """The lengths of the names by their first (or last) sign, longest first: the only
    sizes worth a lookup at a position."""
    sizes: dict[str, set[int]] = {}
    for name in NAMES:
        sizes.setdefault(name[-1] if last else name[0], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()}


_SIZES_FIRST: Final = _sizes_by_edge(last=False)
_SIZES_LAST: Final = _sizes_by_edge(last=True)
_GLUE_LONGEST: Final = max(len(w) for w in GLUE_WORDS)
# CLDR's signs beside the weekday, the spaces, and the commas of other scripts.
_SEPARATORS: Final = frozenset(GLUE_SIGNS - {")"}) | frozenset(" \u00a0\u3000\u202f，、")
_OPEN: Final = "(（"
_CLOSE: Final = ")）"
# Latin, Greek, Cyrillic, Armenian: short names there are words ("so", "do", "mar").
_SPACED_BELOW: Final = 0x0530


def _unspaced(ch: str) -> bool:
    """Whether `ch` is of a script written without spaces between words (Thai, Lao,
    Myanmar, Khmer, kana, Han): a name may be glued to what follows it."""
    o = ord(ch)
    return (
        0x0E00 <= o <= 0x0EFF
        or 0x1000 <= o <= 0x109F
        or 0x1780 <= o <= 0x17FF
        or 0x3040 <= o <= 0x30FF
        or 0x3400 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or o >= 0x20000
    )


def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.casefold())


def _acceptable(name: str, bracketed: bool) -> bool:
    if bracketed:
        return True
    if len(name) == 1:
        return False  # "日" of "15日日本", "V" of a list
    if all(ord(c) < _SPACED_BELOW for c in name):
        return len(name) >= 4
    return True


def _name_after(text: str, i: int) -> int | None:
    """The end of the weekday name starting at `i`, or None."""
    bracketed = i < len(text) and text[i] in _OPEN
    at = i + 1 if bracketed else i
    if at >= len(text):
        return None
    for size in _SIZES_FIRST.get(_fold(text[at])[:1], ()):
        end = at + size
        if end > len(text):
            continue
        name = _fold(text[at:end])
        if name not in NAMES or not _acceptable(name, bracketed):
            continue
        if end < len(text) and _letter(text[end]) and not _unspaced(text[end - 1]):
            continue  # part of a longer word ("Sonntags", "mardi-gras")
        if bracketed:
            return end + 1 if end < len(text) and text[end] in _CLOSE else None
        return end
    return None


def _name_before(text: str, i: int) -> int | None:
    """The start of the weekday name ending at `i`, or None."""
    bracketed = i > 0 and text[i - 1] in _CLOSE
    at = i - 1 if bracketed else i
    if at <= 0:
        return None
    for size in _SIZES_LAST.get(_fold(text[at - 1])[-1:], ()):
        start = at - size
        if start < 0:
            continue
        name = _fold(text[start:at])
        if name not in NAMES or not _acceptable(name, bracketed):
            continue
        if start > 0 and _letter(text[start - 1]) and not _unspaced(text[start]):
            continue
        if bracketed:
            return start - 1 if start > 0 and text[start - 1] in _OPEN else None
        return start
    return None


def _stops_after(text: str, i: int) -> list[int]:
    """Where a weekday may start after a date ending at `i`: right there, past CLDR's
    separators, past a glue word too (nearest first; "日" is glue and a name's start)."""
    stops = [i]
    for _ in range(2):
        j = i
        while j < len(text) and j - i < 2 and text[j] in _SEPARATORS:
            j += 1
        if j != stops[-1]:
            stops.append(j)
        for size in range(min(_GLUE_LONGEST, len(text) - j), 0, -1):
            if _fold(text[j : j + size]) in GLUE_WORDS:
                j += size
                stops.append(j)
                break
        if j == i:
            break
        i = j
    return stops


def _stops_before(text: str, i: int) -> list[int]:
    stops = [i]
    for _ in range(2):
        j = i
        while j > 0 and i - j < 2 and text[j - 1] in _SEPARATORS:
            j -= 1
        if j != stops[-1]:
            stops.append(j)
        for size in range(min(_GLUE_LONGEST, j), 0, -1):
            if _fold(text[j - size : j]) in GLUE_WORDS:
                j -= size
                stops.append(j)
                break
        if j == i:
            break
        i = j
    return stops


def _edge_run(text: str, start: int, end: int, from_end: bool) -> int:
    """The inner edge of the letters a span starts (or ends) with: where a name the span
    covers only partly ("ראשון" of "יום ראשון") may end (or start)."""
    if from_end:
        i = end
        while i > start and _letter(text[i - 1]):
            i -= 1
        return i
    i = start
    while i < end and _letter(text[i]):
        i += 1
    return i


def weekday_spans(text: str, spans: list[Span]) -> list[Span]:
    """For each date in `spans` with a weekday name beside it, the date and the name."""
    grown: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for span in spans:
        if span.kind != _DATE or (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        start, end = span.start, span.end
        inner = _edge_run(text, start, end, from_end=False)
        for at in [*_stops_before(text, start), inner]:
            found = _name_before(text, at)
            if found is not None and found < start:
                start = found
                break
        inner = _edge_run(text, span.start, end, from_end=True)
        for at in [*_stops_after(text, end), inner]:
            found = _name_after(text, at)
            if found is not None and found > end:
                end = found
                break
        if (start, end) != (span.start, span.end):
            grown.append(Span(start, end, _DATE, "date_weekday", span.score))
    return grown
