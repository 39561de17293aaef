"""An address finding that grew back over the name or date written before it.

An address grows backwards over the comma-separated segments before it ("Level 3, 12
Garrett Break, ..."), and so also over a name or a date of birth that a form writes on the
same line: "Patient: Okonjo, Tayo, 14 Elm Rise; Fairford" or "Re: Ana Ruiz, DOB 3 May
1970, Flat 2, ...". Masked as one address, the name takes the address's kind, and the
comma between them is masked with it. Where another finding (a person, a date) covers the
head of the address and ends at a separator, the address starts after that separator: the
name keeps its own finding, and only the separator between them is left. No letter or
digit leaves a finding: what was the address's head is still the other finding's.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

_ADDRESS: Final = "ADDRESS"
# Findings that may stand before an address on its line: a person's name, a date of birth.
_HEAD_KINDS: Final = frozenset({"PERSON", "DATE_TIME"})
# The separator a form writes between a name (or a date) and an address.
_SEPARATOR = fast_regex.compile(r"[ \t]*(?:,|;|[ \t][-–][ \t])[ \t]*")
# Bounded: an address holds a few segments, not a page of them.
_MAX_HEADS = 4


def without_leading_findings(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with each address finding started after the person or date findings that
    cover its head and end at a separator ("Okonjo, Tayo, 14 Elm Rise": the address is
    "14 Elm Rise")."""
    heads = [s for s in spans if s.kind in _HEAD_KINDS]
    if not heads or not any(s.kind == _ADDRESS for s in spans):
        return spans
    out = []
    for span in spans:
        out.append(_after_heads(text, span, heads) if span.kind == _ADDRESS else span)
    return out


def _after_heads(text: str, span: Span, heads: list[Span]) -> Span:
    start = span.start
    for _ in range(_MAX_HEADS):
        # the longest head finding over the address's first character, inside the address
        covering = [h for h in heads if h.start <= start < h.end < span.end]
        if not covering:
            break
        head_end = max(h.end for h in covering)
        sep = _SEPARATOR.match(text, head_end, span.end)
        if sep is None or sep.end() >= span.end or not text[sep.end()].isalnum():
            break
        start = sep.end()
    return span if start == span.start else span.moved(start, span.end)
