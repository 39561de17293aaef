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


# Where a path or a file name is: a slash or backslash, or an extension after a dot.
_PATH_SIGN = fast_regex.compile(
    r"[/\\]|(?<=\w)\.[A-Za-z][A-Za-z0-9]{1,4}(?=[\s)\]\"',;:]|$)", starts=r"[/\\.]"
)


def _token_around(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the blank-free token that holds position `at` (within its line)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    start = max(text.rfind(" ", line_start, at), text.rfind("\t", line_start, at)) + 1
    ends = [e for e in (text.find(" ", at, line_end), text.find("\t", at, line_end)) if e >= 0]
    return max(start, line_start), min(ends) if ends else line_end


def find_path_identifiers(text: str) -> list[Span]:
    """Identifier-shaped fields of paths and file names (see above)."""
    spans: list[Span] = []
    done = -1
    for sign in _PATH_SIGN.finditer(text):
        if sign.start() < done:
            continue
        start, end = _token_around(text, sign.start())
        done = end
        if end - start < _MIN_DIGITS:
            continue
        for m in FIELD.finditer(text, start, end):
            value = m.group()
            if m.group("groups") is not None:
                groups = value.split("-")
                if sum(len(g) for g in groups) < _MIN_DIGITS or _is_date_or_range(groups):
                    continue
            spans.append(Span(m.start(), m.end(), KIND, RULE, 0.6))
    return spans
