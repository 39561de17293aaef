"""The tag of a DICOM element in a text dump, no identifier.

A dump of a DICOM header names each element by its tag, group and element number in
hexadecimal within parentheses ("(0010,0020) LO [12345]  PatientID" as dcmdump and
gdcmdump write it, "(0010, 0020) Patient ID  LO: '12345'" as pydicom prints it). A group
or element number ("0010", "0020") reads as a short record number after the line above's
keyword ("PatientID"), and its repeats then mask every tag of that group. The number names
an attribute of the standard (PS3.6), no one: a finding inside the tag's parentheses is
dropped. The tag must stand as dumps write it, followed by a value representation (two
capitals), a keyword or a bracket, so a pair of numbers in parentheses in prose stays
masked. The value in brackets is not the tag and keeps its findings.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span

# "(0010,0020)" then what a dump writes after it: a VR ("LO"), a keyword or an element's
# name ("PatientID", "Patient's Name"), the value's bracket or a pydicom colon.
_TAG = fast_regex.compile(
    r"\([0-9A-Fa-f]{4},[ ]?[0-9A-Fa-f]{4}\)(?=[ \t]*(?:[A-Z]{2}\b|[A-Z][a-z]|[\[:=#]))"
)
_NUMBER = 4  # hexadecimal digits of a group or an element number
_BEFORE = frozenset("(, ")
_REACH = 7  # "(0010, " before an element number: the tag's "(" is at most this far back


def dicom_tag_number(text: str, span: Span) -> bool:
    """`span` lies inside the parentheses of a DICOM element's tag (see above)."""
    if span.end - span.start != _NUMBER or text[span.start - 1 : span.start] not in _BEFORE:
        return False  # cheap: a tag's number is four digits after "(", "," or ", "
    opening = text.rfind("(", max(0, span.start - _REACH), span.start)
    if opening < 0:
        return False
    m = _TAG.match(text, opening)
    return m is not None and span.end < m.end()
