"""Record numbers that name a folder or part of a file name: "/srv/imaging/2016-248007/",
"144-27-79-bloods.xlsx", "IMG_20251007_B909966.HEIC". A system that files records by
the patient's number writes it into paths; no label stands before it there.

A field of a path or a file name is what stands between "/", "\\", "_", "-", ".", or a
blank. Two shapes are identifiers there: digit groups joined by hyphens with seven
digits or more, not a date or a year range ("144-27-79", "2016-248007"); and one to
three capitals with six digits or more ("B909966", "MRN0048213"; a camera's "DSC01234"
has five). The match must lie in a token that is a path (it holds "/" or "\\") or a
file name (it ends in an extension); in prose the same shapes are left to the finders
that read their labels.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"
RULE: Final = "path_field_number"

_EDGE_BEFORE = r"(?<![^\s/\\_.-])"
_EDGE_AFTER = r"(?=[\s/\\_.]|-(?!\d)|$)"
FIELD = fast_regex.compile(
    rf"{_EDGE_BEFORE}(?:(?P<groups>\d{{2,7}}(?:-\d{{2,7}}){{1,3}})|[A-Z]{{1,3}}\d{{6,12}})"
    rf"{_EDGE_AFTER}",
    starts=r"[\dA-Z]",
)
# A file name's extension at the token's end ("report.pdf", "scan.HEIC", "a.tar.gz").
_EXTENSION = fast_regex.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}[)\]\"',;:]*$")
_MIN_DIGITS: Final = 7
_YEAR = ("19", "20")


def _is_date_or_range(groups: list[str]) -> bool:
    """ "2024-01-08", "08-01-2024", "2019-2021": a day or a span of years, no number."""
    lengths = [len(g) for g in groups]
    if len(groups) == 2 and lengths == [4, 4]:
        return all(g[:2] in _YEAR for g in groups)
    if len(groups) == 3 and lengths[1] <= 2:
        return (lengths[0] == 4 and lengths[2] <= 2) or (lengths[0] <= 2 and lengths[2] == 4)
    return len(groups) == 2 and 4 in lengths and min(lengths) <= 2


def _token_is_path(text: str, start: int, end: int) -> bool:
    """Whether the blank-free token around [start, end) is a path or a file name."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start))
    right = len(text)
    for blank in (" ", "\n", "\t"):
        at = text.find(blank, end)
        if at >= 0:
            right = min(right, at)
    token = text[left + 1 : right]
    return "/" in token or "\\" in token or _EXTENSION.search(token) is not None


def find_path_identifiers(text: str) -> list[Span]:
    """Identifier-shaped fields of paths and file names (see above)."""
    if "/" not in text and "\\" not in text and "." not in text:
        return []
    spans: list[Span] = []
    for m in FIELD.finditer(text):
        value = m.group()
        if m.group("groups") is not None:
            groups = value.split("-")
            if sum(len(g) for g in groups) < _MIN_DIGITS or _is_date_or_range(groups):
                continue
        if _token_is_path(text, m.start(), m.end()):
            spans.append(Span(m.start(), m.end(), KIND, RULE, 0.6))
    return spans
