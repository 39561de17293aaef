"""Separators at the edges of a finding, and between the two parts of a "Last, First" name.

A finding often takes the comma, space or full stop that follows it ("Hussein," before a
licence number; "Benoni, 3099." at the end of a sentence), or the comma between a
surname and a given name ("Jenkins, Sharon"). Those characters identify no one; masking
them only hides the text's punctuation. Trimming them never lets a letter or a digit of
the value through: only punctuation and spaces leave the span.
"""

from __future__ import annotations

import re

from app.redaction.spans import Span

# Punctuation that a finding may take at its start or end without it being part of the
# value; a bracket only when its partner is not in the span. A full stop is trimmed only
# after a digit or a word of 3+ letters that is no abbreviation: "St." and "Jr." keep
# theirs (part of the value).
# A double quote at an edge encloses the value (a JSON or CSV string, a log's quoted
# URL, RFC 3986 has no '"' in a URI): it is no character of it.
_LEAD = ' \t\n,;:]}—–/_"'
_TRAIL = ' \t\n,;:[{—–_"'
# Closing brackets a finding may take after it ('"}' of a JSON object) when their
# partner is not in the span.
_CLOSERS = {")": "(", "}": "{", "]": "["}
# A mail URI's scheme before an e-mail address (RFC 6068): the address is the value.
_MAILTO = "mailto:"
_STOP_AFTER = re.compile(r"(?:([^\W\d_]{3,})|\d)\.$")
# Two full stops or more before a value: the dotted leader between a form's label and value.
_LEADER = re.compile(r"\.{2,}")
_ABBREVIATIONS = ("str", "ave", "blvd", "apt", "ste", "bldg", "esq", "inc", "ltd", "corp")
# The comma of "Surname, Given", or a spaced slash between two names ("crew: A. Ng /
# B. Oduya"): a letter on each side.
_NAME_COMMA = re.compile(r"(?<=[^\W\d_])(,[ \t]{0,2}|[ \t]+/[ \t]+)(?=[^\W\d_])")
_SEPARATORS = re.compile(r"[|^~]+")
_URL_KINDS = frozenset({"URL", "EMAIL_ADDRESS", "EMAIL"})
_WORD = re.compile(r"[^\W\d_]+\.?")
# What is left between the two parts once they are masked apart.
NAME_COMMA_GAP = re.compile(r",[ \t]{0,2}|\^")


def _trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    if span.kind in _URL_KINDS and text.startswith(_MAILTO, start, end) and "@" in text[start:end]:
        start += len(_MAILTO)
    while start < end:
        c = text[start]
        if c in _LEAD or (c == "(" and ")" not in text[start:end]):
            start += 1
        elif leader := _LEADER.match(text, start, end):
            start = leader.end()  # "ADDRESS ....... 12 Elm Rise": a form's dotted leader
        else:
            break
    while start < end and _trailing(text, start, end):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return span.moved(start, end)


def _trailing(text: str, start: int, end: int) -> bool:
    """Whether the last character of [start, end) is a separator the value does not hold."""
    c = text[end - 1]
    if c in _TRAIL or (c in _CLOSERS and _CLOSERS[c] not in text[start:end]):
        return True
    if c != ".":
        return False
    m = _STOP_AFTER.search(text, start, end)
    return m is not None and not (m.group(1) or "").casefold().endswith(_ABBREVIATIONS)


def _name_parts(text: str, span: Span) -> list[Span]:
    """A person finding split at the comma of "Last, First" (both parts capitalised). A
    title after the comma is the name's suffix ("Okafor, Sr"), not a part of its own."""
    from app.redaction.names import is_title  # noqa: PLC0415 - a cycle through text

    pieces: list[Span] = []
    start = span.start
    for m in _NAME_COMMA.finditer(text, span.start, span.end):
        if not (text[start].isupper() and text[m.end()].isupper()):
            continue
        after = _WORD.match(text, m.end(), span.end)
        if after and is_title(after.group()):
            continue
        pieces.append(span.moved(start, m.start()))
        start = m.end()
    if not pieces:
        return [span]
    return [*pieces, span.moved(start, span.end)]


def without_separators(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with separators trimmed from their edges, and person findings split at the
    comma of a "Last, First" name."""
    out: list[Span] = []
    for whole in spans:
        for span in _field_parts(text, whole):
            trimmed = _trim(text, span)
            if trimmed is None:
                continue
            if trimmed.kind == "PERSON":
                out += _name_parts(text, trimmed)
            else:
                out.append(trimmed)
    return out


def _field_parts(text: str, span: Span) -> list[Span]:
    """A finding split at the field and component separators of HL7 v2 ("|", "^", "~"):
    "street^^city" is two values."""
    if span.kind in _URL_KINDS:
        return [span]  # "~user" and "a|b" are part of a URL's path
    pieces: list[Span] = []
    start = span.start
    for m in _SEPARATORS.finditer(text, span.start, span.end):
        if m.start() > start:
            pieces.append(span.moved(start, m.start()))
        start = m.end()
    if not pieces and start == span.start:
        return [span]
    if span.end > start:
        pieces.append(span.moved(start, span.end))
    return pieces
