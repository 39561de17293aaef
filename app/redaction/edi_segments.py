"""Address findings held to the segments of an EDI interchange (ASC X12, UN/EDIFACT).

An EDI message writes segments one a line, or several on a line: a tag, its elements
behind a separator, and a terminator ("N3*12 OAK STREET~",
"NAD+IV+++ANA RUIZ+KERKSTRAAT 5, 1011 AB, AMSTERDAM'").
The address rules grow a street over the segments around it, which read like the comma
parts of an address line, and so mask the interchange header, the names and the dates
with it as one address. An address is the elements of an address segment (X12 N3/N4,
EDIFACT NAD/ADR/LOC), never a terminator, a tag or another segment: a finding across
segments keeps only its parts in address segments' elements, element by element. A
finding inside one segment's elements is left as it is (a free-text note may hold one).
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span

_ADDRESS: Final = "ADDRESS"
# A segment: tag, separator, elements, terminator (X12 "*" and "~", EDIFACT "+" and "'",
# where "?" releases the next character). It starts a line or follows the last segment's
# terminator: a line may hold several ("ST*835*0001~BPR*I*...~"), and each is its own.
_X12_SEGMENT: Final = re.compile(
    r"(?:^|(?<=~))[ \t]*(?P<tag>[A-Z][A-Z0-9]{1,2})(?P<sep>\*)(?P<body>[^~\n]*)(?P<end>~)",
    re.MULTILINE,
)
_EDIFACT_SEGMENT: Final = re.compile(
    r"(?:^|(?<='))[ \t]*(?P<tag>[A-Z][A-Z0-9]{1,2})(?P<sep>\+)(?P<body>(?:[^'?\n]|\?.)*)(?P<end>')",
    re.MULTILINE,
)
# Segments that hold an address: X12 N3 (street), N4 (town, state, postcode);
# EDIFACT NAD (name and address), ADR (address), LOC (place).
_ADDRESS_TAGS: Final = frozenset({"N3", "N4", "NAD", "ADR", "LOC"})
# The elements of an EDIFACT NAD before its address: tag, party qualifier, party id
# (C082); the party's name (C080, element 4) stays masked as a person, not an address.
_NAD_NOT_ADDRESS: Final = frozenset({0, 1, 2})
_NAD_PARTY_NAME: Final = 4
_PERSON: Final = "PERSON"
_MIN_SEGMENTS: Final = 3  # an interchange, not one line that happens to end in a quote
# Segments that hold no person's data: a transaction set's header and trailer (X12 ST/SE,
# EDIFACT UNH/UNT: message type, control number, implementation guide "005010X222A1"), and
# a line item's product number, quantity, price and amount (EDIFACT LIN/PIA/QTY/PRI/MOA):
# "LIN+1++4006381333931:EN'" is the article's GTIN. A finding inside one is dropped.
_NO_PERSON_TAGS: Final = frozenset({"ST", "SE", "UNH", "UNT", "LIN", "PIA", "QTY", "PRI", "MOA"})


def within_edi_segments(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with each address finding that crosses an EDI segment cut to its parts
    in the elements of address segments (none when it holds none), and without the
    findings inside a segment that holds no person's data."""
    if "~\n" not in text and "'\n" not in text:
        return spans  # cheap: no segment ends a line, no interchange
    segments = sorted(
        [*_X12_SEGMENT.finditer(text), *_EDIFACT_SEGMENT.finditer(text)], key=lambda m: m.start()
    )
    if len(segments) < _MIN_SEGMENTS:
        return spans
    out: list[Span] = []
    for span in spans:
        if any(
            s.group("tag") in _NO_PERSON_TAGS and s.start() <= span.start and span.end <= s.end()
            for s in segments
        ):
            continue
        if span.kind != _ADDRESS or _inside_one_body(span, segments):
            out.append(span)
            continue
        for seg in segments:
            if seg.start() < span.end and span.start < seg.end():
                out += _address_pieces(text, span, seg)
    return out


def _inside_one_body(span: Span, segments: list[re.Match[str]]) -> bool:
    """Whether the finding lies in one segment's elements, or in no segment at all."""
    touched = [s for s in segments if s.start() < span.end and span.start < s.end()]
    if not touched:
        return True
    body = (touched[0].start("body"), touched[0].end("body"))
    return len(touched) == 1 and body[0] <= span.start and span.end <= body[1]


def _address_pieces(text: str, span: Span, seg: re.Match[str]) -> list[Span]:
    """The finding's parts in the address elements of one segment, one piece an element."""
    tag = seg.group("tag")
    if tag not in _ADDRESS_TAGS:
        return []
    pieces: list[Span] = []
    at = seg.start("body")
    # element 0 is the tag: the body holds elements 1, 2, ...
    for index, element in enumerate(seg.group("body").split(seg.group("sep")), start=1):
        start, end = at, at + len(element)
        at = end + 1
        if tag == "NAD" and index in _NAD_NOT_ADDRESS:
            continue
        start, end = max(start, span.start), min(end, span.end)
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
        if start >= end:
            continue
        if tag == "NAD" and index == _NAD_PARTY_NAME:
            pieces.append(Span(start, end, _PERSON, span.rule, span.score))
        else:
            pieces.append(span.moved(start, end))
    return pieces
