"""The keyword that names a DICOM element in a text dump, no person.

A dump of a DICOM header writes one element a line: its tag, its value representation,
the value in brackets, then the element's keyword from PS3.6's data dictionary
("(0010,0010) PN [Doe^Jane]  PatientName", dcmdump's "... #  8, 1 PatientName").
The keywords are words run together in capitals ("StudyDate", "ReferringPhysicianName"),
which the unknown-word rule and spaCy read as a person's name. After the value's closing
bracket on a tag's line, a single word is that keyword; the person, if any, is the
value in brackets (read by `name_records`' DICOM PN rule).
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span

# A tag opens the line: "(0010,0010)", group and element in hexadecimal.
_TAG_LINE = fast_regex.compile(r"[ \t]*\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)")
_KEYWORD = fast_regex.compile(r"[A-Z][A-Za-z0-9]+")


def dicom_keyword(text: str, span: Span) -> bool:
    """`span` is one word after the value's closing bracket on a DICOM tag's line."""
    line = text.rfind("\n", 0, span.start) + 1
    if text[line : line + 1] not in ("(", " ", "\t") or _TAG_LINE.match(text, line) is None:
        return False  # cheap: no tag's line, no keyword
    if _KEYWORD.fullmatch(text, span.start, span.end) is None:
        return False
    bracket = text.rfind("]", line, span.start)
    return bracket >= 0 and "[" not in text[bracket : span.start]
