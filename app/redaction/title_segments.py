"""A document's first-line title of several parts ("ATESTADO - DENUNCIA", "Amtsgericht -
Ladung", "Strafanzeige / Vernehmung"): a finding across a spaced dash or slash of it.

`label_guards.document_title` knows a title to its first spaced dash, slash, column gap or
bracket; spaCy reads a title's parts as one name across that dash. Here what the finding
holds of every part it touches must be a title by itself (`label_guards.title_part`: a
document noun, its other words document words or lower case, no given name); one piece that
is not ("Befund - Okafor", a date, a number) keeps the finding masked, and so does a finding
off line 1. `name_guards.not_a_person` asks this of findings made from the word itself.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.label_guards import title_part
from app.redaction.spans import Span

# Where a title's parts meet: a spaced dash or slash, a column gap (label_guards' ends,
# without the bracket, after which a title goes on in no part of its own).
_PART_END = fast_regex.compile(r"[ \t]+[-–—/][ \t]+|[ \t]{2,}|\t")
_PARTS = 2
_BLANKS = fast_regex.compile(r"\s*")


def across_title_parts(text: str, span: Span) -> bool:
    """`span` lies on the document's first line, holds a spaced dash or slash (or a column
    gap), and every part of that line it touches is a document's title by itself."""
    first = _BLANKS.match(text).end()  # (`\s*` matches every text)
    if span.start < first or text.find("\n", first, span.end) >= 0:
        return False  # before the text, or past its first line: cheap, on every finding
    if _PART_END.search(text, span.start, span.end) is None:
        return False
    eol = text.find("\n", span.end)
    end = eol if eol >= 0 else len(text)
    parts: list[tuple[int, int]] = []
    at = first
    for m in _PART_END.finditer(text, first, end):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, end))
    # what the finding holds of each part it touches ("DENUNCIA" of "DENUNCIA n.º 7128/26")
    pieces = [
        text[max(a, span.start) : min(b, span.end)]
        for a, b in parts
        if a < span.end and span.start < b
    ]
    # a piece with a digit is a number or a date ("Befund - 12.03.2024"), no title
    return len(pieces) >= _PARTS and all(
        title_part(p) and not any(c.isdigit() for c in p) for p in pieces
    )
