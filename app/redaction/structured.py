"""Every structured identifier in a text, by patterns and validators only (no NLP).

The one list both passes run: the ingest analyzer adds these findings to Presidio's and
spaCy's, and the workstation's second pass runs exactly this before text is shown, so an
identifier one pass knows the other knows too.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.accounts import find_accounts
from app.redaction.addresses import find_addresses
from app.redaction.ages import find_ages
from app.redaction.devices import find_devices
from app.redaction.national_ids import find_national_ids
from app.redaction.patterns import DAY_WORD_BEFORE, SECOND_PASS_PATTERNS, IdPattern
from app.redaction.phones import find_phones
from app.redaction.places import find_places
from app.redaction.record_numbers import find_by_context, find_fixed_shapes
from app.redaction.spans import Span
from app.redaction.vehicles import find_vehicles

# How far before a weak match a context word may stand (about five words).
_CONTEXT_CHARS = 40
_WORD = fast_regex.compile(r"[A-Za-z]+")


def has_context(text: str, start: int, pattern: IdPattern) -> bool:
    """True when one of `pattern`'s context words stands shortly before `start`."""
    window = text[max(0, start - _CONTEXT_CHARS) : start].casefold()
    words = set(_WORD.findall(window))
    return any(c in words for c in pattern.context)


_LETTERS = fast_regex.compile(r"[^\W\d_]+")


def pattern_spans(text: str, patterns: tuple[IdPattern, ...] = SECOND_PASS_PATTERNS) -> list[Span]:
    """Matches of `patterns` whose checksum passes and whose context word, if needed, is near."""
    spans: list[Span] = []
    words: set[str] | None = None  # the text's words, folded, once a pattern needs them
    for pattern in patterns:
        if pattern.needs_word is not None:
            if words is None:
                words = set(_LETTERS.findall(text.casefold()))
            if words.isdisjoint(pattern.needs_word):
                continue
        for m in pattern.regex.finditer(text):
            if pattern.validate is not None and not pattern.validate(m.group()):
                continue
            if pattern.needs_context and not has_context(text, m.start(), pattern):
                continue
            start = m.start()
            if pattern.kind == "DATE_TIME" and (
                day := DAY_WORD_BEFORE.search(text, max(0, start - 8), start)
            ):
                start = day.start()  # "ngày 11 tháng 3 năm 2023": the day word too
            spans.append(Span(start, m.end(), pattern.kind, pattern.name, pattern.score))
    return spans


def find_structured(text: str) -> list[Span]:
    """Every structured identifier in `text` (overlapping; merge them before masking)."""
    return [
        *pattern_spans(text),
        *find_addresses(text),
        *find_places(text),
        *find_phones(text),
        *find_national_ids(text),
        *find_accounts(text),
        *find_by_context(text),
        *find_fixed_shapes(text),
        *find_ages(text),
        *find_vehicles(text),
        *find_devices(text),
    ]
